"""Drives the standalone glue-labels fake with boto3, as a Python user would, and prints what it saw as JSON.

Usage: python3 boto3_client.py ENDPOINT TRANSFORM_ID BUCKET DOWNLOAD_FOLDER
Credentials and region come from the environment. Run by StandaloneBoto3IT.
"""
import json
import os
import sys

import boto3
from botocore.exceptions import ClientError

endpoint, transform_id, bucket, folder = sys.argv[1:5]
glue = boto3.client("glue", endpoint_url=endpoint)
s3 = boto3.client("s3", endpoint_url=endpoint)
seen = {}

run_id = glue.start_export_labels_task_run(
    TransformId=transform_id, OutputS3Path=f"s3://{bucket}/boto3-export")["TaskRunId"]
run = glue.get_ml_task_run(TransformId=transform_id, TaskRunId=run_id)
seen["run"] = {"id": run_id, "status": run["Status"], "type": run["Properties"]["TaskType"],
               "outputS3Path": run["Properties"]["ExportLabelsTaskRunProperties"]["OutputS3Path"],
               "startedOnIsDate": hasattr(run["StartedOn"], "year")}

more = [glue.start_export_labels_task_run(
    TransformId=transform_id, OutputS3Path=f"s3://{bucket}/boto3-more-{i}")["TaskRunId"] for i in range(2)]
paged, pages, token = [], 0, None
while True:
    kwargs = {"TransformId": transform_id, "MaxResults": 1}
    if token:
        kwargs["NextToken"] = token
    page = glue.get_ml_task_runs(**kwargs)
    pages += 1
    paged += [r["TaskRunId"] for r in page["TaskRuns"]]
    token = page.get("NextToken")
    if not token:
        break
seen["taskRuns"] = {"started": [run_id] + more, "paged": paged, "pages": pages}

keys, key_pages = [], 0
for page in s3.get_paginator("list_objects_v2").paginate(
        Bucket=bucket, Prefix="boto3-export/", PaginationConfig={"PageSize": 2}):
    key_pages += 1
    keys += [o["Key"] for o in page.get("Contents", [])]
seen["listing"] = {"keys": keys, "pages": key_pages}

downloaded = []
for i, key in enumerate(keys):
    target = os.path.join(folder, f"part-{i}.csv")
    s3.download_file(bucket, key, target)
    with open(target, encoding="utf-8", newline="") as f:
        downloaded.append(f.read())
seen["downloaded"] = downloaded

traps = ["traps/dots/../up.csv", "traps/./here.csv", "traps/double//slash.csv", "traps/percent%2Fslash.csv",
         "traps/semi;colon=1.csv", "traps/trailing/", "traps/with space ü 東京 + & %.csv", "traps/" + "é" * 509]
for key in traps:
    s3.put_object(Bucket=bucket, Key=key, Body=("content of " + key).encode("utf-8"))
listed = [o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix="traps/")["Contents"]]
bodies = {key: s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode("utf-8") for key in traps}
seen["traps"] = {"keys": traps, "listed": listed, "bodies": bodies}

s3.put_object(Bucket=bucket, Key="imports/more.csv",
              Body="labeling_set_id,label,name,city\nset-new,A,imported,Oslo\nset-new,B,also imported,Oslo\n".encode())
import_id = glue.start_import_labels_task_run(
    TransformId=transform_id, InputS3Path=f"s3://{bucket}/imports/more.csv", ReplaceAllLabels=False)["TaskRunId"]
imported = glue.get_ml_task_run(TransformId=transform_id, TaskRunId=import_id)
seen["import"] = {"status": imported["Status"], "type": imported["Properties"]["TaskType"],
                  "labelCount": glue.get_ml_transform(TransformId=transform_id)["LabelCount"]}

try:
    glue.get_ml_transform(TransformId="tfm-missing")
    seen["unknownTransform"] = None
except ClientError as e:
    seen["unknownTransform"] = {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"],
                                "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}

print(json.dumps(seen, ensure_ascii=False))
