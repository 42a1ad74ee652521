import pulumi
import pulumi_aws as aws

# A program that builds no VPC of its own: databases without a subnet group and without a
# security group land in the default VPC with its default group.
config = pulumi.Config()

# --- bad
for env in ["blue", "green"]:
    aws.rds.Cluster(f"aurora-{env}", engine="aurora-mysql", master_username="app",  # error: [aws/database-in-default-vpc]
                    manage_master_user_password=True)


def make_cache(name):
    return aws.elasticache.ReplicationGroup(name, description="cache", node_type="cache.t3.micro")  # error: [aws/database-in-default-vpc]


make_cache("sessions")

# --- clean
default_vpc_sg = aws.ec2.SecurityGroup("db", description="database in the default VPC")
aws.rds.Instance("placed", engine="postgres", instance_class="db.t3.micro", allocated_storage=20, username="app",
                 manage_master_user_password=True, vpc_security_group_ids=[default_vpc_sg.id])
group = aws.elasticache.ReplicationGroup("cache", description="cache", node_type="cache.t3.micro", security_group_ids=[default_vpc_sg.id])
aws.elasticache.Cluster("cache-member", replication_group_id=group.id)

# --- unknown
aws.rds.Instance("configured", engine="postgres", instance_class="db.t3.micro", **config.require_object("network"))
