import pulumi
import pulumi_aws as aws

# --- bad
logs = aws.s3.BucketV2("logs", force_destroy=True)  # error: [aws/deprecated-resource]
aws.s3.BucketServerSideEncryptionConfigurationV2(  # error: [aws/deprecated-resource]
    "logs-sse",
    bucket=logs.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
)
aws.opsworks.Stack("stack", region="us-east-1", service_role_arn="arn", default_instance_profile_arn="arn")  # error: [aws/deprecated-resource]

# --- clean
data = aws.s3.Bucket("data", force_destroy=True)
aws.s3.BucketServerSideEncryptionConfiguration(
    "data-sse",
    bucket=data.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
)
pulumi.export("bucket", data.bucket)


# --- unknown
def make(cls):
    return cls("dynamic")


make(getattr(aws.s3, pulumi.Config().require("bucket_class")))
