import pulumi
import pulumi_aws as aws

config = pulumi.Config()


def table(name, attributes, **kwargs):
    return aws.dynamodb.Table(name, billing_mode="PAY_PER_REQUEST", hash_key="id", attributes=attributes, **kwargs)


# --- bad
aws.dynamodb.Table(
    "sessions",
    billing_mode="PAY_PER_REQUEST",
    hash_key="session_id",
    attributes=[
        aws.dynamodb.TableAttributeArgs(name="session_id", type="S"),
        aws.dynamodb.TableAttributeArgs(name="user_id", type="S"),  # error: [aws/dynamodb-key-schema-invalid]
        aws.dynamodb.TableAttributeArgs(name="expires_at", type="N"),
    ],
    ttl=aws.dynamodb.TableTtlArgs(attribute_name="expires_at", enabled=True),
)
table("typed", [{"name": "id", "type": "STRING"}])  # error: [aws/dynamodb-key-schema-invalid]
aws.dynamodb.Table("lsi", billing_mode="PAY_PER_REQUEST", hash_key="id",
    attributes=[{"name": "id", "type": "S"}, {"name": "created", "type": "N"}],
    local_secondary_indexes=[{"name": "by-created", "range_key": "created", "projection_type": "ALL"}])  # error: [aws/dynamodb-key-schema-invalid]

aws.dynamodb.Table("gsi-capacity", billing_mode="PAY_PER_REQUEST", hash_key="id",
    attributes=[{"name": "id", "type": "S"}, {"name": "status", "type": "S"}],
    global_secondary_indexes=[aws.dynamodb.TableGlobalSecondaryIndexArgs(name="by-status", hash_key="status", projection_type="ALL",
        read_capacity=5,  # error: [aws/dynamodb-key-schema-invalid]
        write_capacity=5)])

# --- clean
table("ok", [{"name": "id", "type": "S"}], ttl={"attribute_name": "expires_at", "enabled": True})

# --- unknown
table("configured", config.require_object("attributes"))
