"""Drives a transform's lifecycle on the standalone glue-labels fake with boto3, as a Python user would: create, get
(NOT_READY), import labels from S3, get (READY), list, update, delete; prints what it saw as JSON.

Usage: python3 boto3_transforms.py ENDPOINT BUCKET LABELS_FILE
Credentials and region come from the environment. Run by StandaloneTransformLifecycleIT.
"""
import json
import sys

import boto3
from botocore.exceptions import ClientError

endpoint, bucket, labels_file = sys.argv[1:4]
glue = boto3.client("glue", endpoint_url=endpoint)
s3 = boto3.client("s3", endpoint_url=endpoint)
seen = {}

transform_id = glue.create_ml_transform(
    Name="boto3-people",
    InputRecordTables=[{"DatabaseName": "crm", "TableName": "people"}],
    Parameters={"TransformType": "FIND_MATCHES", "FindMatchesParameters": {"PrimaryKeyColumnName": "name"}},
    Role="GlueServiceRole",
    Tags={"team": "crm"})["TransformId"]
created = glue.get_ml_transform(TransformId=transform_id)
seen["created"] = {"id": transform_id, "status": created["Status"], "labelCount": created["LabelCount"],
                   "createdOnIsDate": hasattr(created["CreatedOn"], "year")}

s3.upload_file(labels_file, bucket, "boto3-lifecycle/labels.csv")
run_id = glue.start_import_labels_task_run(
    TransformId=transform_id, InputS3Path=f"s3://{bucket}/boto3-lifecycle/labels.csv")["TaskRunId"]
labelled = glue.get_ml_transform(TransformId=transform_id)
seen["labelled"] = {"importStatus": glue.get_ml_task_run(TransformId=transform_id, TaskRunId=run_id)["Status"],
                    "status": labelled["Status"], "labelCount": labelled["LabelCount"],
                    "schema": [c["Name"] for c in labelled["Schema"]]}

seen["listed"] = {
    "all": glue.list_ml_transforms()["TransformIds"],
    "tagged": glue.list_ml_transforms(Tags={"team": "crm"})["TransformIds"],
    "ready": [t["TransformId"] for t in glue.get_ml_transforms(Filter={"Status": "READY"})["Transforms"]],
}

glue.update_ml_transform(TransformId=transform_id, Name="boto3-people-v2",
                         Parameters={"TransformType": "FIND_MATCHES",
                                     "FindMatchesParameters": {"PrecisionRecallTradeoff": 0.8}})
updated = glue.get_ml_transform(TransformId=transform_id)
seen["updated"] = {"name": updated["Name"],
                   "precisionRecall": updated["Parameters"]["FindMatchesParameters"]["PrecisionRecallTradeoff"],
                   "labelCount": updated["LabelCount"]}

seen["deleted"] = glue.delete_ml_transform(TransformId=transform_id)["TransformId"]
try:
    glue.get_ml_transform(TransformId=transform_id)
    seen["afterDelete"] = None
except ClientError as e:
    seen["afterDelete"] = e.response["Error"]["Code"]

print(json.dumps(seen))
