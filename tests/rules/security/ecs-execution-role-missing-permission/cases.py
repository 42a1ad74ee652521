import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
ECS_TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]})
TASK_EXEC = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"

db_url = aws.ssm.Parameter("db-url", type="SecureString", value=config.require_secret("db_url"))
api_token = aws.secretsmanager.Secret("api-token")


class FargateApp(pulumi.ComponentResource):
    def __init__(self, name, image, policy_arns, secrets=[], opts=None):
        super().__init__("shop:FargateApp", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        role = aws.iam.Role(f"{name}-exec", assume_role_policy=ECS_TRUST, managed_policy_arns=policy_arns, opts=child)
        logs = aws.cloudwatch.LogGroup(f"{name}-logs", retention_in_days=30, opts=child)
        self.task = aws.ecs.TaskDefinition(
            f"{name}-task",
            family=name,
            requires_compatibilities=["FARGATE"],
            network_mode="awsvpc",
            cpu="1024",
            memory="2048",
            execution_role_arn=role.arn,  # error: [security/ecs-execution-role-missing-permission]
            container_definitions=pulumi.Output.json_dumps([
                {
                    "name": name,
                    "image": image,
                    "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": logs.name, "awslogs-region": "eu-west-1", "awslogs-stream-prefix": name}},
                    "secrets": secrets,
                }
            ]),
            opts=child,
        )
        self.register_outputs({})


repo = aws.ecr.Repository("catalog")

# --- bad
# Both are reported at the component's `execution_role_arn` line: the ECR image and log stream
# without any policy, and an SSM parameter without a read policy.
FargateApp("catalog", repo.repository_url.apply(lambda u: f"{u}:2.1"), [])
FargateApp("search", "opensearchproject/opensearch:2", [TASK_EXEC], [{"name": "DB_URL", "valueFrom": db_url.arn}])

# --- clean
FargateApp("cart", repo.repository_url, [TASK_EXEC, "arn:aws:iam::aws:policy/AmazonSSMReadOnlyAccess"], [{"name": "DB_URL", "valueFrom": db_url.arn}])

# --- unknown
FargateApp("pricing", repo.repository_url, [TASK_EXEC, config.require("secrets_policy_arn")], [{"name": "TOKEN", "valueFrom": api_token.arn}])
FargateApp("promo", "nginx:1.27", [TASK_EXEC], [{"name": "TOKEN", "valueFrom": config.require("token_ref")}])
