import random
import time
import uuid
from datetime import datetime

import pulumi
import pulumi_aws as aws
import pulumi_random

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"

# --- bad
aws.s3.BucketV2("data", bucket=f"data-{environment_suffix}-{int(time.time())}")  # error: [naming/non-deterministic-name]
aws.sqs.Queue(f"jobs-{uuid.uuid4()}")  # error: [naming/non-deterministic-name]
aws.dynamodb.Table(
    "sessions",
    name=f"sessions-{datetime.now().strftime('%Y%m%d%H%M%S')}",  # error: [naming/non-deterministic-name]
    hash_key="id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
)
aws.sns.Topic("alerts", name=f"alerts-{random.randint(1000, 9999)}")  # error: [naming/non-deterministic-name]

# --- clean
suffix = pulumi_random.RandomString("suffix", length=6, special=False, upper=False)
aws.s3.BucketV2("stable", bucket=suffix.result.apply(lambda s: f"stable-{environment_suffix}-{s}"))
aws.sqs.Queue(f"work-{environment_suffix}", tags={"CreatedAt": datetime.now().isoformat()})


# --- unknown
def make_queue(name):
    return aws.sqs.Queue(name, name=name)


make_queue(config.require("queueName"))
