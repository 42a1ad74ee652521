import json

import pulumi
import pulumi_aws as aws

queue = aws.sqs.Queue("q")
table = aws.dynamodb.Table("t", hash_key="id", attributes=[{"name": "id", "type": "S"}])

# --- bad
aws.iam.Policy(
    "p",
    policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": queue.arn}]}),  # error: [pulumi/output-in-json]
)
policy_document = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "dynamodb:GetItem", "Resource": [table.arn]}]}
aws.iam.Policy("p1", policy=json.dumps(policy_document))  # error: [pulumi/output-in-json]
# An Output captured from outside the callback is still an Output inside it.
aws.iam.Policy(
    "p7",
    policy=queue.arn.apply(
        lambda q: json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": [q, table.arn]}]})  # error: [pulumi/output-in-json]
    ),
)

# --- clean
aws.iam.Policy("p2", policy=queue.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": arn}]})))
aws.iam.Policy("p3", policy=pulumi.Output.json_dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": queue.arn}]}))
# Output.all unwraps Outputs nested in list and dict arguments: the callback gets plain values.
aws.iam.Policy(
    "p6",
    policy=pulumi.Output.all([queue.arn, table.arn], {"t": table.arn}).apply(
        lambda a: json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": a[0] + [a[1]["t"]]}]})
    ),
)


# Inside the callback every argument is resolved, and so is a value built from one, even when the
# argument was a string built from Outputs.
class LogAccess:
    def __init__(self, group):
        self.group_arn = f"{group.arn}:*"
        aws.iam.Policy(
            "p8",
            policy=pulumi.Output.all(queue.arn, table.arn, self.group_arn).apply(
                lambda args: json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": [f"{args[0]}/*", args[1], args[2]]}]})
            ),
        )


LogAccess(aws.cloudwatch.LogGroup("lg"))
aws.iam.Policy("p4", policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"}]}))

# --- unknown
cfg = pulumi.Config()
aws.iam.Policy("p5", policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": cfg.require("queue_arn")}]}))
