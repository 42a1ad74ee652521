import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.kms.Key("data", description="data key")  # error: [security/kms-key-rotation-disabled]
aws.kms.Key("logs", description="logs", enable_key_rotation=False)  # error: [security/kms-key-rotation-disabled]

# --- clean
aws.kms.Key("rotated", description="rotated", enable_key_rotation=True, rotation_period_in_days=180)
aws.kms.Key("signing", key_usage="SIGN_VERIFY", customer_master_key_spec="ECC_NIST_P256")

# --- unknown
aws.kms.Key("configured", enable_key_rotation=config.get_bool("rotate"))
