import pulumi
import pulumi_aws as aws
import pulumi_random as random

config = pulumi.Config()
suffix = random.RandomString("suffix", length=8, special=False, upper=False)
logs = aws.s3.BucketV2("logs", bucket=pulumi.Output.concat("app-logs-", suffix.result), force_destroy=True)
code = aws.s3.BucketV2("code", bucket="app-lambda-code")
assets = aws.s3.BucketV2("assets", bucket_prefix="app-assets-")
subnets = ["subnet-0f3a9c27b81d4e605", "subnet-04c2e7b9a1d3f5086"]

# --- bad
aws.lb.LoadBalancer("web", load_balancer_type="application", subnets=subnets,
    access_logs=aws.lb.LoadBalancerAccessLogsArgs(bucket="prod-alb-logs", enabled=True))  # error: [aws/bucket-reference-not-created]
aws.lambda_.Function("worker", runtime="python3.12", handler="app.handler", role="arn:aws:iam::111122223333:role/worker",
    s3_bucket="deployment-artifacts-bucket", s3_key="worker.zip")  # error: [aws/bucket-reference-not-created]
aws.cfg.DeliveryChannel("config", s3_bucket_name="org-config-snapshots")  # error: [aws/bucket-reference-not-created]

# --- clean
aws.lambda_.Function("api", runtime="python3.12", handler="app.handler", role="arn:aws:iam::111122223333:role/api",
    s3_bucket="app-lambda-code", s3_key="api.zip")
aws.lb.LoadBalancer("internal", load_balancer_type="application", subnets=subnets,
    access_logs=aws.lb.LoadBalancerAccessLogsArgs(bucket=logs.bucket, enabled=True))
aws.cloudtrail.Trail("copy", s3_bucket_name="app-logs-k3j9x2qa")
aws.cloudtrail.Trail("prefixed", s3_bucket_name="app-assets-20240101")
central = aws.s3.get_bucket(bucket="central-audit-logs")
aws.cloudtrail.Trail("central", s3_bucket_name="central-audit-logs")
aws.cloudtrail.Trail("stand-in", s3_bucket_name="your-trail-bucket")

# --- unknown
aws.cloudtrail.Trail("configured", s3_bucket_name=config.require("trailBucket"))
pulumi.export("code", code.bucket)
pulumi.export("assets", assets.bucket)
