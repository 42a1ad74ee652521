import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
ROLE = "arn:aws:iam::123456789012:role/lambda"


def queue_with_dlq(name: str, count):
    dlq = aws.sqs.Queue(f"{name}-dlq")
    return aws.sqs.Queue(
        name,
        redrive_policy=dlq.arn.apply(lambda arn: json.dumps({"deadLetterTargetArn": arn, "maxReceiveCount": count})),
    )


# --- bad
queue_with_dlq("zero", 0)  # error: [aws/dead-letter-target-invalid]
dlq = aws.sqs.Queue("dlq")
aws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role=ROLE,
    code=pulumi.FileArchive("./app"), dead_letter_config={"target_arn": dlq.id})  # error: [aws/dead-letter-target-invalid]
source = aws.sqs.Queue("source")
aws.sqs.RedrivePolicy("source", queue_url=source.id,
    redrive_policy=dlq.url.apply(lambda url: json.dumps({"deadLetterTargetArn": url, "maxReceiveCount": 4})))  # error: [aws/dead-letter-target-invalid]
aws.sqs.Queue("text", redrive_policy=dlq.arn.apply(lambda arn: f'{{"deadLetterTargetArn": "{arn}"}}'))  # error: [aws/dead-letter-target-invalid]

# --- clean
queue_with_dlq("ok", 5)
aws.sqs.Queue("ok-text", redrive_policy=dlq.arn.apply(lambda arn: f'{{"deadLetterTargetArn": "{arn}", "maxReceiveCount": 3}}'))

# --- unknown
queue_with_dlq("configured", config.require_int("max_receive"))
# A hole outside the JSON strings: the structure is not known.
aws.sqs.Queue("configured-text", redrive_policy=dlq.arn.apply(lambda arn: f'{{"deadLetterTargetArn": "{arn}", "maxReceiveCount": {config.require("n")}}}'))
