import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
class Storage(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:storage:Storage", name, None, opts)
        self.bucket = aws.s3.BucketV2(f"{name}-data", opts=pulumi.ResourceOptions(parent=self))  # error: [security/encryption-at-rest-not-configured]
        self.table = aws.dynamodb.Table(  # error: [security/encryption-at-rest-not-configured]
            f"{name}-table",
            billing_mode="PAY_PER_REQUEST",
            hash_key="id",
            attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({})


Storage("app")
queues = [aws.sqs.Queue(f"q-{i}") for i in range(2)]  # error: [security/encryption-at-rest-not-configured]

# --- clean
logs = aws.s3.BucketV2("logs")
aws.s3.BucketServerSideEncryptionConfigurationV2(
    "logs",
    bucket=logs.id,
    rules=[aws.s3.BucketServerSideEncryptionConfigurationV2RuleArgs(
        apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs(
            sse_algorithm="aws:kms"),
    )],
)
aws.sqs.Queue("managed", sqs_managed_sse_enabled=True)

# --- unknown
aws.dynamodb.Table("configured", billing_mode="PAY_PER_REQUEST", hash_key="id",
                   attributes=[{"name": "id", "type": "S"}], server_side_encryption=config.require_object("sse"))
