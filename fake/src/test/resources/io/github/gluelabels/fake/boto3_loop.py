"""Drives the FindMatches loop on the standalone glue-labels fake with boto3 and prints what it saw as JSON:
generate a labeling set, label it (the first five records match, the rest match each other), import it, evaluate;
then the protocol edges (an empty NextToken, a continuation token S3 did not give, a range S3 cannot parse).

Usage: python3 boto3_loop.py ENDPOINT TRANSFORM_ID BUCKET
Credentials and region come from the environment. Run by StandaloneLoopIT.
"""
import csv
import io
import json
import sys

import boto3
from botocore.exceptions import ClientError

endpoint, transform_id, bucket = sys.argv[1:4]
glue = boto3.client("glue", endpoint_url=endpoint)
s3 = boto3.client("s3", endpoint_url=endpoint)
seen = {}

generation_id = glue.start_ml_labeling_set_generation_task_run(
    TransformId=transform_id, OutputS3Path=f"s3://{bucket}/boto3-sets/")["TaskRunId"]
generation = glue.get_ml_task_run(TransformId=transform_id, TaskRunId=generation_id)
keys = [o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix="boto3-sets/")["Contents"]]
rows = list(csv.reader(io.StringIO(s3.get_object(Bucket=bucket, Key=keys[0])["Body"].read().decode("utf-8"))))
seen["generation"] = {"id": generation_id, "status": generation["Status"],
                      "type": generation["Properties"]["TaskType"],
                      "outputS3Path": generation["Properties"]["LabelingSetGenerationTaskRunProperties"]["OutputS3Path"],
                      "keys": keys, "header": rows[0], "labels": [r[1] for r in rows[1:]]}

labeled = io.StringIO()
writer = csv.writer(labeled, lineterminator="\n")
writer.writerow(rows[0])
for i, row in enumerate(rows[1:]):
    writer.writerow([row[0], "A" if i < 5 else "B"] + row[2:])
s3.put_object(Bucket=bucket, Key="boto3-labeled/set.csv", Body=labeled.getvalue().encode("utf-8"))
import_id = glue.start_import_labels_task_run(
    TransformId=transform_id, InputS3Path=f"s3://{bucket}/boto3-labeled/set.csv", ReplaceAllLabels=True)["TaskRunId"]
seen["import"] = glue.get_ml_task_run(TransformId=transform_id, TaskRunId=import_id)["Status"]

evaluation_id = glue.start_ml_evaluation_task_run(TransformId=transform_id)["TaskRunId"]
evaluation = glue.get_ml_task_run(TransformId=transform_id, TaskRunId=evaluation_id)
metrics = glue.get_ml_transform(TransformId=transform_id)["EvaluationMetrics"]["FindMatchesMetrics"]
seen["evaluation"] = {"status": evaluation["Status"], "type": evaluation["Properties"]["TaskType"],
                      "propertyNames": sorted(evaluation["Properties"].keys()),
                      "confusion": metrics["ConfusionMatrix"], "recall": metrics["Recall"],
                      "importances": [[c["ColumnName"], c["Importance"]] for c in metrics["ColumnImportances"]]}

seen["evaluationsListed"] = [r["TaskRunId"] for r in glue.get_ml_task_runs(
    TransformId=transform_id, NextToken="", Filter={"TaskRunType": "EVALUATION"})["TaskRuns"]]
seen["evaluationId"] = evaluation_id

try:
    s3.list_objects_v2(Bucket=bucket, ContinuationToken="garbage")
    seen["garbageToken"] = None
except ClientError as e:
    seen["garbageToken"] = {"code": e.response["Error"]["Code"],
                            "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}

whole = s3.get_object(Bucket=bucket, Key=keys[0])
ranged = s3.get_object(Bucket=bucket, Key=keys[0], Range="bytes=abc")
seen["badRange"] = {"status": ranged["ResponseMetadata"]["HTTPStatusCode"], "length": ranged["ContentLength"],
                    "wholeLength": whole["ContentLength"], "contentRange": ranged.get("ContentRange")}

print(json.dumps(seen, ensure_ascii=False))
