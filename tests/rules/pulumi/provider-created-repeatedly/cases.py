import pulumi
import pulumi_aws as aws

config = pulumi.Config()


def west():
    return aws.Provider("west", region="us-west-2")  # error: [pulumi/provider-created-repeatedly]


# --- bad
aws.s3.BucketV2("data", opts=pulumi.ResourceOptions(provider=west()))
aws.sqs.Queue("jobs", opts=pulumi.ResourceOptions(provider=west()))

for region in ["us-east-2", "eu-west-1"]:
    aws.Provider("dr-provider", region=region)  # error: [pulumi/provider-created-repeatedly]

# --- clean
providers = {region: aws.Provider(f"aws-{region}", region=region) for region in ["ap-south-1", "ca-central-1"]}

# --- unknown
for region in config.require_object("regions"):
    aws.Provider(f"p-{region}", region=region)
