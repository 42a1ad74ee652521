import pulumi
import pulumi_aws as aws

bucket = aws.s3.BucketV2("data")


# --- bad
async def publish():
    name = await bucket.bucket  # error: [pulumi/await-output]
    return aws.ssm.Parameter("bucket-name", type="String", value=name)


# --- clean
def publish_sync():
    return aws.ssm.Parameter("bucket-name-2", type="String", value=bucket.bucket)


# --- unknown
async def wait_for(value):
    return await value


pulumi.export("param", publish())
pulumi.export("param2", publish_sync().name)
