import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")

# --- bad
aws.sns.Topic("alerts")
aws.sns.Topic("alerts", display_name="Alerts")  # error: [naming/duplicate-resource-name]


class Stack(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:stack:Stack", name, None, opts)
        self.vpcs = self.create_vpcs()
        primary = list(self.create_vpcs().values())[0]
        self.register_outputs({"vpc": primary.id})

    def create_vpcs(self):
        return {
            "primary": aws.ec2.Vpc("primary-vpc", cidr_block="10.1.0.0/16", opts=pulumi.ResourceOptions(parent=self)),  # error: [naming/duplicate-resource-name]
        }


Stack("stack")


class Tenant(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:tenant:Tenant", name, None, opts)
        aws.s3.BucketV2("data", opts=pulumi.ResourceOptions(parent=self))  # error: [naming/duplicate-resource-name]
        aws.s3.BucketV2("logs", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


for tenant in ["acme", "globex"]:
    Tenant(tenant)


class Network(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:net:Network", name, None, opts)
        self.register_outputs({})


Network("network")
Network("network")

# --- clean
for i, cidr in enumerate(["10.0.3.0/24", "10.0.4.0/24"]):
    aws.ec2.Subnet(f"public-{i}-{environment_suffix}", vpc_id=vpc.id, cidr_block=cidr)
if config.get_bool("fifo"):
    aws.sqs.Queue("events", fifo_queue=True)
else:
    aws.sqs.Queue("events")

# --- unknown
for name in config.require_object("queues"):
    aws.sqs.Queue(name)
