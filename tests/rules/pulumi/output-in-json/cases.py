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
aws.iam.Policy("p4", policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"}]}))

# --- unknown
cfg = pulumi.Config()
aws.iam.Policy("p5", policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": cfg.require("queue_arn")}]}))
