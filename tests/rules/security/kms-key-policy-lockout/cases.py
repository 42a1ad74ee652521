import json
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
region = config.require("region")
account = aws.get_caller_identity().account_id

# --- bad
aws.kms.Key("logs-key", policy=json.dumps({  # error: [security/kms-key-policy-lockout]
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Principal": {"Service": f"logs.{region}.amazonaws.com"},
         "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*"], "Resource": "*"},
        {"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "kms:GenerateDataKey*", "Resource": "*"},
    ],
}))


def tenant_key(tenant):
    return aws.kms.Key(f"{tenant}-key", policy=json.dumps({  # error: [security/kms-key-policy-lockout]
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Action": ["kms:Encrypt", "kms:Decrypt"], "Resource": "*"}],
    }))


tenant_key("acme")

# --- clean
aws.kms.Key("managed-key", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "EnableRootAccess", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Action": "kms:*", "Resource": "*"},
        {"Effect": "Allow", "Principal": {"Service": f"logs.{region}.amazonaws.com"}, "Action": ["kms:Encrypt*"], "Resource": "*"},
    ],
}))

aws.kms.Key("bypass-key", bypass_policy_lockout_safety_check=True, policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "kms:Decrypt", "Resource": "*"}],
}))

aws.kms.Key("default-policy-key", enable_key_rotation=True)

# --- unknown
statements = config.require_object("key_statements")
aws.kms.Key("configured-key", policy=json.dumps({"Version": "2012-10-17", "Statement": statements}))

aws.kms.Key("admin-from-config", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"AWS": config.require("admin_arn")}, "Action": "kms:*", "Resource": "*"}],
}))
