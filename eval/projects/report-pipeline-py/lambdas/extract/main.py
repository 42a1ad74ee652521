"""Extract: pull yesterday's sales from the orders API and stage them as JSON lines."""

import datetime
import json
import os
import urllib.request

import boto3

s3 = boto3.client("s3")
BUCKET = os.environ["REPORTS_BUCKET"]
ORDERS_API = os.environ.get("ORDERS_API", "https://orders.internal.example.com")


def handler(event, context):
    day = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    with urllib.request.urlopen(f"{ORDERS_API}/orders?date={day}", timeout=60) as res:
        orders = json.load(res)
    key = f"staging/{event['report']}/{day}/orders.jsonl"
    body = "\n".join(json.dumps(o) for o in orders)
    s3.put_object(Bucket=BUCKET, Key=key, Body=body.encode(), ContentType="application/x-ndjson")
    return {"report": event["report"], "day": day, "ordersKey": key, "count": len(orders)}
