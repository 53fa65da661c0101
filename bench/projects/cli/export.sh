#!/usr/bin/env bash
# Exports tfm-bench's labels with the AWS CLI, as a build script would: start, poll until the run ends, download.
# Reads AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_DEFAULT_REGION from the environment.
set -euo pipefail
cd "$(dirname "$0")"
out="s3://bench/labels-$(date +%s%N)/"   # a fresh prefix per run, so that runs do not add up
run=$(aws glue start-export-labels-task-run --transform-id tfm-bench --output-s3-path "$out" \
  --query TaskRunId --output text)
echo "TaskRunId $run"
while true; do
  status=$(aws glue get-ml-task-run --transform-id tfm-bench --task-run-id "$run" --query Status --output text)
  case "$status" in
    SUCCEEDED) break ;;
    FAILED|TIMEOUT|STOPPED) echo "export ended $status" >&2; exit 1 ;;
    *) sleep 1 ;;
  esac
done
echo "Status $status"
rm -rf target/labels
aws s3 cp --recursive --only-show-errors "$out" target/labels/
echo "Downloaded $(ls target/labels | wc -l) files"
