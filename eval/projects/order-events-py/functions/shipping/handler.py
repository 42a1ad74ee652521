"""Shipping consumer: books a shipment once an order is paid."""

import json
import logging
import os
import urllib.request

logger = logging.getLogger()
logger.setLevel(os.environ.get("LOG_LEVEL", "INFO"))

CARRIER_URL = os.environ.get("CARRIER_URL", "https://carrier.example.com/v1/shipments")


def book_shipment(order: dict) -> None:
    body = json.dumps({"reference": order["id"], "address": order["shippingAddress"]}).encode()
    req = urllib.request.Request(CARRIER_URL, data=body, headers={"content-type": "application/json"}, method="POST")
    with urllib.request.urlopen(req, timeout=10) as res:
        logger.info("shipment booked", extra={"order_id": order["id"], "status": res.status})


def handler(event, context):
    failures = []
    for record in event["Records"]:
        try:
            book_shipment(json.loads(record["body"]))
        except Exception:
            logger.exception("message failed", extra={"message_id": record["messageId"]})
            failures.append({"itemIdentifier": record["messageId"]})
    return {"batchItemFailures": failures}
