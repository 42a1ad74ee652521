import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
provider = aws.Provider("regulated", region="us-east-1", default_tags={"tags": {"Compliance": "FedRAMP"}})

# --- bad
for name in ["raw", "curated"]:
    aws.s3.BucketV2(name, opts=pulumi.ResourceOptions(provider=provider))  # error: [security/s3-bucket-allows-http]
plain = aws.s3.BucketV2("plain")  # error: [security/s3-bucket-allows-http]

# --- clean
secure = aws.s3.BucketV2("secure", opts=pulumi.ResourceOptions(provider=provider))
aws.s3.BucketPolicy("secure", bucket=secure.id, policy=secure.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": [arn, f"{arn}/*"],
                   "Condition": {"Bool": {"aws:SecureTransport": False}}}],
})), opts=pulumi.ResourceOptions(provider=provider))

# --- unknown
configured = aws.s3.BucketV2("configured")
aws.s3.BucketPolicy("configured", bucket=configured.id, policy=config.require("policy"))
