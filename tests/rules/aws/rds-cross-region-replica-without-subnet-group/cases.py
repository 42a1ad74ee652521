import pulumi
import pulumi_aws as aws

config = pulumi.Config()
primary_region = aws.Provider("primary", region="us-east-1")
dr = aws.Provider("dr", region="us-west-2")
primary = aws.rds.Instance(
    "primary",
    engine="postgres",
    instance_class="db.t3.medium",
    allocated_storage=20,
    username="app",
    manage_master_user_password=True,
    backup_retention_period=7,
    skip_final_snapshot=True,
    opts=pulumi.ResourceOptions(provider=primary_region),
)
dr_vpc = aws.ec2.Vpc("dr", cidr_block="10.1.0.0/16", opts=pulumi.ResourceOptions(provider=dr))
dr_sg = aws.ec2.SecurityGroup("dr-db", vpc_id=dr_vpc.id, opts=pulumi.ResourceOptions(provider=dr))
subnet_a = aws.ec2.Subnet("dr-a", vpc_id=dr_vpc.id, cidr_block="10.1.1.0/24", opts=pulumi.ResourceOptions(provider=dr))
subnet_b = aws.ec2.Subnet("dr-b", vpc_id=dr_vpc.id, cidr_block="10.1.2.0/24", opts=pulumi.ResourceOptions(provider=dr))
dr_subnets = aws.rds.SubnetGroup("dr-db", subnet_ids=[subnet_a.id, subnet_b.id], opts=pulumi.ResourceOptions(provider=dr))

# --- bad
aws.rds.Instance(
    "replica",
    replicate_source_db=primary.arn,
    instance_class="db.t3.medium",
    vpc_security_group_ids=[dr_sg.id],  # error: [aws/rds-cross-region-replica-without-subnet-group]
    skip_final_snapshot=True,
    opts=pulumi.ResourceOptions(provider=dr, depends_on=[primary]),
)

# --- clean
aws.rds.Instance(
    "replica-with-subnets",
    replicate_source_db=primary.arn,
    instance_class="db.t3.medium",
    db_subnet_group_name=dr_subnets.name,
    vpc_security_group_ids=[dr_sg.id],
    skip_final_snapshot=True,
    opts=pulumi.ResourceOptions(provider=dr),
)
aws.rds.Instance(
    "same-region-replica",
    replicate_source_db=primary.identifier,
    instance_class="db.t3.medium",
    skip_final_snapshot=True,
    opts=pulumi.ResourceOptions(provider=primary_region),
)

# --- unknown
dr_vpc_lookup = aws.ec2.get_vpc(filters=[aws.ec2.GetVpcFilterArgs(name="tag:Name", values=["dr"])], opts=pulumi.InvokeOptions(provider=dr))
lookup_sg = aws.ec2.SecurityGroup("lookup-db", vpc_id=dr_vpc_lookup.id, opts=pulumi.ResourceOptions(provider=dr))
aws.rds.Instance(
    "replica-lookup",
    replicate_source_db=primary.arn,
    instance_class="db.t3.medium",
    vpc_security_group_ids=[lookup_sg.id],
    skip_final_snapshot=True,
    opts=pulumi.ResourceOptions(provider=dr),
)
aws.rds.Instance(
    "replica-configured",
    replicate_source_db=config.require("sourceArn"),
    instance_class="db.t3.medium",
    vpc_security_group_ids=[dr_sg.id],
    skip_final_snapshot=True,
    opts=pulumi.ResourceOptions(provider=dr),
)
