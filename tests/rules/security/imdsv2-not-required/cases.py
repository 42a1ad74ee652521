import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.ec2.Instance("web", ami="ami-0123456789abcdef0", instance_type="t3.micro")  # error: [security/imdsv2-not-required]
aws.ec2.LaunchTemplate(
    "app",
    image_id="ami-0123456789abcdef0",
    instance_type="t3.micro",
    metadata_options=aws.ec2.LaunchTemplateMetadataOptionsArgs(
        http_endpoint="enabled",
        http_tokens="optional",  # error: [security/imdsv2-not-required]
    ),
)
aws.ec2.Instance("api", ami="ami-0123456789abcdef0", instance_type="t3.micro",
    metadata_options={"http_endpoint": "enabled"})  # error: [security/imdsv2-not-required]
aws.ec2.LaunchConfiguration(  # error: [security/imdsv2-not-required]
    "legacy",
    image_id="ami-0123456789abcdef0",
    instance_type="t3.micro"
)

# --- clean
aws.ec2.Instance("web-v2", ami="ami-0123456789abcdef0", instance_type="t3.micro",
    metadata_options={"http_endpoint": "enabled", "http_tokens": "required"})

# --- unknown
aws.ec2.Instance("configured", ami="ami-0123456789abcdef0", instance_type="t3.micro",
    metadata_options={"http_tokens": config.get("http_tokens")})
