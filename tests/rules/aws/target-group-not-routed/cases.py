import pulumi
import pulumi_aws as aws

config = pulumi.Config()
subnets = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
alb = aws.lb.LoadBalancer("alb", subnets=subnets)

# --- bad
tgs = [aws.lb.TargetGroup(f"svc-{i}", port=8080, protocol="HTTP", target_type="ip", vpc_id="vpc-1", health_check={"path": "/"}) for i in range(2)]  # error: [aws/target-group-not-routed]
for i, tg in enumerate(tgs):
    aws.ecs.Service(f"svc-{i}", cluster="c", task_definition="td", launch_type="FARGATE",
                    network_configuration={"subnets": subnets},
                    load_balancers=[aws.ecs.ServiceLoadBalancerArgs(target_group_arn=tg.arn, container_name="app", container_port=8080)])

# --- clean
ok = aws.lb.TargetGroup("ok", port=8080, protocol="HTTP", target_type="ip", vpc_id="vpc-1", health_check={"path": "/"})
aws.lb.Listener("http", load_balancer_arn=alb.arn, port=80, protocol="HTTP", default_actions=[{"type": "forward", "target_group_arn": ok.arn}])
aws.ecs.Service("ok", cluster="c", task_definition="td", launch_type="FARGATE", network_configuration={"subnets": subnets},
                load_balancers=[{"target_group_arn": ok.arn, "container_name": "app", "container_port": 8080}])

# --- unknown
if config.get_bool("canary"):
    canary = aws.lb.TargetGroup("canary", port=8080, protocol="HTTP", target_type="ip", vpc_id="vpc-1", health_check={"path": "/"})
    aws.ecs.Service("canary", cluster="c", task_definition="td", launch_type="FARGATE", network_configuration={"subnets": subnets},
                    load_balancers=[{"target_group_arn": canary.arn, "container_name": "app", "container_port": 8080}])
