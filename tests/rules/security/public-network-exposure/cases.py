import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
public_a = aws.ec2.Subnet("public-a", vpc_id=vpc.id, cidr_block="10.0.1.0/24", map_public_ip_on_launch=True)
private_a = aws.ec2.Subnet("private-a", vpc_id=vpc.id, cidr_block="10.0.10.0/24", map_public_ip_on_launch=False)
private_b = aws.ec2.Subnet("private-b", vpc_id=vpc.id, cidr_block="10.0.11.0/24", map_public_ip_on_launch=False)

igw = aws.ec2.InternetGateway("igw", vpc_id=vpc.id)
nat = aws.ec2.NatGateway("nat", subnet_id=public_a.id, allocation_id=aws.ec2.Eip("nat-eip", domain="vpc").id)
public_rt = aws.ec2.RouteTable("public-rt", vpc_id=vpc.id)
aws.ec2.Route("public-default", route_table_id=public_rt.id, destination_cidr_block="0.0.0.0/0", gateway_id=igw.id)
app_rt = aws.ec2.RouteTable("app-rt", vpc_id=vpc.id, routes=[
    aws.ec2.RouteTableRouteArgs(cidr_block="0.0.0.0/0", nat_gateway_id=nat.id),
])
routed = []
app = []
for i in range(2):
    r = aws.ec2.Subnet(f"routed-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{20 + i}.0/24")
    aws.ec2.RouteTableAssociation(f"routed-{i}", subnet_id=r.id, route_table_id=public_rt.id)
    routed.append(r)
    a = aws.ec2.Subnet(f"app-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{30 + i}.0/24", map_public_ip_on_launch=True)
    aws.ec2.RouteTableAssociation(f"app-{i}", subnet_id=a.id, route_table_id=app_rt.id)
    app.append(a)
main_only = aws.ec2.Subnet("main-only", vpc_id=vpc.id, cidr_block="10.0.40.0/24", map_public_ip_on_launch=True)
maybe_rt = aws.ec2.RouteTable("maybe-rt", vpc_id=vpc.id)
aws.ec2.Route("maybe-default", route_table_id=maybe_rt.id, destination_cidr_block="0.0.0.0/0",
              gateway_id=config.require("gateway_id"))
maybe_routed = aws.ec2.Subnet("maybe-routed", vpc_id=vpc.id, cidr_block="10.0.41.0/24", map_public_ip_on_launch=True)
aws.ec2.RouteTableAssociation("maybe-routed", subnet_id=maybe_routed.id, route_table_id=maybe_rt.id)
isolated_vpc = aws.ec2.Vpc("isolated", cidr_block="10.1.0.0/16")
isolated = [aws.ec2.Subnet(f"isolated-{i}", vpc_id=isolated_vpc.id, cidr_block=f"10.1.{i}.0/24") for i in range(2)]

# --- bad
aws.rds.Instance("db", engine="mysql", instance_class="db.t3.micro", allocated_storage=20,
                 publicly_accessible=True)  # error: [security/public-network-exposure]
aws.elasticache.SubnetGroup("cache", subnet_ids=[public_a.id])  # error: [security/public-network-exposure]
aws.ecs.Service("svc", cluster="c", task_definition="t", launch_type="FARGATE",
                network_configuration={"subnets": [private_a.id], "assign_public_ip": True})  # error: [security/public-network-exposure]
aws.lb.LoadBalancer("alb", load_balancer_type="application", internal=False,
                    subnets=[private_a.id, private_b.id])  # error: [security/public-network-exposure]
aws.lb.LoadBalancer("nat-only", load_balancer_type="application",
                    subnets=[s.id for s in app])  # error: [security/public-network-exposure]
aws.lb.LoadBalancer("isolated-nlb", load_balancer_type="network",
                    subnets=[s.id for s in isolated])  # error: [security/public-network-exposure]
aws.dms.ReplicationInstance("dms", replication_instance_class="dms.t3.micro", replication_instance_id="dms",
                            publicly_accessible=True)  # error: [security/public-network-exposure]

aws.lambda_.FunctionUrl("hook", function_name="webhook", authorization_type="NONE")  # error: [security/public-network-exposure]

# --- clean
aws.rds.SubnetGroup("db", subnet_ids=[private_a.id, private_b.id])
aws.lb.LoadBalancer("public-alb", load_balancer_type="application", subnets=[public_a.id])
aws.lb.LoadBalancer("routed-alb", load_balancer_type="application", subnets=[s.id for s in routed])
aws.lb.LoadBalancer("internal-isolated", internal=True, subnets=[s.id for s in isolated])
aws.lb.LoadBalancer("internal-alb", load_balancer_type="application", internal=True, subnets=[s.id for s in app])
aws.rds.Instance("private-db", engine="mysql", instance_class="db.t3.micro", allocated_storage=20,
                 publicly_accessible=False)

# --- unknown
aws.rds.SubnetGroup("configured", subnet_ids=config.require_object("subnet_ids"))
aws.rds.Instance("configured-db", engine="mysql", instance_class="db.t3.micro",
                 publicly_accessible=config.get_bool("public"))
aws.lb.LoadBalancer("main-table", load_balancer_type="application", subnets=[app[0].id, main_only.id])
aws.lb.LoadBalancer("maybe-routed", load_balancer_type="network", subnets=[app[0].id, maybe_routed.id])
