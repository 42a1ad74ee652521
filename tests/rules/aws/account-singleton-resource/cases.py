import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/config"

# --- bad
recorder = aws.cfg.Recorder("recorder", role_arn=role,  # error: [aws/account-singleton-resource]
    recording_group={"all_supported": True})
aws.cfg.DeliveryChannel("channel", s3_bucket_name="config-bucket",  # error: [aws/account-singleton-resource]
    opts=pulumi.ResourceOptions(depends_on=[recorder]))
aws.iam.AccountPasswordPolicy("passwords", minimum_password_length=14)  # error: [aws/account-singleton-resource]
aws.ebs.EncryptionByDefault("ebs", enabled=True)  # error: [aws/account-singleton-resource]

providers = [aws.Provider(f"p-{r}", region=r) for r in ["us-east-1", "eu-west-1"]]
for i, p in enumerate(providers):
    aws.guardduty.Detector(f"detector-{i}", enable=True, opts=pulumi.ResourceOptions(provider=p))  # error: [aws/account-singleton-resource]

def vpc(name):
    return aws.ec2.Vpc(name, cidr_block="10.0.0.0/16")  # error: [aws/account-singleton-resource]


for env in ["dev", "test", "stage", "qa", "perf", "prod"]:
    vpc(f"vpc-{env}")

aws.accessanalyzer.Analyzer("unused-access", analyzer_name="unused", type="ACCOUNT_UNUSED_ACCESS")  # error: [aws/account-singleton-resource]
aws.inspector2.OrganizationConfiguration("inspector-org",  # error: [aws/account-singleton-resource]
    auto_enable={"ec2": True, "ecr": True})
aws.xray.EncryptionConfig("xray", type="NONE")  # error: [aws/account-singleton-resource]

# --- clean
if config.get_bool("create_detector"):
    aws.guardduty.Detector("detector", enable=True)
existing = aws.guardduty.get_detector()

aws.accessanalyzer.Analyzer("org-analyzer", analyzer_name="org", type="ORGANIZATION")

# --- unknown
def hub(provider):
    aws.securityhub.Account("hub", opts=pulumi.ResourceOptions(provider=provider))


hub(config.require_object("provider"))
aws.accessanalyzer.Analyzer("configured-analyzer", analyzer_name="configured", type=config.require("analyzer_type"))
