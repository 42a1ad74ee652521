"""Billing consumer: opens an invoice when an order is placed, voids it when the order is cancelled."""

import json
import logging
import os

logger = logging.getLogger()
logger.setLevel(os.environ.get("LOG_LEVEL", "INFO"))


def process(event_type: str, order: dict) -> None:
    if event_type == "order.placed":
        logger.info("invoice opened", extra={"order_id": order["id"], "total_cents": order["totalCents"]})
    elif event_type == "order.cancelled":
        logger.info("invoice voided", extra={"order_id": order["id"]})
    else:
        raise ValueError(f"unexpected event type {event_type}")


def handler(event, context):
    failures = []
    for record in event["Records"]:
        try:
            attributes = record.get("messageAttributes", {})
            event_type = attributes.get("type", {}).get("stringValue", "")
            process(event_type, json.loads(record["body"]))
        except Exception:
            logger.exception("message failed", extra={"message_id": record["messageId"]})
            failures.append({"itemIdentifier": record["messageId"]})
    return {"batchItemFailures": failures}
