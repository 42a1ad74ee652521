import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions

config = pulumi.Config()

# --- bad
aws.dynamodb.Table("orders", billing_mode="PAY_PER_REQUEST", hash_key="id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
    opts=ResourceOptions(delete_before_replace=True))  # error: [lifecycle/delete-before-replace-stateful]
aws.efs.FileSystem("fs", encrypted=True, opts=ResourceOptions(delete_before_replace=True))  # error: [lifecycle/delete-before-replace-stateful]

# --- clean
aws.ec2.SecurityGroup("sg", name="web", vpc_id="vpc-1", opts=ResourceOptions(delete_before_replace=True))
aws.dynamodb.Table("events", hash_key="id", attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")])

# --- unknown
aws.dynamodb.Table("configured", hash_key="id", attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
    opts=ResourceOptions(delete_before_replace=config.get_bool("dbr")))
