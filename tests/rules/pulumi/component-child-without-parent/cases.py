import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


def make_role(name):
    return aws.iam.Role(f"{name}-role", assume_role_policy="{}")


# --- bad
# Three children without a parent (one made by a helper function): one finding, at the first.
class TapStack(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.table = aws.dynamodb.Table(  # error: [pulumi/component-child-without-parent]
            f"{name}-table",
            hash_key="id",
            attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
        )
        self.role = make_role(name)
        self.bucket = aws.s3.BucketV2(f"{name}-bucket", opts=ResourceOptions(parent=self))
        aws.sqs.Queue(f"{name}-queue", opts=opts)
        self.register_outputs({"table": self.table.name})


class Alerts(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:alerts:Alerts", name, None, opts)
        self.topic = aws.sns.Topic(f"{name}-topic", opts=ResourceOptions(parent=self))
        self.queue = aws.sqs.Queue(f"{name}-queue")  # error: [pulumi/component-child-without-parent]
        self.register_outputs({})


# --- clean
class Storage(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:storage:Storage", name, None, opts)
        self.bucket = aws.s3.BucketV2(f"{name}-bucket", opts=ResourceOptions(parent=self))
        aws.s3.BucketVersioningV2(
            f"{name}-versioning",
            bucket=self.bucket.id,
            versioning_configuration={"status": "Enabled"},
            opts=ResourceOptions(parent=self.bucket),
        )
        self.register_outputs({})


# --- unknown
class Reusable(pulumi.ComponentResource):
    def __init__(self, name, child_opts, opts=None):
        super().__init__("tap:reusable:Reusable", name, None, opts)
        aws.sqs.Queue(f"{name}-queue", opts=child_opts)


stack = TapStack("tap")
Alerts("alerts")
Storage("storage")
aws.s3.BucketV2("top-level")
pulumi.export("table", stack.table.name)
