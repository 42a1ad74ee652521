import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
sg = aws.ec2.SecurityGroup("sg", vpc_id=vpc.id, description="app")
security_group_id = sg.id
subnets = [aws.ec2.Subnet(f"subnet-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24") for i in range(2)]
bucket = aws.s3.BucketV2("tap-primary-bucket")
versioning = aws.s3.BucketVersioningV2(
    "tap-primary-bucket-versioning",
    bucket=bucket.id,
    versioning_configuration={"status": "Enabled"},
)

# --- bad
aws.sqs.Queue("q1", opts=ResourceOptions(depends_on=[sg.id]))  # error: [pulumi/depends-on-not-resource]
aws.sqs.Queue("q2", opts=ResourceOptions(depends_on=[security_group_id]))  # error: [pulumi/depends-on-not-resource]
aws.sqs.Queue("q3", opts=ResourceOptions(depends_on=[f"{vpc._name}-sg"]))  # error: [pulumi/depends-on-not-resource]
aws.sqs.Queue("q4", opts=ResourceOptions(depends_on=[vpc, subnets]))  # error: [pulumi/depends-on-not-resource]
aws.sqs.Queue("q5", opts=ResourceOptions(depends_on=[{"vpc": vpc}]))  # error: [pulumi/depends-on-not-resource]
aws.s3.BucketPolicy(
    "tap-primary-bucket-policy",
    bucket=bucket.id,
    policy="{}",
    opts=ResourceOptions(
        depends_on=[aws.s3.BucketVersioningV2("tap-primary-bucket-versioning-2")]  # error: [pulumi/depends-on-not-resource]
    ),
)

# --- clean
aws.sqs.Queue("ok1", opts=ResourceOptions(depends_on=[sg, versioning]))
aws.sqs.Queue("ok2", opts=ResourceOptions(depends_on=subnets))
aws.sqs.Queue("ok3", opts=ResourceOptions(depends_on=[vpc, *subnets]))
aws.sqs.Queue("ok4", opts=ResourceOptions(depends_on=[aws.iam.Role("inline-role", assume_role_policy="{}")]))


# --- unknown
def make_queue(name, deps):
    return aws.sqs.Queue(name, opts=ResourceOptions(depends_on=deps))


make_queue("u1", [config.get("dependency")])

pulumi.export("bucket", bucket.bucket)
