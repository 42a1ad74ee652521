import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
behavior = {"target_origin_id": "s3", "viewer_protocol_policy": "redirect-to-https", "allowed_methods": ["GET", "HEAD"],
            "cached_methods": ["GET", "HEAD"], "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"}


def distribution(name, bucket, origin_config):
    return aws.cloudfront.Distribution(
        name,
        enabled=True,
        origins=[{"origin_id": "s3", "domain_name": bucket.bucket_regional_domain_name, **origin_config}],  # error: [security/s3-origin-access-not-granted]
        default_cache_behavior=behavior,
        restrictions={"geo_restriction": {"restriction_type": "none"}},
        viewer_certificate={"cloudfront_default_certificate": True},
    )


# --- bad
site = aws.s3.BucketV2("site")
oai = aws.cloudfront.OriginAccessIdentity("site")
distribution("site", site, {"s3_origin_config": {"origin_access_identity": oai.cloudfront_access_identity_path}})

# --- clean
media = aws.s3.BucketV2("media")
media_oai = aws.cloudfront.OriginAccessIdentity("media")
aws.s3.BucketPolicy("media", bucket=media.id, policy=pulumi.Output.all(media_oai.iam_arn, media.arn).apply(
    lambda args: json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": args[0]}, "Action": "s3:GetObject", "Resource": f"{args[1]}/*"}]})))

# --- unknown
aws.s3.BucketPolicy("other", bucket=config.require("bucket"), policy=config.require("policy"))
