import os
import time

import boto3

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])


def handler(event, context):
    conn_id = event["requestContext"]["connectionId"]
    room = (event.get("queryStringParameters") or {}).get("room", "lobby")
    table.put_item(Item={"connectionId": conn_id, "room": room, "ttl": int(time.time()) + 7200})
    return {"statusCode": 200}
