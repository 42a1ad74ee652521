import pulumi
import pulumi_aws as aws

config = pulumi.Config()
tgw = aws.ec2transitgateway.TransitGateway("core")
zones = ["us-east-2a", "us-east-2b"]


def spoke(name, cidr, routes):
    vpc = aws.ec2.Vpc(name, cidr_block=cidr)
    table = aws.ec2.RouteTable(name, vpc_id=vpc.id, routes=routes)
    subnets = [aws.ec2.Subnet(f"{name}-{az}", vpc_id=vpc.id, availability_zone=az, cidr_block=cidr.replace("0.0/16", f"{i}.0/24"))
               for i, az in enumerate(zones)]
    for i, s in enumerate(subnets):
        aws.ec2.RouteTableAssociation(f"{name}-{i}", subnet_id=s.id, route_table_id=table.id)
    return vpc, subnets


# --- bad
analytics_vpc, analytics_subnets = spoke("analytics", "172.20.0.0/16", [])
aws.ec2transitgateway.VpcAttachment("analytics", transit_gateway_id=tgw.id, vpc_id=analytics_vpc.id,  # error: [aws/transit-gateway-attachment-incomplete]
                                    subnet_ids=[s.id for s in analytics_subnets])

# --- clean
billing_vpc, billing_subnets = spoke("billing", "172.21.0.0/16", [{"cidr_block": "172.16.0.0/12", "transit_gateway_id": tgw.id}])
aws.ec2transitgateway.VpcAttachment("billing", transit_gateway_id=tgw.id, vpc_id=billing_vpc.id,
                                    subnet_ids=[s.id for s in billing_subnets])

# --- unknown
edge_vpc = aws.ec2.Vpc("edge", cidr_block="172.30.0.0/16")
aws.ec2transitgateway.VpcAttachment("edge", transit_gateway_id=config.require("tgw_id"), vpc_id=edge_vpc.id,
                                    subnet_ids=config.require_object("edge_subnets"))
