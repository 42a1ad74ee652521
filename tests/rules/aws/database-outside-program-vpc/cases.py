import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("app", cidr_block="10.0.0.0/16")
subnets = [aws.ec2.Subnet(f"private-{i}", vpc_id=vpc.id, cidr_block=cidr) for i, cidr in enumerate(["10.0.1.0/24", "10.0.2.0/24"])]
db_subnets = aws.rds.SubnetGroup("db", subnet_ids=[s.id for s in subnets])
db_sg = aws.ec2.SecurityGroup("db", vpc_id=vpc.id)

# --- bad
for env in ["blue", "green"]:
    aws.rds.Cluster(f"aurora-{env}", engine="aurora-mysql", master_username="app",
                    manage_master_user_password=True, vpc_security_group_ids=[db_sg.id])  # error: [aws/database-outside-program-vpc]


def make_db(name):
    return aws.rds.Instance(name, engine="postgres", instance_class="db.t3.micro", allocated_storage=20,  # error: [aws/database-outside-program-vpc]
                            username="app", manage_master_user_password=True)


make_db("orders")

# --- clean
aws.rds.Instance("placed", engine="postgres", instance_class="db.t3.micro", allocated_storage=20, username="app",
                 manage_master_user_password=True, db_subnet_group_name=db_subnets.name, vpc_security_group_ids=[db_sg.id])
cache_subnets = aws.elasticache.SubnetGroup("cache", subnet_ids=[s.id for s in subnets])
group = aws.elasticache.ReplicationGroup("cache", description="cache", node_type="cache.t3.micro", subnet_group_name=cache_subnets.name)
aws.elasticache.Cluster("cache-member", replication_group_id=group.id)

# --- unknown
aws.rds.Instance("configured", engine="postgres", instance_class="db.t3.micro", **config.require_object("network"))
