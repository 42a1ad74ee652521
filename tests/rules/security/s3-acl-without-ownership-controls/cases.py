import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
logs = aws.s3.BucketV2("access-logs")
aws.s3.BucketAclV2("access-logs", bucket=logs.id, acl="log-delivery-write")  # error: [security/s3-acl-without-ownership-controls]

for name in ["a", "b"]:
    aws.s3.Bucket(f"public-{name}", acl="public-read")  # error: [security/s3-acl-without-ownership-controls]

site = aws.s3.BucketV2("site")
aws.cloudfront.Distribution(
    "cdn",
    enabled=True,
    origins=[{"origin_id": "s3", "domain_name": site.bucket_regional_domain_name}],
    default_cache_behavior={"target_origin_id": "s3", "viewer_protocol_policy": "redirect-to-https",
                            "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"],
                            "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"},
    logging_config=aws.cloudfront.DistributionLoggingConfigArgs(
        bucket=logs.bucket_domain_name,  # error: [security/s3-acl-without-ownership-controls]
    ),
    restrictions={"geo_restriction": {"restriction_type": "none"}},
    viewer_certificate={"cloudfront_default_certificate": True},
)

# --- clean
preferred = aws.s3.BucketV2("preferred")
ownership = aws.s3.BucketOwnershipControls("preferred", bucket=preferred.id,
                                           rule={"object_ownership": "ObjectWriter"})
aws.s3.BucketAclV2("preferred", bucket=preferred.id, acl="log-delivery-write",
                   opts=pulumi.ResourceOptions(depends_on=[ownership]))
aws.s3.BucketAclV2("site", bucket=site.id, acl="private")

# --- unknown
aws.s3.BucketAclV2("any", bucket=config.require("bucket"), acl="public-read")
