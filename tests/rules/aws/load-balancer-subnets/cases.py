import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
public_subnet = aws.ec2.Subnet("public", vpc_id=vpc.id, cidr_block="10.0.0.0/24", availability_zone="us-east-1a", map_public_ip_on_launch=True)
private_subnet = aws.ec2.Subnet("private", vpc_id=vpc.id, cidr_block="10.0.1.0/24", availability_zone="us-east-1b")
public_b = aws.ec2.Subnet("public-b", vpc_id=vpc.id, cidr_block="10.0.2.0/24", availability_zone="us-east-1b", map_public_ip_on_launch=True)

# --- bad
aws.lb.LoadBalancer("single", load_balancer_type="application", subnets=[public_subnet.id])  # error: [aws/load-balancer-subnets]
aws.lb.LoadBalancer("mixed", subnets=[public_subnet.id, private_subnet.id])  # error: [aws/load-balancer-subnets]

# --- clean
aws.lb.LoadBalancer("ok", load_balancer_type="application", subnets=[public_subnet.id, public_b.id])
aws.lb.LoadBalancer("mappings", subnet_mappings=[{"subnet_id": public_subnet.id}, {"subnet_id": public_b.id}])

# --- unknown
azs = aws.get_availability_zones().names
subnets = []
for i, az in enumerate(azs):
    subnets.append(aws.ec2.Subnet(f"s{i}", vpc_id=vpc.id, cidr_block=f"10.0.{10 + i}.0/24", availability_zone=az))
aws.lb.LoadBalancer("from-loop", subnets=[s.id for s in subnets])
