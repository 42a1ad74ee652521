import json
import os

import boto3
from boto3.dynamodb.conditions import Key

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])


def handler(event, context):
    ctx = event["requestContext"]
    body = json.loads(event.get("body") or "{}")
    api = boto3.client(
        "apigatewaymanagementapi",
        endpoint_url=f"https://{ctx['domainName']}/{ctx['stage']}",
    )
    me = table.get_item(Key={"connectionId": ctx["connectionId"]}).get("Item", {})
    room = me.get("room", "lobby")
    peers = table.query(IndexName="by-room", KeyConditionExpression=Key("room").eq(room))["Items"]
    for peer in peers:
        try:
            api.post_to_connection(ConnectionId=peer["connectionId"], Data=json.dumps(body).encode())
        except api.exceptions.GoneException:
            table.delete_item(Key={"connectionId": peer["connectionId"]})
    return {"statusCode": 200}
