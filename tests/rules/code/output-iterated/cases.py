import pulumi
import pulumi_aws as aws

config = pulumi.Config()
zones = aws.get_availability_zones_output(state="available")
cluster = aws.rds.Cluster("ledger", engine="aurora-postgresql", master_username="ledger", manage_master_user_password=True)


class Network(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("acme:net:Network", name, None, opts)
        self.vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block="10.30.0.0/16", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


net = Network("core")

# --- bad
for zone in zones.names:  # error: [code/output-iterated]
    aws.ec2.Subnet(f"data-{zone}", vpc_id=net.vpc.id, cidr_block="10.30.1.0/24", availability_zone=zone)


def member_alarms(c):
    for member in c.cluster_members:  # error: [code/output-iterated]
        aws.cloudwatch.MetricAlarm(f"cpu-{member}", comparison_operator="GreaterThanThreshold", evaluation_periods=1,
                                   metric_name="CPUUtilization", namespace="AWS/RDS", period=300, statistic="Average", threshold=80)


member_alarms(cluster)

# --- clean
for zone in config.require_object("zones"):
    aws.ec2.Subnet(f"app-{zone}", vpc_id=net.vpc.id, cidr_block="10.30.2.0/24", availability_zone=zone)
plain_zones = aws.get_availability_zones(state="available")
for zone in plain_zones.names:
    aws.ec2.Subnet(f"lookup-{zone}", vpc_id=net.vpc.id, cidr_block="10.30.3.0/24", availability_zone=zone)
zones.names.apply(lambda ns: [pulumi.log.info(n) for n in ns])
pulumi.export("vpc_id", net.vpc.id)

# --- unknown
def each(items):
    return [i for i in items]
