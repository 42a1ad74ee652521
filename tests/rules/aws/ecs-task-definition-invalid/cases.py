import json
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = aws.iam.Role("exec", assume_role_policy="{}")
log_group = aws.cloudwatch.LogGroup("app", retention_in_days=14)

# --- bad
for size in [("256", "512"), ("512", "512")]:  # error: [aws/ecs-task-definition-invalid]
    aws.ecs.TaskDefinition(f"task-{size[1]}", family="app", requires_compatibilities=["FARGATE"], network_mode="awsvpc",
                           cpu=size[0], memory=size[1], execution_role_arn=role.arn,
                           container_definitions=json.dumps([{"name": "app", "image": "nginx:1.27"}]))


class Worker(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:app:Worker", name, None, opts)
        self.task = aws.ecs.TaskDefinition(  # error: [aws/ecs-task-definition-invalid]
            f"{name}-task",
            family=name,
            requires_compatibilities=["FARGATE"],
            network_mode="awsvpc",
            cpu="256",
            memory="512",
            container_definitions=log_group.name.apply(lambda group: json.dumps([{
                "name": "worker",
                "image": "public.ecr.aws/docker/library/python:3.12",
                "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": group}},
            }])),
            opts=pulumi.ResourceOptions(parent=self),
        )


Worker("worker")
aws.ecs.TaskDefinition("all-optional", family="x",
                       container_definitions=json.dumps([{"name": "a", "image": "nginx", "essential": False}, {"name": "b", "image": "nginx", "essential": False}]))  # error: [aws/ecs-task-definition-invalid]

# --- clean
aws.ecs.TaskDefinition("ok", family="ok", requires_compatibilities=["FARGATE"], network_mode="awsvpc", cpu=2048, memory=16384, execution_role_arn=role.arn,
                       container_definitions=log_group.name.apply(lambda group: json.dumps([{"name": "app", "image": "nginx", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": group}}}])))

# --- unknown
aws.ecs.TaskDefinition("cfg", family="cfg", requires_compatibilities=["FARGATE"], network_mode="awsvpc", cpu=config.require("cpu"), memory="1024",
                       execution_role_arn=role.arn, container_definitions=json.dumps(config.require_object("containers")))
