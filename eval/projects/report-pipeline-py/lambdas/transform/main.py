"""Transform: aggregate staged orders into totals per customer."""

import collections
import json
import os

import boto3

s3 = boto3.client("s3")
BUCKET = os.environ["REPORTS_BUCKET"]


def handler(event, context):
    raw = s3.get_object(Bucket=BUCKET, Key=event["ordersKey"])["Body"].read().decode()
    totals = collections.Counter()
    for line in raw.splitlines():
        if line:
            order = json.loads(line)
            totals[order["customerId"]] += order["totalCents"]
    key = f"staging/{event['report']}/{event['day']}/totals.json"
    s3.put_object(Bucket=BUCKET, Key=key, Body=json.dumps(totals).encode(), ContentType="application/json")
    return {**event, "totalsKey": key, "customers": len(totals)}
