from dataclasses import dataclass

import pulumi
import pulumi_aws as aws


class Storage(pulumi.ComponentResource):
    tier = "standard"

    def __init__(self, name, opts=None):
        super().__init__("app:storage:Storage", name, {}, opts)
        self.bucket = aws.s3.BucketV2(name, opts=pulumi.ResourceOptions(parent=self))
        self.create_policies()  # error: [code/unknown-member]
        self.register_outputs({"bucket": self.bucket.bucket})

    def attach(self, name):
        self.topic = aws.sns.Topic(f"{name}-topic", opts=pulumi.ResourceOptions(parent=self))


# --- bad
storage = Storage("data")
pulumi.export("bucket_name", storage.bucket_name)  # error: [code/unknown-member]
for suffix in ["a", "b"]:
    pulumi.export(f"arn-{suffix}", storage.arn)  # error: [code/unknown-member]

# --- clean
pulumi.export("bucket", storage.bucket.bucket)
pulumi.export("tier", storage.tier)
pulumi.export("topic", storage.topic.arn)
pulumi.export("urn", storage.urn)


@dataclass
class Settings:
    region: str


settings = Settings(region="us-east-1")
pulumi.export("region", settings.region)

# --- unknown
if hasattr(storage, "extra"):
    pulumi.export("extra", storage.extra)


class Loose:
    def __init__(self, **values):
        for k, v in values.items():
            setattr(self, k, v)


pulumi.export("loose", Loose(a=1).a)
