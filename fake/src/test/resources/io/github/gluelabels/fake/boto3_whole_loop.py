"""Drives a whole FindMatches loop on the standalone glue-labels fake with boto3, and the control API with urllib, and
prints what it saw as JSON: create a transform, give it records (control API), generate a labeling set, fill its labels
(each record's name, lower case), import them, choose the evaluation's metrics (control API), evaluate, export, and
compare the export with what was imported.

Usage: python3 boto3_whole_loop.py ENDPOINT BUCKET RECORDS_CSV
Credentials and region come from the environment. Run by StandaloneWholeLoopIT.
"""
import csv
import io
import json
import sys
import urllib.request

import boto3

endpoint, bucket, records_file = sys.argv[1:4]
glue = boto3.client("glue", endpoint_url=endpoint)
s3 = boto3.client("s3", endpoint_url=endpoint)
seen = {}


def control(method, path, body, content_type="application/json"):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    req = urllib.request.Request(endpoint + "/__glue-labels/" + path, data=data, method=method,
                                 headers={"Content-Type": content_type})
    with urllib.request.urlopen(req) as response:
        return json.loads(response.read())


def wait(transform_id, run_id):
    return glue.get_ml_task_run(TransformId=transform_id, TaskRunId=run_id)["Status"]


transform_id = glue.create_ml_transform(
    Name="boto3-loop", Role="GlueServiceRole",
    InputRecordTables=[{"DatabaseName": "crm", "TableName": "people"}],
    Parameters={"TransformType": "FIND_MATCHES", "FindMatchesParameters": {"PrimaryKeyColumnName": "name"}})["TransformId"]
seen["created"] = glue.get_ml_transform(TransformId=transform_id)["Status"]
with open(records_file, "rb") as f:
    seen["records"] = control("PUT", f"transforms/{transform_id}/records", f.read(), "text/csv")["records"]

generation_id = glue.start_ml_labeling_set_generation_task_run(
    TransformId=transform_id, OutputS3Path=f"s3://{bucket}/boto3/sets/")["TaskRunId"]
seen["generation"] = wait(transform_id, generation_id)
key = s3.list_objects_v2(Bucket=bucket, Prefix="boto3/sets/")["Contents"][0]["Key"]
rows = list(csv.reader(io.StringIO(s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode("utf-8"))))
header, records = rows[0], rows[1:]
seen["emptyLabels"] = all(r[1] == "" for r in records)

labeled = io.StringIO()
writer = csv.writer(labeled, lineterminator="\n")
writer.writerow(header)
filled = [[r[0], r[2].lower()] + r[2:] for r in records]
writer.writerows(filled)
s3.put_object(Bucket=bucket, Key="boto3/labeled/labels.csv", Body=labeled.getvalue().encode("utf-8"))
import_id = glue.start_import_labels_task_run(
    TransformId=transform_id, InputS3Path=f"s3://{bucket}/boto3/labeled/labels.csv", ReplaceAllLabels=True)["TaskRunId"]
seen["import"] = wait(transform_id, import_id)
seen["ready"] = glue.get_ml_transform(TransformId=transform_id)["Status"]

control("PUT", f"transforms/{transform_id}/evaluation-metrics",
        {"truePositives": 9, "falsePositives": 1, "trueNegatives": 40, "falseNegatives": 3,
         "columnImportances": {"name": 0.8}})
evaluation_id = glue.start_ml_evaluation_task_run(TransformId=transform_id)["TaskRunId"]
seen["evaluation"] = wait(transform_id, evaluation_id)
metrics = glue.get_ml_transform(TransformId=transform_id)["EvaluationMetrics"]["FindMatchesMetrics"]
seen["precision"] = metrics["Precision"]
seen["recall"] = metrics["Recall"]

export_id = glue.start_export_labels_task_run(TransformId=transform_id, OutputS3Path=f"s3://{bucket}/boto3/export/")[
    "TaskRunId"]
seen["export"] = wait(transform_id, export_id)
exported = []
for o in s3.list_objects_v2(Bucket=bucket, Prefix="boto3/export/")["Contents"]:
    exported += list(csv.reader(io.StringIO(s3.get_object(Bucket=bucket, Key=o["Key"])["Body"].read().decode("utf-8"))))[1:]
seen["labeled"] = len(filled)
seen["exportMatchesImport"] = sorted(exported) == sorted(filled)

print(json.dumps(seen))
