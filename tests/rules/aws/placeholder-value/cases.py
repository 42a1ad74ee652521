import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
topic = aws.sns.Topic("alerts")

# --- bad
aws.sns.TopicSubscription(
    "email",
    topic=topic.arn,
    protocol="email",
    endpoint="ops-team@example.com",  # error: [aws/placeholder-value]
)
aws.lambda_.Function(
    "api",
    role="arn:aws:iam::111122223333:role/x",
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.FileArchive("./app"),
    environment=aws.lambda_.FunctionEnvironmentArgs(
        variables={"CALLBACK_URL": "https://hooks.example.com/notify"}  # error: [aws/placeholder-value]
    ),
)
aws.apigateway.DomainName(
    "custom",
    domain_name=config.require("api_domain"),
    regional_certificate_arn="arn:aws:acm:us-east-1:111122223333:certificate/REPLACE_ME",  # error: [aws/placeholder-value]
)
aws.codepipeline.Pipeline(
    "pipeline",
    role_arn=config.require("role_arn"),
    artifact_stores=[aws.codepipeline.PipelineArtifactStoreArgs(location="artifacts", type="S3")],
    stages=[
        aws.codepipeline.PipelineStageArgs(
            name="Source",
            actions=[
                aws.codepipeline.PipelineStageActionArgs(
                    name="Source",
                    category="Source",
                    owner="ThirdParty",
                    provider="GitHub",
                    version="1",
                    output_artifacts=["source"],
                    configuration={
                        "Owner": "example",  # error: [aws/placeholder-value]
                        "Repo": "example-repo",  # error: [aws/placeholder-value]
                        "Branch": "main",
                        "OAuthToken": config.require_secret("github_token"),
                    },
                )
            ],
        )
    ],
)
aws.ec2.SecurityGroupRule(
    "ssh",
    type="ingress",
    security_group_id=config.require("sg_id"),
    protocol="tcp",
    from_port=22,
    to_port=22,
    cidr_blocks=["203.0.113.42/32"],  # error: [aws/placeholder-value]
)
aws.ec2.NetworkAclRule(
    "office",
    network_acl_id=config.require("nacl_id"),
    rule_number=100,
    egress=False,
    protocol="tcp",
    rule_action="allow",
    cidr_block="192.0.2.0/24",  # error: [aws/placeholder-value]
    from_port=443,
    to_port=443,
)
aws.iam.Policy(
    "ip-restricted",
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Deny",
            "Action": "s3:*",
            "Resource": "*",
            "Condition": {"NotIpAddress": {"aws:SourceIp": ["198.51.100.0/24"]}},  # error: [aws/placeholder-value]
        }],
    }),
)
aws.ec2.KeyPair("deployer", public_key="ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ... user@example")  # error: [aws/placeholder-value]

zone = aws.route53.get_zone(name="example.com")  # error: [aws/placeholder-value]
pulumi.export("zone_id", zone.id)
cert = aws.acm.get_certificate_output(
    domain="*.api.example.org",  # error: [aws/placeholder-value]
    statuses=["ISSUED"],
)
pulumi.export("cert_arn", cert.arn)
pulumi.export("key_pair", aws.ec2.get_key_pair_output(key_name="REPLACE_ME").id)  # error: [aws/placeholder-value]

# --- clean
aws.ec2.KeyPair("real", public_key="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGk8jM2p0uYkqv0qCqRkz7yq1pQm8Qv1Jk6Yc3p1c5wB ops@host")
aws.sns.TopicSubscription("ops", topic=topic.arn, protocol="email", endpoint=config.require("alert_email"))
aws.sqs.Queue("jobs", tags={"Contact": "ops@example.com"})
aws.route53.Zone("zone", name="example.org")
aws.sqs.Queue("owned", tags={"Owner": "owner", "Repo": "my-repo"})
aws.ec2.SecurityGroupRule(
    "https",
    type="ingress",
    security_group_id=config.require("sg_id"),
    protocol="tcp",
    from_port=443,
    to_port=443,
    cidr_blocks=["10.0.0.0/8", "192.0.0.0/16"],
)
aws.ec2.Subnet("lab", vpc_id=config.require("vpc_id"), cidr_block="203.0.113.0/24")

pulumi.export("own_zone", aws.route53.get_zone_output(name="shop.acme-corp.io", private_zone=False).id)
pulumi.export("tagged_vpc", aws.ec2.get_vpc_output(filters=[aws.ec2.GetVpcFilterArgs(name="tag:Name", values=["shared-vpc"])]).id)

# --- unknown
aws.sns.TopicSubscription("fallback", topic=topic.arn, protocol="email", endpoint=config.get("email") or "alerts@example.com")
aws.wafv2.IpSet("allowed", scope="REGIONAL", ip_address_version="IPV4", addresses=config.get_object("allowed_ips") or ["192.0.2.0/24"])
aws.codepipeline.Pipeline(
    "configured",
    role_arn=config.require("role_arn"),
    artifact_stores=[aws.codepipeline.PipelineArtifactStoreArgs(location="artifacts", type="S3")],
    stages=[aws.codepipeline.PipelineStageArgs(name="Source", actions=[aws.codepipeline.PipelineStageActionArgs(
        name="Source", category="Source", owner="AWS", provider="CodeStarSourceConnection", version="1",
        output_artifacts=["source"],
        configuration={"ConnectionArn": config.require("connection_arn"),
                       "FullRepositoryId": config.get("repository") or "example/example-repo", "BranchName": "main"})])],
)
pulumi.export("configured_zone", aws.route53.get_zone_output(name=config.get("domain") or "example.com").id)
