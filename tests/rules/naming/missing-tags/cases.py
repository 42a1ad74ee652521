import pulumi
import pulumi_aws as aws

config = pulumi.Config()
common_tags = {"Project": "tap", "Environment": "dev", "Owner": "platform"}

# Tagged: the program's convention.
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16", tags={**common_tags, "Name": "vpc"})
bucket = aws.s3.BucketV2("data", tags=common_tags)
aws.sns.Topic("alerts", tags=common_tags)
aws.kms.Key("key", enable_key_rotation=True, tags=common_tags)

# --- bad
role = aws.iam.Role(  # error: [naming/missing-tags]
    "app-role",
    assume_role_policy='{"Version": "2012-10-17", "Statement": []}',
)

# --- clean
aws.s3.BucketVersioningV2(
    "data-versioning",
    bucket=bucket.id,
    versioning_configuration={"status": "Enabled"},
)
aws.iam.RolePolicyAttachment(
    "app-role-basic",
    role=role.name,
    policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
)
aws.ec2.Subnet("subnet", vpc_id=vpc.id, cidr_block="10.0.1.0/24", tags=common_tags)

# --- unknown
extra = config.get_object("queue_args") or {}
aws.sqs.Queue("jobs", **extra)

pulumi.export("bucket", bucket.bucket)
