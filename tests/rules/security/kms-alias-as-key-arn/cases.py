import pulumi
import pulumi_aws as aws

config = pulumi.Config()
key = aws.kms.Key("data", enable_key_rotation=True)
alias = aws.kms.Alias("data", name="alias/data", target_key_id=key.key_id)

# --- bad
aws.dynamodb.Table(
    "orders",
    hash_key="id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
    billing_mode="PAY_PER_REQUEST",
    server_side_encryption=aws.dynamodb.TableServerSideEncryptionArgs(
        enabled=True,
        kms_key_arn=alias.name,  # error: [security/kms-alias-as-key-arn]
    ),
)
aws.rds.Cluster("aurora", engine="aurora-mysql", storage_encrypted=True,
                kms_key_id=f"alias/{config.require('key_name')}")  # error: [security/kms-alias-as-key-arn]

# --- clean
aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", allocated_storage=20, storage_encrypted=True,
                 kms_key_id=key.arn)
aws.kinesis.Stream("stream", shard_count=1, encryption_type="KMS", kms_key_id="alias/aws/kinesis")

# --- unknown
aws.rds.Instance("configured", engine="postgres", instance_class="db.t3.micro", kms_key_id=config.get("kms_key_id"))
