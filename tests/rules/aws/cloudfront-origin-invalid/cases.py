import pulumi
import pulumi_aws as aws

config = pulumi.Config()
assets = aws.s3.Bucket("assets")
docs = aws.s3.BucketV2("docs")
docs_site = aws.s3.BucketWebsiteConfigurationV2("docs", bucket=docs.id, index_document={"suffix": "index.html"})
oac = aws.cloudfront.OriginAccessControl("assets", origin_access_control_origin_type="s3",
                                         signing_behavior="always", signing_protocol="sigv4")
rest_api = aws.apigateway.RestApi("billing")
stage = aws.apigateway.Stage("billing", rest_api=rest_api.id, deployment="dep-123", stage_name="prod")
server = aws.ec2.Instance("origin", ami="ami-0c55b159cbfafe1f0", instance_type="t3.micro")

HTTPS = {"http_port": 80, "https_port": 443, "origin_protocol_policy": "https-only", "origin_ssl_protocols": ["TLSv1.2"]}
HTTP = {"http_port": 80, "https_port": 443, "origin_protocol_policy": "http-only", "origin_ssl_protocols": ["TLSv1.2"]}


def distribution(name, origin):
    return aws.cloudfront.Distribution(
        name, enabled=True, origins=[origin],
        default_cache_behavior={"target_origin_id": origin["origin_id"], "viewer_protocol_policy": "redirect-to-https",
                                "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"],
                                "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"},
        restrictions={"geo_restriction": {"restriction_type": "none"}},
        viewer_certificate={"cloudfront_default_certificate": True})


# --- bad
distribution("docs-s3", {"origin_id": "docs", "domain_name": docs_site.website_endpoint,  # error: [aws/cloudfront-origin-invalid]
                         "s3_origin_config": {"origin_access_identity": ""}})
distribution("docs-oac", {"origin_id": "docs", "domain_name": docs.website_endpoint,  # error: [aws/cloudfront-origin-invalid]
                          "origin_access_control_id": oac.id, "custom_origin_config": HTTP})
distribution("docs-https", {"origin_id": "docs", "domain_name": docs_site.website_endpoint,  # error: [aws/cloudfront-origin-invalid]
                            "custom_origin_config": HTTPS})
distribution("billing", {"origin_id": "api", "domain_name": stage.invoke_url,  # error: [aws/cloudfront-origin-invalid]
                         "custom_origin_config": HTTPS})
distribution("server-ip", {"origin_id": "ec2", "domain_name": server.public_ip,  # error: [aws/cloudfront-origin-invalid]
                           "custom_origin_config": HTTP})
distribution("assets-arn", {"origin_id": "assets", "domain_name": assets.arn,  # error: [aws/cloudfront-origin-invalid]
                            "origin_access_control_id": oac.id})
distribution("server", {"origin_id": "ec2", "domain_name": server.public_dns,  # error: [aws/cloudfront-origin-invalid]
                        "s3_origin_config": {"origin_access_identity": ""}})
distribution("legacy", {"origin_id": "legacy", "domain_name": f"https://{rest_api.id}.execute-api.eu-west-1.amazonaws.com/prod",  # error: [aws/cloudfront-origin-invalid]
                        "custom_origin_config": HTTPS})

# --- clean
distribution("assets", {"origin_id": "assets", "domain_name": assets.bucket_regional_domain_name,
                        "origin_access_control_id": oac.id})
distribution("docs", {"origin_id": "docs", "domain_name": docs_site.website_endpoint, "custom_origin_config": HTTP})
distribution("billing-ok", {"origin_id": "api", "domain_name": pulumi.Output.concat(rest_api.id, ".execute-api.eu-west-1.amazonaws.com"),
                            "origin_path": "/prod", "custom_origin_config": HTTPS})
distribution("server-ok", {"origin_id": "ec2", "domain_name": server.public_dns, "custom_origin_config": HTTP})
distribution("named", {"origin_id": "named", "domain_name": "static.acme-corp.io", "custom_origin_config": HTTPS})

# --- unknown
distribution("external", {"origin_id": "ext", "domain_name": config.require("origin_host")})
distribution("computed", {"origin_id": "api", "domain_name": stage.invoke_url.apply(lambda u: u.split("/")[2]),
                          "custom_origin_config": HTTPS})
