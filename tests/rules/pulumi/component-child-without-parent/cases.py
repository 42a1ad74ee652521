import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


def make_role(name):
    return aws.iam.Role(f"{name}-role", assume_role_policy="{}")  # error: [pulumi/component-child-without-parent]


class TapStack(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        # --- bad
        self.table = aws.dynamodb.Table(  # error: [pulumi/component-child-without-parent]
            f"{name}-table",
            hash_key="id",
            attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
        )
        self.role = make_role(name)

        # --- clean
        self.bucket = aws.s3.BucketV2(f"{name}-bucket", opts=ResourceOptions(parent=self))
        aws.s3.BucketVersioningV2(
            f"{name}-versioning",
            bucket=self.bucket.id,
            versioning_configuration={"status": "Enabled"},
            opts=ResourceOptions(parent=self.bucket),
        )

        aws.sqs.Queue(f"{name}-queue", opts=opts)  # error: [pulumi/component-child-without-parent]
        self.register_outputs({"table": self.table.name})


# --- unknown
class Reusable(pulumi.ComponentResource):
    def __init__(self, name, child_opts, opts=None):
        super().__init__("tap:reusable:Reusable", name, None, opts)
        aws.sqs.Queue(f"{name}-queue", opts=child_opts)


stack = TapStack("tap")
aws.s3.BucketV2("top-level")
pulumi.export("table", stack.table.name)
