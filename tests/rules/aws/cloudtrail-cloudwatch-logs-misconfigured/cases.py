import pulumi
import pulumi_aws as aws

config = pulumi.Config()
bucket = aws.s3.Bucket("trail-bucket")
logs = aws.cloudwatch.LogGroup("trail-logs", retention_in_days=365)


class Audit(pulumi.ComponentResource):
    def __init__(self, name, group_arn, opts=None):
        super().__init__("app:audit:Audit", name, None, opts)
        aws.cloudtrail.Trail(name, s3_bucket_name=bucket.id, cloud_watch_logs_group_arn=group_arn,
            cloud_watch_logs_role_arn=config.require("trail_role_arn"), opts=pulumi.ResourceOptions(parent=self))


# --- bad
Audit("raw-arn", logs.arn)  # error: [aws/cloudtrail-cloudwatch-logs-misconfigured]
aws.cloudtrail.Trail("role-only", s3_bucket_name=bucket.id, cloud_watch_logs_role_arn=config.require("trail_role_arn"))  # error: [aws/cloudtrail-cloudwatch-logs-misconfigured]

# --- clean
Audit("wildcard", logs.arn.apply(lambda arn: f"{arn}:*"))

# --- unknown
Audit("configured", config.require("log_group_arn"))
