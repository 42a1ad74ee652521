import pulumi
import pulumi_aws as aws

config = pulumi.Config()
us_east_1 = aws.Provider("us-east-1", region="us-east-1")
zone = aws.route53.Zone("zone", name="shop.acme-corp.io")
account = aws.get_caller_identity_output().account_id

# --- bad
aws.route53.KeySigningKey(
    "ksk-alias",
    hosted_zone_id=zone.id,
    name="ksk1",
    key_management_service_arn=pulumi.Output.concat("arn:aws:kms:us-east-1:", account, ":alias/aws/route53"),  # error: [aws/dnssec-ksk-key-invalid]
)
symmetric = aws.kms.Key("symmetric", description="DNSSEC", enable_key_rotation=True)
aws.route53.KeySigningKey("ksk-symmetric", hosted_zone_id=zone.id, name="ksk2", key_management_service_arn=symmetric.arn)  # error: [aws/dnssec-ksk-key-invalid]
aws.route53.KeySigningKey("ksk-alias-name", hosted_zone_id=zone.id, name="ksk3", key_management_service_arn="alias/dnssec")  # error: [aws/dnssec-ksk-key-invalid]

# --- clean
signing = aws.kms.Key(
    "signing",
    customer_master_key_spec="ECC_NIST_P256",
    key_usage="SIGN_VERIFY",
    opts=pulumi.ResourceOptions(provider=us_east_1),
)
aws.route53.KeySigningKey("ksk-ok", hosted_zone_id=zone.id, name="ksk4", key_management_service_arn=signing.arn)

# --- unknown
configured = aws.kms.Key("configured", customer_master_key_spec=config.require("key_spec"), key_usage="SIGN_VERIFY")
aws.route53.KeySigningKey("ksk-configured", hosted_zone_id=zone.id, name="ksk5", key_management_service_arn=configured.arn)
aws.route53.KeySigningKey("ksk-arn-config", hosted_zone_id=zone.id, name="ksk6", key_management_service_arn=config.require("ksk_key_arn"))
