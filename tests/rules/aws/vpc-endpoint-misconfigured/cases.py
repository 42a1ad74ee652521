import pulumi
import pulumi_aws as aws

config = pulumi.Config()
region = aws.get_region().name
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16", enable_dns_hostnames=True, enable_dns_support=True)
subnets = [aws.ec2.Subnet(f"private-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24") for i in range(2)]
tables = [aws.ec2.RouteTable(f"private-{i}", vpc_id=vpc.id) for i in range(2)]
sg = aws.ec2.SecurityGroup("endpoints", vpc_id=vpc.id, ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=443, to_port=443, cidr_blocks=["10.0.0.0/16"])])

# --- bad


class Network(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:net:Network", name, None, opts)
        self.dynamodb = aws.ec2.VpcEndpoint(
            f"{name}-dynamodb",
            vpc_id=vpc.id,
            service_name="com.amazonaws.us-east-2.dynamodb",
            vpc_endpoint_type="Gateway",
            route_table_ids=[],  # error: [aws/vpc-endpoint-misconfigured]
            opts=pulumi.ResourceOptions(parent=self),
        )


Network("net")
for svc in ["sqs", "sns"]:
    aws.ec2.VpcEndpoint(f"{svc}-endpoint", vpc_id=vpc.id, service_name=f"com.amazonaws.{region}.{svc}", vpc_endpoint_type="Interface",  # error: [aws/vpc-endpoint-misconfigured]
                        subnet_ids=[s.id for s in subnets], security_group_ids=[sg.id], route_table_ids=[t.id for t in tables])  # error: [aws/vpc-endpoint-misconfigured]
aws.ec2.VpcEndpoint("s3", vpc_id=vpc.id, service_name=f"com.amazonaws.{region}.s3", route_table_ids=[s.id for s in subnets])  # error: [aws/vpc-endpoint-misconfigured]

# --- clean
aws.ec2.VpcEndpoint("s3-ok", vpc_id=vpc.id, service_name=f"com.amazonaws.{region}.s3", route_table_ids=[t.id for t in tables])
aws.ec2.VpcEndpoint("logs", vpc_id=vpc.id, service_name=f"com.amazonaws.{region}.logs", vpc_endpoint_type="Interface",
                    subnet_ids=[s.id for s in subnets], security_group_ids=[sg.id], private_dns_enabled=True)

# --- unknown
aws.ec2.VpcEndpoint("cfg", vpc_id=vpc.id, service_name=config.require("service"), vpc_endpoint_type="Interface",
                    subnet_ids=config.require_object("subnets"), security_group_ids=[sg.id], private_dns_enabled=config.get_bool("dns"))
