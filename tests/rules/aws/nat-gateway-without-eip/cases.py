import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
public_subnets = [aws.ec2.Subnet(f"pub-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24") for i in range(3)]

# --- bad
nat_gateways = []
for i, subnet in enumerate(public_subnets[:1]):
    nat = aws.ec2.NatGateway(f"nat-{i}", subnet_id=subnet.id)  # error: [aws/nat-gateway-without-eip]
    nat_gateways.append(nat)
rt = aws.ec2.RouteTable("private", vpc_id=vpc.id,
    routes=[aws.ec2.RouteTableRouteArgs(cidr_block="0.0.0.0/0")])  # error: [aws/nat-gateway-without-eip]

# --- clean
eip = aws.ec2.Eip("nat", domain="vpc")
good_nat = aws.ec2.NatGateway("nat-ok", subnet_id=public_subnets[0].id, allocation_id=eip.id)
aws.ec2.Route("to-nat", route_table_id=rt.id, destination_cidr_block="0.0.0.0/0", nat_gateway_id=good_nat.id)
aws.ec2.Route("to-peer", route_table_id=rt.id, destination_cidr_block="0.0.0.0/0", vpc_peering_connection_id="pcx-123")

# --- unknown
aws.ec2.NatGateway("nat-config", subnet_id=public_subnets[0].id, allocation_id=config.require("eip"))
