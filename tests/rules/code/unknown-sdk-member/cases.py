import json

import pulumi
import pulumi_aws as aws
from pulumi import Output

# --- bad
bucket = aws.s3.BucketV2("data")
pulumi.export("url", pulumi.interpolate(f"s3://{bucket.bucket}"))  # error: [code/unknown-sdk-member]


class Storage(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:storage:Storage", name, {}, opts)
        buckets = [aws.s3.BucketV2(f"{name}-{n}", opts=pulumi.ResourceOptions(parent=self)) for n in ["a", "b"]]
        self.names = pulumi.all(*[b.bucket for b in buckets])  # error: [code/unknown-sdk-member]
        self.policy = pulumi.json.dumps({"Resource": buckets[0].arn})  # error: [code/unknown-sdk-member]
        self.register_outputs({"names": self.names})


def account_arn(prefix):
    return Output.concat(prefix, pulumi.get_account_id())  # error: [code/unknown-sdk-member]


storage = Storage("store")
for p in ["arn:aws:iam::", "arn:aws:s3:::"]:
    account_arn(p)
pulumi.export("lifted", pulumi.output(bucket.arn))  # error: [code/unknown-sdk-member]
pulumi.log("built the bucket")  # error: [code/unknown-sdk-member]

# --- clean
pulumi.export("bucket", Output.concat("s3://", bucket.bucket))
pulumi.export("both", Output.all(bucket.arn, bucket.bucket).apply(lambda a: f"{a[0]}/{a[1]}"))
pulumi.export("policy", Output.json_dumps({"Resource": bucket.arn}))
pulumi.export("wrapped", Output.from_input("x"))
pulumi.export("stack", pulumi.get_stack())
pulumi.export("doc", json.dumps({"a": 1}))
archive = pulumi.AssetArchive({"index.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")})
pulumi.log.info("built")
pulumi.export("code", archive is not None)

# --- unknown
pulumi.runtime.set_all_config({})
provider_base = pulumi.dynamic.ResourceProvider
