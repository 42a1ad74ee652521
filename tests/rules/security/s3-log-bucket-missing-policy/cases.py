import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
logs = aws.s3.Bucket("logs", force_destroy=True)
aws.s3.BucketPolicy("logs", bucket=logs.id, policy=logs.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": f"{arn}/*",
                   "Condition": {"Bool": {"aws:SecureTransport": "false"}}}],
})))
aws.cloudtrail.Trail("trail", s3_bucket_name=logs.id)  # error: [security/s3-log-bucket-missing-policy]
aws.lb.LoadBalancer(
    "nlb",
    load_balancer_type="network",
    subnets=["subnet-1"],
    access_logs=aws.lb.LoadBalancerAccessLogsArgs(bucket=logs.bucket, enabled=True),  # error: [security/s3-log-bucket-missing-policy]
)

# --- clean
trail_logs = aws.s3.Bucket("trail-logs", force_destroy=True)
aws.s3.BucketPolicy("trail-logs", bucket=trail_logs.id, policy=trail_logs.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "s3:GetBucketAcl", "Resource": arn},
        {"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "s3:PutObject", "Resource": f"{arn}/*"},
    ],
})))
aws.cloudtrail.Trail("good-trail", s3_bucket_name=trail_logs.id)

# --- unknown
aws.cloudtrail.Trail("configured", s3_bucket_name=config.require("bucket"))
