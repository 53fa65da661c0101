"""A user's boto3 polling loop against the standalone fake, in the scenarios a pipeline must handle.

usage: poll_task_runs.py ENDPOINT BUCKET [--control]

With --control the script first sets, through the fake's control API, what the other run of the test gives as
options: runs that take 3 status reads, FAILED runs for tfm-fail, TIMEOUT runs for tfm-timeout, one throttled
GetMLTaskRun. Then it starts an export of each transform and polls it until it ends, retrying a throttled read as a
user's loop would (boto3 with retries off, so that the throttling shows). Prints what it saw as JSON.
"""
import json
import sys
import time
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint, bucket = sys.argv[1], sys.argv[2]
control = "--control" in sys.argv[3:]


def control_call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(endpoint + "/__glue-labels/" + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read().decode("utf-8"))


if control:
    control_call("PUT", "pacing", {"pacing": "reads:3"})
    control_call("PUT", "outcome", {"transformId": "tfm-fail", "outcome": "fail:disk full"})
    control_call("PUT", "outcome", {"transformId": "tfm-timeout", "outcome": "TIMEOUT"})
    control_call("POST", "faults", {"fault": "GetMLTaskRun=throttling:1"})

glue = boto3.client("glue", endpoint_url=endpoint,
                    config=Config(retries={"total_max_attempts": 1, "mode": "standard"}))


def export_and_poll(transform_id):
    run_id = glue.start_export_labels_task_run(
        TransformId=transform_id, OutputS3Path="s3://%s/%s" % (bucket, transform_id))["TaskRunId"]
    seen = []
    for _ in range(20):
        try:
            run = glue.get_ml_task_run(TransformId=transform_id, TaskRunId=run_id)
        except ClientError as e:
            if e.response["Error"]["Code"] != "ThrottlingException":
                raise
            seen.append("throttled")
            time.sleep(0.1)
            continue
        seen.append(run["Status"])
        if run["Status"] in ("SUCCEEDED", "FAILED", "TIMEOUT", "STOPPED"):
            return {"statuses": seen, "error": run.get("ErrorString")}
    return {"statuses": seen, "error": "still running after 20 reads"}


seen = {name: export_and_poll(name) for name in ("tfm-ok", "tfm-fail", "tfm-timeout")}
if control:
    seen["journal"] = [[e["operation"], e["errorCode"]] for e in control_call("GET", "journal")["entries"]]
print(json.dumps(seen))
