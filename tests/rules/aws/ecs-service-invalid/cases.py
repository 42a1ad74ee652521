import json
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
cluster = aws.ecs.Cluster("cluster")
task = aws.ecs.TaskDefinition("app", family="app", requires_compatibilities=["FARGATE"], network_mode="awsvpc", cpu="256", memory="512",
                              execution_role_arn="arn:aws:iam::123456789012:role/exec",
                              container_definitions=json.dumps([{"name": "web", "image": "nginx:1.27", "portMappings": [{"containerPort": 80}]}]))

# --- bad


class App(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:app:App", name, None, opts)
        for i in range(2):
            aws.ecs.Service(
                f"{name}-svc-{i}",
                cluster=cluster.arn,
                task_definition=task.arn,
                launch_type="FARGATE",  # error: [aws/ecs-service-invalid]
                capacity_provider_strategies=[aws.ecs.ServiceCapacityProviderStrategyArgs(capacity_provider="FARGATE", weight=1)],
                network_configuration=aws.ecs.ServiceNetworkConfigurationArgs(subnets=["subnet-0123456789abcdef0"]),
                opts=pulumi.ResourceOptions(parent=self),
            )


App("app")
aws.ecs.Service("spread", cluster=cluster.arn, task_definition=task.arn,
                capacity_provider_strategies=[{"capacity_provider": "FARGATE_SPOT", "weight": 1}],
                network_configuration={"subnets": ["subnet-0123456789abcdef0"]},
                placement_constraints=[{"type": "distinctInstance"}])  # error: [aws/ecs-service-invalid]
aws.ecs.Service("no-net", cluster=cluster.arn, task_definition=task.arn, desired_count=2)  # error: [aws/ecs-service-invalid]

# --- clean
aws.ecs.Service("ok", cluster=cluster.arn, task_definition=task.arn, launch_type="FARGATE",
                network_configuration={"subnets": ["subnet-0123456789abcdef0"]},
                load_balancers=[{"target_group_arn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/1", "container_name": "web", "container_port": 80}])

# --- unknown
aws.ecs.Service("cfg", cluster=cluster.arn, task_definition=config.require("task"), launch_type=config.get("launch_type"))
