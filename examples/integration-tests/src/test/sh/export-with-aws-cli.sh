#!/usr/bin/env bash
# Exports a transform's labels with the AWS CLI alone: start the export task run, wait for it, download the labels.
#
#   usage: export-with-aws-cli.sh <transformId> <outputS3Path> <folder>
#
# ENDPOINT_URL, when set, is passed to every command as --endpoint-url: the fake Glue + S3 of glue-labels:fake-start
# (the build sets it to ${glue-labels.fake.endpoint}) or of the standalone fake jar. Unset, the commands go to AWS.
# The region and the credentials come from the environment, as for any AWS CLI command.
set -euo pipefail

if ! command -v aws >/dev/null 2>&1; then
  echo "SKIPPED: the AWS CLI (aws) is not installed, so the AWS CLI walk-through did not run." \
       "Install the AWS CLI and run the build again to see it."
  exit 0
fi
if [ $# -ne 3 ]; then
  echo "usage: $0 <transformId> <outputS3Path> <folder>" >&2
  exit 2
fi
transform_id=$1 output_s3_path=$2 folder=$3

endpoint=()
if [ -n "${ENDPOINT_URL:-}" ]; then
  endpoint=(--endpoint-url "$ENDPOINT_URL")
  # a fake takes the credentials of the environment: a profile of this machine must not get in the way
  unset AWS_PROFILE AWS_DEFAULT_PROFILE
fi
export AWS_PAGER=""

echo "AWS CLI: $(aws --version 2>&1)"
task_run_id=$(aws glue start-export-labels-task-run "${endpoint[@]}" \
  --transform-id "$transform_id" --output-s3-path "$output_s3_path" --query TaskRunId --output text)
echo "TaskRunId $task_run_id"

status=""
for attempt in $(seq 1 120); do
  new_status=$(aws glue get-ml-task-run "${endpoint[@]}" \
    --transform-id "$transform_id" --task-run-id "$task_run_id" --query Status --output text)
  if [ "$new_status" != "$status" ]; then
    status=$new_status
    echo "Status $status"
  fi
  case "$status" in
    SUCCEEDED) break ;;
    FAILED | TIMEOUT | STOPPED)
      error=$(aws glue get-ml-task-run "${endpoint[@]}" \
        --transform-id "$transform_id" --task-run-id "$task_run_id" --query ErrorString --output text)
      echo "Task run $task_run_id ended $status: $error" >&2
      exit 1 ;;
  esac
  sleep $((attempt < 5 ? 1 : 5))
done
if [ "$status" != SUCCEEDED ]; then
  echo "Task run $task_run_id is still $status; gave up waiting" >&2
  exit 1
fi

aws s3 cp "${endpoint[@]}" "$output_s3_path" "$folder" --recursive --only-show-errors
echo "Labels downloaded to $folder:"
find "$folder" -type f -printf '  %P (%s bytes)\n' | sort
