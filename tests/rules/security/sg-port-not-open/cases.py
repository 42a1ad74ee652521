import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")


# --- bad
class Database(pulumi.ComponentResource):
    def __init__(self, name, app_sg, opts=None):
        super().__init__("tap:db:Database", name, None, opts)
        self.sg = aws.ec2.SecurityGroup(
            f"{name}-sg",
            vpc_id=vpc.id,
            ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=5432, to_port=5432,
                                                      security_groups=[app_sg.id])],
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.cluster = aws.rds.Cluster(
            f"{name}-cluster",
            engine="aurora-mysql",
            master_username="app",
            manage_master_user_password=True,
            storage_encrypted=True,
            vpc_security_group_ids=[self.sg.id],  # error: [security/sg-port-not-open]
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({})


Database("orders", aws.ec2.SecurityGroup("app", vpc_id=vpc.id))

alb_sg = aws.ec2.SecurityGroup("alb", vpc_id=vpc.id, ingress=[
    {"protocol": "tcp", "from_port": 80, "to_port": 80, "cidr_blocks": ["0.0.0.0/0"]}])
alb = aws.lb.LoadBalancer("alb", subnets=["subnet-1", "subnet-2"], security_groups=[alb_sg.id])
tg = aws.lb.TargetGroup("tg", port=80, protocol="HTTP", vpc_id=vpc.id)
aws.lb.Listener("https", load_balancer_arn=alb.arn, port=443, protocol="HTTPS",  # error: [security/sg-port-not-open]
                certificate_arn=config.require("cert_arn"),
                default_actions=[{"type": "forward", "target_group_arn": tg.arn}])

# --- clean
aws.lb.Listener("http", load_balancer_arn=alb.arn, port=80, protocol="HTTP",
                default_actions=[{"type": "forward", "target_group_arn": tg.arn}])
redis_sg = aws.ec2.SecurityGroup("redis", vpc_id=vpc.id)
aws.ec2.SecurityGroupRule("redis-in", type="ingress", security_group_id=redis_sg.id, protocol="tcp",
                          from_port=6379, to_port=6379, cidr_blocks=["10.0.0.0/16"])
aws.elasticache.ReplicationGroup("redis", description="cache", node_type="cache.t3.micro",
                                 security_group_ids=[redis_sg.id])

# --- unknown
aws.rds.Instance("pg", engine="postgres", instance_class="db.t3.micro", vpc_security_group_ids=config.require_object("sgs"))
