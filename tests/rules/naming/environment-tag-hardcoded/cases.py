import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment = config.get("environment") or "dev"


class Storage(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:storage:Storage", name, None, opts)
        # --- bad
        for purpose in ["raw", "curated"]:
            aws.s3.BucketV2(
                f"{name}-{purpose}",
                tags={"Environment": "Production", "Purpose": purpose},  # error: [naming/environment-tag-hardcoded]
                opts=pulumi.ResourceOptions(parent=self),
            )
        # --- clean
        aws.sqs.Queue(f"{name}-jobs", tags={"Environment": environment}, opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


Storage("storage")

# --- unknown
aws.sqs.Queue("configured", tags={"Environment": config.get("environment_tag")})
