import pulumi
import pulumi_aws as aws

config = pulumi.Config()
portal = aws.s3.Bucket("portal", website={"index_document": "index.html"})
files = aws.s3.BucketV2("files")
OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6"
BASE = dict(enabled=True, restrictions={"geo_restriction": {"restriction_type": "none"}},
            viewer_certificate={"cloudfront_default_certificate": True})


def behaviour(origin, **extra):
    b = {"target_origin_id": origin, "viewer_protocol_policy": "redirect-to-https",
         "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"]}
    b.update(extra)
    return b


# --- bad
aws.cloudfront.Distribution("portal", **BASE,  # error: [aws/cloudfront-behavior-invalid]
                            origins=[{"origin_id": "portal", "domain_name": portal.bucket_regional_domain_name}],
                            default_cache_behavior=behaviour("portal", cache_policy_id=OPTIMIZED))

for tier in ["gold", "silver"]:
    aws.cloudfront.Distribution(f"files-{tier}", **BASE, default_root_object="index.html",
                                origins=[{"origin_id": f"files-{tier}", "domain_name": files.bucket_regional_domain_name}],
                                default_cache_behavior={"target_origin_id": "files",  # error: [aws/cloudfront-behavior-invalid]
                                                        "viewer_protocol_policy": "https-only",
                                                        "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD", "OPTIONS"],  # error: [aws/cloudfront-behavior-invalid]
                                                        "cache_policy_id": OPTIMIZED})

aws.cloudfront.Distribution("files", **BASE,
                            origins=[{"origin_id": "files", "domain_name": files.bucket_regional_domain_name}],
                            default_cache_behavior=behaviour("files", cache_policy_id=OPTIMIZED),
                            ordered_cache_behaviors=[{"path_pattern": "/raw/*", "target_origin_id": "files",  # error: [aws/cloudfront-behavior-invalid]
                                                      "viewer_protocol_policy": "https-only",
                                                      "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"]}])

edge_fn = aws.lambda_.Function("auth-edge", runtime="python3.13", handler="index.handler",
                               role="arn:aws:iam::123456789012:role/edge", code=pulumi.FileArchive("./edge"))
aws.cloudfront.Distribution("edge", **BASE, default_root_object="index.html",
                            origins=[{"origin_id": "files", "domain_name": files.bucket_regional_domain_name}],
                            default_cache_behavior=behaviour("files", cache_policy_id=OPTIMIZED, lambda_function_associations=[
                                {"event_type": "viewer-request", "lambda_arn": edge_fn.arn}]))  # error: [aws/cloudfront-behavior-invalid]

# --- clean
aws.cloudfront.Distribution("portal-ok", **BASE, default_root_object="index.html",
                            origins=[{"origin_id": "portal", "domain_name": portal.bucket_regional_domain_name}],
                            default_cache_behavior=behaviour("portal", cache_policy_id=OPTIMIZED))
aws.cloudfront.Distribution("files-ok", **BASE,
                            origins=[{"origin_id": "files", "domain_name": files.bucket_regional_domain_name}],
                            origin_groups=[{"origin_id": "failover", "failover_criteria": {"status_codes": [500, 502]},
                                            "members": [{"origin_id": "files"}, {"origin_id": "files"}]}],
                            default_cache_behavior=behaviour("failover", cache_policy_id=OPTIMIZED))

# --- unknown
aws.cloudfront.Distribution("external", **BASE,
                            origins=config.require_object("origins"),
                            default_cache_behavior=behaviour("anything", cache_policy_id=config.require("cache_policy_id")))
