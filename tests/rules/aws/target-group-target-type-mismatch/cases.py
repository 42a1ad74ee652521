import json
import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad


class Service(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:app:Service", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        task = aws.ecs.TaskDefinition(f"{name}-task", family=name, requires_compatibilities=["FARGATE"], network_mode="awsvpc", cpu="256", memory="512",
                                      container_definitions=json.dumps([{"name": "app", "image": "nginx", "portMappings": [{"containerPort": 8080}]}]), opts=child)
        tg = aws.lb.TargetGroup(f"{name}-tg", port=8080, protocol="HTTP", vpc_id="vpc-1", opts=child)  # error: [aws/target-group-target-type-mismatch]
        aws.ecs.Service(f"{name}-svc", cluster="c", task_definition=task.arn, launch_type="FARGATE", network_configuration={"subnets": ["subnet-1"]},
                        load_balancers=[{"target_group_arn": tg.arn, "container_name": "app", "container_port": 8080}], opts=child)


Service("api")

# --- clean
tg = aws.lb.TargetGroup("web", port=80, protocol="HTTP", vpc_id="vpc-1")
aws.autoscaling.Group("web", min_size=1, max_size=2, vpc_zone_identifiers=["subnet-1"], target_group_arns=[tg.arn],
                      launch_template={"id": "lt-0123456789abcdef0", "version": "$Latest"})

# --- unknown
other = aws.lb.TargetGroup("other", port=80, protocol="HTTP", vpc_id="vpc-1", target_type=config.get("target_type"))
aws.autoscaling.Group("other", min_size=1, max_size=2, vpc_zone_identifiers=["subnet-1"], target_group_arns=[other.arn],
                      launch_template={"id": "lt-0123456789abcdef0", "version": "$Latest"})
