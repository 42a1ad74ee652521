import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
website = aws.s3.Bucket("website", acl="public-read")  # error: [security/s3-public-access]
aws.s3.BucketPublicAccessBlock(
    "website",
    bucket=website.id,
    block_public_acls=False,  # error: [security/s3-public-access]
    block_public_policy=False,
    ignore_public_acls=False,
    restrict_public_buckets=False,
)
aws.s3.BucketPolicy(
    "website",
    bucket=website.id,
    policy=website.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"AWS": "*"},  # error: [security/s3-public-access]
            "Action": "s3:GetObject",
            "Resource": f"{arn}/*",
        }],
    })),
)

# --- clean
private = aws.s3.BucketV2("private")
aws.s3.BucketPublicAccessBlock("private", bucket=private.id, block_public_acls=True, block_public_policy=True,
                               ignore_public_acls=True, restrict_public_buckets=True)
aws.s3.BucketAclV2("private", bucket=private.id, acl="log-delivery-write")

site = aws.s3.Bucket("site", website={"index_document": "index.html"}, acl="public-read")

# --- unknown
aws.s3.Bucket("configured", acl=config.get("acl") or "private")
