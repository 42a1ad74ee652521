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

# Read access to a key prefix is no excuse when ACLs are not blocked too.
media = aws.s3.BucketV2("media")
aws.s3.BucketPublicAccessBlock(
    "media",
    bucket=media.id,
    block_public_acls=False,  # error: [security/s3-public-access]
    ignore_public_acls=False,
    block_public_policy=False,
    restrict_public_buckets=False,
)
aws.s3.BucketPolicy(
    "media",
    bucket=media.id,
    policy=media.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": "*",  # error: [security/s3-public-access]
            "Action": "s3:GetObject",
            "Resource": f"{arn}/public/*",
        }],
    })),
)

# --- clean
private = aws.s3.BucketV2("private")
aws.s3.BucketPublicAccessBlock("private", bucket=private.id, block_public_acls=True, block_public_policy=True,
                               ignore_public_acls=True, restrict_public_buckets=True)
aws.s3.BucketAclV2("private", bucket=private.id, acl="log-delivery-write")

site = aws.s3.Bucket("site", website={"index_document": "index.html"}, acl="public-read")

# Release downloads: ACLs stay blocked and only objects under releases/ are readable by anyone.
downloads = aws.s3.BucketV2("downloads")
aws.s3.BucketPublicAccessBlock("downloads", bucket=downloads.id, block_public_acls=True, ignore_public_acls=True,
                               block_public_policy=False, restrict_public_buckets=False)
aws.s3.BucketPolicy(
    "downloads",
    bucket=downloads.id,
    policy=downloads.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Sid": "PublicReadReleases",
            "Effect": "Allow",
            "Principal": "*",
            "Action": ["s3:GetObject"],
            "Resource": f"{arn}/releases/*",
        }],
    })),
)

# --- unknown
aws.s3.Bucket("configured", acl=config.get("acl") or "private")

# Whether ACLs stay blocked is not known, so the public read is reported as public.
shared = aws.s3.BucketV2("shared")
aws.s3.BucketPublicAccessBlock("shared", bucket=shared.id, block_public_acls=config.require_bool("blockAcls"),
                               ignore_public_acls=True, block_public_policy=False, restrict_public_buckets=False)  # error: [security/s3-public-access]
aws.s3.BucketPolicy(
    "shared",
    bucket=shared.id,
    policy=shared.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": "*",  # error: [security/s3-public-access]
            "Action": "s3:GetObject",
            "Resource": f"{arn}/exports/*",
        }],
    })),
)
