import pulumi
import pulumi_aws as aws

config = pulumi.Config()
api = aws.apigateway.RestApi("api", name="orders")

# --- bad
aws.s3.Bucket(
    "data",
    versioning=aws.s3.BucketVersioningArgs(enabled=True),  # error: [aws/deprecated-argument]
    lifecycle_rules=[{"enabled": True, "expiration": {"days": 30}}],  # error: [aws/deprecated-argument]
)
aws.ec2.Eip("nat", domain="vpc")  # error: [aws/deprecated-argument]
aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro",
    db_name="orders")  # error: [aws/deprecated-argument]
aws.apigateway.Deployment("deployment", rest_api=api.id, stage_name="prod")  # error: [aws/deprecated-argument]
aws.ec2.Instance(
    "vm",
    ami="ami-0abcdef1234567890",
    instance_type="t3.micro",
    security_groups=["default"],  # error: [aws/deprecated-argument]
)

# --- clean
data = aws.s3.Bucket("data-ok")
aws.s3.BucketVersioning("data-versioning", bucket=data.id, versioning_configuration={"status": "Enabled"})
aws.ec2.Eip("nat-ok", domain="vpc")
aws.ec2.Instance("vm-ok", ami="ami-0abcdef1234567890", instance_type="t3.micro", vpc_security_group_ids=["sg-123"])

# --- unknown
aws.s3.Bucket("configured", **config.require_object("bucket_args"))
