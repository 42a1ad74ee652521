import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.kms.Key("data", description="data key", enable_key_rotation=True)  # error: [security/kms-key-rotation-disabled]
aws.kms.Key("logs", description="logs", enable_key_rotation=True)  # error: [security/kms-key-rotation-disabled]
aws.kms.Key(  # error: [security/kms-key-rotation-disabled]
    "audit",
    description="audit key",
    deletion_window_in_days=30,  # a month
    enable_key_rotation=True,
)
aws.kms.Key("trail",  # error: [security/kms-key-rotation-disabled]
    description="trail key",
    deletion_window_in_days=30,
    enable_key_rotation=True)
aws.kms.Key(  # error: [security/kms-key-rotation-disabled]
    "args", aws.kms.KeyArgs(description="args", enable_key_rotation=True))
for team in ["red", "blue"]:
    aws.kms.Key(f"team-{team}", enable_key_rotation=True)  # error: [security/kms-key-rotation-disabled]

# Not fixed: the False is a variable's value, read elsewhere too.
ROTATE = False  # error: [security/kms-key-rotation-disabled]
aws.kms.Key("shared", enable_key_rotation=ROTATE)
pulumi.export("rotated", ROTATE)


# Not fixed: the same call also creates a signing key, which cannot rotate.
def key(name, key_usage):
    return aws.kms.Key(name, key_usage=key_usage, description=name)  # error: [security/kms-key-rotation-disabled]


key("app", "ENCRYPT_DECRYPT")
key("signer", "SIGN_VERIFY")

# --- clean
aws.kms.Key("rotated", description="rotated", enable_key_rotation=True, rotation_period_in_days=180)
aws.kms.Key("signing", key_usage="SIGN_VERIFY", customer_master_key_spec="ECC_NIST_P256")

# --- unknown
aws.kms.Key("configured", enable_key_rotation=config.get_bool("rotate"))
