#!/bin/sh
# A user's shell script: start an export of a transform's labels with the AWS CLI, poll its status until it ends,
# print each status seen, then the error string of a run that did not succeed. Exit status: 0 SUCCEEDED, 1 FAILED,
# TIMEOUT or STOPPED, 3 still running after 20 reads. The endpoint comes from AWS_ENDPOINT_URL, as the standalone
# fake's startup text suggests.
set -eu
transform_id=$1
output_path=$2
run_id=$(aws glue start-export-labels-task-run --transform-id "$transform_id" --output-s3-path "$output_path" \
  --query TaskRunId --output text)
reads=0
while [ "$reads" -lt 20 ]; do
  reads=$((reads + 1))
  status=$(aws glue get-ml-task-run --transform-id "$transform_id" --task-run-id "$run_id" --query Status --output text)
  echo "$status"
  case "$status" in
    SUCCEEDED) exit 0 ;;
    FAILED | TIMEOUT | STOPPED)
      echo "error: $(aws glue get-ml-task-run --transform-id "$transform_id" --task-run-id "$run_id" \
        --query ErrorString --output text)"
      exit 1 ;;
  esac
  sleep "${POLL_SECONDS:-0}"
done
exit 3
