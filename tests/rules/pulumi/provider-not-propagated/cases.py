import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class Network(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:network:Network", name, None, opts)
        # --- clean
        self.vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block="10.0.0.0/16", opts=ResourceOptions(parent=self))
        aws.iam.Role(f"{name}-flow-logs", assume_role_policy="{}")
        # --- bad
        aws.ec2.FlowLog(  # error: [pulumi/provider-not-propagated]
            f"{name}-flow-log",
            vpc_id=self.vpc.id,
            traffic_type="ALL",
            log_destination_type="s3",
            log_destination="arn:aws:s3:::flow-logs",
        )
        self.register_outputs({"vpc_id": self.vpc.id})


# --- unknown
def bucket_with(name, opts):
    return aws.s3.BucketV2(name, opts=opts)


west = aws.Provider("west", region="us-west-2")
network = Network("network", opts=ResourceOptions(provider=west))
pulumi.export("vpc", network.vpc.id)
