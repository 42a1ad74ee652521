import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
reports = aws.s3.BucketV2("reports")  # error: [security/s3-public-access-block-missing]

for name in ["raw", "curated"]:
    aws.s3.BucketV2(f"data-{name}")  # error: [security/s3-public-access-block-missing]


class Archive(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:archive:Archive", name, None, opts)
        self.bucket = aws.s3.Bucket(f"{name}-archive", opts=pulumi.ResourceOptions(parent=self))  # error: [security/s3-public-access-block-missing]
        self.register_outputs({})


Archive("audit")

site = aws.s3.BucketV2("site")
aws.s3.BucketWebsiteConfigurationV2("site", bucket=site.id, index_document={"suffix": "index.html"})
aws.s3.BucketPolicy(
    "site",
    bucket=site.id,
    policy=site.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": "*",  # error: [security/s3-public-access-block-missing]
            "Action": "s3:GetObject",
            "Resource": f"{arn}/*",
        }],
    })),
)

# --- clean
def private_bucket(name):
    b = aws.s3.BucketV2(name)
    aws.s3.BucketPublicAccessBlock(name, bucket=b.id, block_public_acls=True, block_public_policy=True,
                                   ignore_public_acls=True, restrict_public_buckets=True)
    return b


private_bucket("uploads")

logs = aws.s3.BucketV2("logs", bucket="acme-logs-prod")
aws.s3.BucketPublicAccessBlock("logs", bucket="acme-logs-prod", block_public_acls=True, block_public_policy=True,
                               ignore_public_acls=True, restrict_public_buckets=True)

www = aws.s3.BucketV2("www")
aws.s3.BucketWebsiteConfigurationV2("www", bucket=www.id, index_document={"suffix": "index.html"})
opened = aws.s3.BucketPublicAccessBlock("www", bucket=www.id, block_public_policy=False, restrict_public_buckets=False)
aws.s3.BucketPolicy(
    "www",
    bucket=www.id,
    policy=www.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"{arn}/*"}],
    })),
    opts=pulumi.ResourceOptions(depends_on=[opened]),
)

# --- unknown
shared = aws.s3.BucketV2("shared")
aws.s3.BucketPublicAccessBlock("shared", bucket=shared.id, block_public_policy=config.require_bool("block_policy"))
aws.s3.BucketPolicy(
    "shared",
    bucket=shared.id,
    policy=shared.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"{arn}/*"}],
    })),
)
