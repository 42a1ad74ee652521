import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
public_a = aws.ec2.Subnet("public-a", vpc_id=vpc.id, cidr_block="10.0.1.0/24", map_public_ip_on_launch=True)
private_a = aws.ec2.Subnet("private-a", vpc_id=vpc.id, cidr_block="10.0.10.0/24", map_public_ip_on_launch=False)
private_b = aws.ec2.Subnet("private-b", vpc_id=vpc.id, cidr_block="10.0.11.0/24", map_public_ip_on_launch=False)

# --- bad
aws.rds.Instance("db", engine="mysql", instance_class="db.t3.micro", allocated_storage=20,
                 publicly_accessible=True)  # error: [security/public-network-exposure]
aws.elasticache.SubnetGroup("cache", subnet_ids=[public_a.id])  # error: [security/public-network-exposure]
aws.lb.LoadBalancer("alb", load_balancer_type="application", internal=False,
                    subnets=[private_a.id, private_b.id])  # error: [security/public-network-exposure]
aws.dms.ReplicationInstance("dms", replication_instance_class="dms.t3.micro", replication_instance_id="dms",
                            publicly_accessible=True)  # error: [security/public-network-exposure]

# --- clean
aws.rds.SubnetGroup("db", subnet_ids=[private_a.id, private_b.id])
aws.lb.LoadBalancer("public-alb", load_balancer_type="application", subnets=[public_a.id])
aws.rds.Instance("private-db", engine="mysql", instance_class="db.t3.micro", allocated_storage=20,
                 publicly_accessible=False)

# --- unknown
aws.rds.SubnetGroup("configured", subnet_ids=config.require_object("subnet_ids"))
aws.rds.Instance("configured-db", engine="mysql", instance_class="db.t3.micro",
                 publicly_accessible=config.get_bool("public"))
