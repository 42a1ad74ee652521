import os

import pulumi
import pulumi_aws as aws
import pulumi_random as random
from pulumi import ResourceOptions


class S3Stack(pulumi.ComponentResource):
    def __init__(self, name, environment_suffix, opts=None):
        super().__init__("tap:s3:S3Stack", name, None, opts)
        # --- bad
        aws.s3.BucketV2(
            f"api-logs-{environment_suffix}",
            bucket=f"api-logs-{environment_suffix}",  # error: [naming/non-unique-bucket-name]
            opts=ResourceOptions(parent=self),
        )
        aws.s3.Bucket("file-processing", bucket="file-processing-bucket", opts=ResourceOptions(parent=self))  # error: [naming/non-unique-bucket-name]
        aws.s3.BucketV2("stack-scoped", bucket=f"data-{pulumi.get_stack()}", opts=ResourceOptions(parent=self))  # error: [naming/non-unique-bucket-name]
        app_name = pulumi.Config().get("appName") or "web-app"
        for region in [aws.get_region().name]:
            aws.s3.BucketV2(f"logs-{region}", bucket=f"{app_name}-logs-{region}", opts=ResourceOptions(parent=self))  # error: [naming/non-unique-bucket-name]

        # --- clean
        caller = aws.get_caller_identity()
        region = aws.get_region()
        aws.s3.BucketV2(
            f"audit-{environment_suffix}",
            bucket=f"audit-{environment_suffix}-{caller.account_id}-{region.name}",
            opts=ResourceOptions(parent=self),
        )
        unique = random.RandomString("unique", length=6, special=False, upper=False)
        aws.s3.BucketV2("uploads", bucket=unique.result.apply(lambda s: f"uploads-{s}"), opts=ResourceOptions(parent=self))
        aws.s3.BucketV2("auto", opts=ResourceOptions(parent=self))

        self.register_outputs({})


# --- unknown
def make_bucket(name, owner):
    return aws.s3.BucketV2(name, bucket=f"{name}-{owner}")


S3Stack("s3", os.environ.get("ENVIRONMENT_SUFFIX", "dev"))
make_bucket("shared", pulumi.Config().require("owner"))
