import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.ec2.Instance(
    "bastion",
    ami="ami-12345678",  # error: [aws/hardcoded-resource-id]
    instance_type="t3.micro",
)
aws.ec2.SecurityGroup("db", vpc_id="vpc-0abcdef1234567890")  # error: [aws/hardcoded-resource-id]
aws.ec2.Route("to-peer", route_table_id="rtb-0123456789abcdef0", destination_cidr_block="10.1.0.0/16")  # error: [aws/hardcoded-resource-id]

shared_vpc = aws.ec2.get_vpc(id="vpc-0123456789abcdef0")  # error: [aws/hardcoded-resource-id]
pulumi.export("shared_vpc_cidr", shared_vpc.cidr_block)
shared_subnets = aws.ec2.get_subnets_output(
    filters=[aws.ec2.GetSubnetsFilterArgs(name="vpc-id", values=["vpc-0fedcba9876543210"])],  # error: [aws/hardcoded-resource-id]
)
pulumi.export("shared_subnets", shared_subnets.ids)

# A made-up id (16 hex digits counting up) and a made-up fallback of a configured value.
aws.ec2.SecurityGroup("app", vpc_id="vpc-0123456789abcdef")  # error: [aws/hardcoded-resource-id]
aws.ec2.Instance("app", ami=config.get("ami") or "ami-12345678", instance_type="t3.micro")  # error: [aws/hardcoded-resource-id]

# Other EC2-style ids: an instance, a network interface, a volume.
aws.ec2.Eip("bastion-ip", instance="i-0f3a9c27b81d4e605")  # error: [aws/hardcoded-resource-id]
aws.ec2.NetworkInterfaceAttachment("nic", instance_id=config.require("instanceId"), network_interface_id="eni-04c2e7b9a1d3f5086", device_index=1)  # error: [aws/hardcoded-resource-id]
aws.ec2.VolumeAttachment("data", device_name="/dev/sdf", volume_id="vol-0e8d2b6c4a1f3957d", instance_id=config.require("instanceId"))  # error: [aws/hardcoded-resource-id]

# KMS keys: the documentation's example key id is made up; a real-looking key id or key ARN
# with a computed account exists in one account and region only.
aws.sqs.Queue("jobs", kms_master_key_id="1234abcd-12ab-34cd-56ef-1234567890ab")  # error: [aws/hardcoded-resource-id]
aws.sns.Topic("alerts", kms_master_key_id="3f9c2d7e-8b41-4a6f-9e2d-5c7b1a0e4f83")  # error: [aws/hardcoded-resource-id]
caller = aws.get_caller_identity()
aws.cloudwatch.LogGroup("app", kms_key_id=f"arn:aws:kms:us-east-1:{caller.account_id}:key/mrk-3f9c2d7e8b414a6f9e2d5c7b1a0e4f83")  # error: [aws/hardcoded-resource-id]

# --- clean
region = aws.get_region()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
aws.ec2.VpcEndpoint("s3", vpc_id=vpc.id, service_name=f"com.amazonaws.{region.name}.s3")
aws.ec2.Subnet("private", vpc_id=vpc.id, cidr_block="10.0.1.0/24", tags={"Origin": "vpc-0abcdef1234567890"})

pulumi.export("own_subnets", aws.ec2.get_subnets_output(filters=[aws.ec2.GetSubnetsFilterArgs(name="vpc-id", values=[vpc.id])]).ids)
pulumi.export("tagged_vpc", aws.ec2.get_vpc_output(tags={"Name": "shared-vpc"}).id)

data_volume = aws.ebs.Volume("data-vol", availability_zone="us-east-1a", size=20)
aws.ec2.VolumeAttachment("data-own", device_name="/dev/sdg", volume_id=data_volume.id, instance_id=config.require("instanceId"))

key = aws.kms.Key("data", enable_key_rotation=True)
aws.sqs.Queue("orders", kms_master_key_id=key.id)
aws.sqs.Queue("events", kms_master_key_id="alias/aws/sqs")
aws.ssm.Parameter("trace", type="String", value="3f9c2d7e-8b41-4a6f-9e2d-5c7b1a0e4f83")

# --- unknown
aws.sqs.Queue("audit", kms_master_key_id=config.require("kmsKeyId"))
aws.ec2.Eip("configured-ip", instance=config.require("instanceId"))
aws.ec2.Instance("configured", ami=config.get("ami") or "ami-0c55b159cbfafe1f0", instance_type="t3.micro")
pulumi.export("configured_vpc", aws.ec2.get_vpc_output(id=config.get("vpc_id") or "vpc-0123456789abcdef0").id)
