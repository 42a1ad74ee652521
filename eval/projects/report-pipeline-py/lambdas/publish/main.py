"""Publish: copy the totals to published/ and tell the data team."""

import os

import boto3

s3 = boto3.client("s3")
sns = boto3.client("sns")
BUCKET = os.environ["REPORTS_BUCKET"]
TOPIC = os.environ["DONE_TOPIC_ARN"]


def handler(event, context):
    body = s3.get_object(Bucket=BUCKET, Key=event["totalsKey"])["Body"].read()
    key = f"published/{event['report']}/{event['day']}.json"
    s3.put_object(Bucket=BUCKET, Key=key, Body=body, ContentType="application/json")
    sns.publish(
        TopicArn=TOPIC,
        Subject=f"Report {event['report']} for {event['day']} is ready",
        Message=f"s3://{BUCKET}/{key} ({event['customers']} customers)",
    )
    return {**event, "publishedKey": key}
