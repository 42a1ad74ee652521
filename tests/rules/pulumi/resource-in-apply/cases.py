import pulumi
import pulumi_aws as aws

config = pulumi.Config()
bucket = aws.s3.BucketV2("data")

# --- bad
bucket.arn.apply(lambda arn: aws.ssm.Parameter("bucket-arn", type="String", value=arn))  # error: [pulumi/resource-in-apply]


def make_policy(args):
    return aws.iam.Policy("read", policy=f'{{"Resource": "{args[0]}"}}')  # error: [pulumi/resource-in-apply]


pulumi.Output.all(bucket.arn, bucket.id).apply(make_policy)

# --- clean
aws.ssm.Parameter("bucket-arn-ok", type="String", value=bucket.arn)
zones = aws.get_availability_zones_output()
zones.names.apply(lambda names: [aws.ec2.Subnet(f"az-{i}", vpc_id="vpc-1", cidr_block=f"10.0.{i}.0/24") for i, _ in enumerate(names)])

# --- unknown
config.require_secret("token").apply(lambda t: aws.ssm.Parameter("token", type="SecureString", value=t))

pulumi.export("bucket", bucket.id)
