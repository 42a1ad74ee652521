import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
account = aws.get_caller_identity().account_id

# --- bad
for name in ["trail-a", "trail-b"]:
    logs = aws.s3.BucketV2(name)
    aws.s3.BucketPolicy(name, bucket=logs.id, policy=logs.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"},  # error: [security/s3-service-principal-without-source]
                       "Action": "s3:PutObject", "Resource": f"{arn}/AWSLogs/*"}],
    })))

# --- clean
scoped = aws.s3.BucketV2("scoped")
aws.s3.BucketPolicy("scoped", bucket=scoped.id, policy=scoped.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "s3:PutObject",
                   "Resource": f"{arn}/AWSLogs/*", "Condition": {"StringEquals": {"aws:SourceAccount": account}}}],
})))

# --- unknown
aws.s3.BucketPolicy("configured", bucket=scoped.id, policy=config.require("policy"))
