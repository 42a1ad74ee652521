import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = aws.iam.Role("config", assume_role_policy="{}")

# --- bad
for identifier in ["S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED", "ENCRYPTED_VOLUMES"]:
    aws.cfg.Rule(
        identifier.lower(),
        source=aws.cfg.RuleSourceArgs(owner="AWS", source_identifier=identifier),
        maximum_execution_frequency="TwentyFour_Hours",  # error: [security/security-service-misconfig]
    )
aws.cfg.Recorder("recorder", role_arn=role.arn,
                 recording_group={"all_supported": False})  # error: [security/security-service-misconfig]
aws.securityhub.StandardsSubscription("pci", standards_arn="arn:aws:securityhub:us-east-1::standards/pci-dss/v/3.2")  # error: [security/security-service-misconfig]

# --- clean
aws.cfg.Rule("tags", source={"owner": "AWS", "source_identifier": "REQUIRED_TAGS"},
             input_parameters='{"tag1Key": "Environment"}')
aws.cfg.Recorder("some", role_arn=role.arn,
                 recording_group={"all_supported": False, "resource_types": ["AWS::S3::Bucket"]})

# --- unknown
aws.cfg.Recorder("configured", role_arn=role.arn, recording_group=config.require_object("recording"))
