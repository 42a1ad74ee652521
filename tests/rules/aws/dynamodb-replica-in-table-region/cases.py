import pulumi
import pulumi_aws as aws

config = pulumi.Config()
regions = ["us-east-1", "us-west-2"]
primary = aws.Provider("primary", region=regions[0])

# --- bad
aws.dynamodb.Table("orders", billing_mode="PAY_PER_REQUEST", hash_key="id", attributes=[{"name": "id", "type": "S"}],
                   stream_enabled=True, stream_view_type="NEW_AND_OLD_IMAGES",
                   replicas=[aws.dynamodb.TableReplicaArgs(region_name=r) for r in regions],  # error: [aws/dynamodb-replica-in-table-region]
                   opts=pulumi.ResourceOptions(provider=primary))

# --- clean
aws.dynamodb.Table("ok", billing_mode="PAY_PER_REQUEST", hash_key="id", attributes=[{"name": "id", "type": "S"}],
                   stream_enabled=True, stream_view_type="NEW_AND_OLD_IMAGES",
                   replicas=[{"region_name": r} for r in regions[1:]], opts=pulumi.ResourceOptions(provider=primary))

# --- unknown
aws.dynamodb.Table("cfg", billing_mode="PAY_PER_REQUEST", hash_key="id", attributes=[{"name": "id", "type": "S"}],
                   replicas=[{"region_name": config.require("region")}], opts=pulumi.ResourceOptions(provider=primary))
