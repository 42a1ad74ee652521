import json
import os

import boto3

s3 = boto3.client("s3")
ddb = boto3.resource("dynamodb").Table(os.environ["TABLE"])


def _resp(code, body):
    return {
        "statusCode": code,
        "headers": {"Access-Control-Allow-Origin": os.environ["ORIGIN"], "Content-Type": "application/json"},
        "body": json.dumps(body),
    }


def handler(event, context):
    claims = event["requestContext"]["authorizer"]["claims"]
    partner = claims.get("custom:partner_id")
    path = event["path"]
    if path == "/documents" and event["httpMethod"] == "GET":
        items = ddb.query(KeyConditionExpression="partnerId = :p", ExpressionAttributeValues={":p": partner})["Items"]
        return _resp(200, items)
    if path.startswith("/documents/") and event["httpMethod"] == "GET":
        doc_id = path.rsplit("/", 1)[-1]
        url = s3.generate_presigned_url(
            "get_object", Params={"Bucket": os.environ["BUCKET"], "Key": f"{partner}/{doc_id}"}, ExpiresIn=300
        )
        return _resp(200, {"url": url})
    return _resp(404, {"message": "not found"})
