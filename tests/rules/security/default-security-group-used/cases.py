import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
fs = aws.efs.FileSystem("fs", encrypted=True)
for i, subnet in enumerate(["subnet-1", "subnet-2"]):
    aws.efs.MountTarget(f"fs-{i}", file_system_id=fs.id, subnet_id=subnet)  # error: [security/default-security-group-used]

group = aws.rds.SubnetGroup("db", subnet_ids=["subnet-1", "subnet-2"])
aws.rds.Cluster("aurora", engine="aurora-mysql", master_username="app", manage_master_user_password=True,  # error: [security/default-security-group-used]
                storage_encrypted=True, db_subnet_group_name=group.name)

# --- clean
sg = aws.ec2.SecurityGroup("efs", vpc_id="vpc-1")
aws.efs.MountTarget("fs-ok", file_system_id=fs.id, subnet_id="subnet-3", security_groups=[sg.id])

# --- unknown
aws.rds.Cluster("configured", engine="aurora-mysql", db_subnet_group_name=group.name,
                vpc_security_group_ids=config.require_object("sgs"))

# --- bad: the default group looked up with a filter
default_sg = aws.ec2.get_security_group(filters=[{"name": "group-name", "values": ["default"]}, {"name": "vpc-id", "values": ["vpc-1"]}])
aws.rds.Cluster("aurora-default", engine="aurora-mysql", db_subnet_group_name=group.name,
                vpc_security_group_ids=[default_sg.id])  # error: [security/default-security-group-used]

# --- unknown: a group looked up by a configured name
configured_sg = aws.ec2.get_security_group(name=config.require("db_sg"))
aws.rds.Cluster("aurora-configured-sg", engine="aurora-mysql", db_subnet_group_name=group.name, vpc_security_group_ids=[configured_sg.id])
