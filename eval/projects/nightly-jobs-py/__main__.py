import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
alert_email = config.require("alertEmail")

ACCOUNT_ID = "123456789012"
USER_POOL_ID = "us-east-1_AbCdEfGhI"

alerts = aws.sns.Topic("job-alerts")
aws.sns.TopicSubscription("job-alerts-email", topic=alerts.arn, protocol="email", endpoint=alert_email)

metrics_secret = aws.secretsmanager.Secret("metrics-api", name="nightly/metrics-api")
aws.secretsmanager.SecretVersion(
    "metrics-api-value",
    secret_id=metrics_secret.id,
    secret_string=json.dumps({"api_key": "mk_live_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"}),
)

role = aws.iam.Role(
    "jobs-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
            ],
        }
    ),
)
aws.iam.RolePolicyAttachment(
    "jobs-basic",
    role=role.name,
    policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
)
aws.iam.RolePolicy(
    "jobs-policy",
    role=role.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": "ses:*", "Resource": "*"},
                {
                    "Effect": "Allow",
                    "Action": "secretsmanager:GetSecretValue",
                    "Resource": f"arn:aws:secretsmanager:us-east-1:{ACCOUNT_ID}:secret:nightly/*",
                },
                {
                    "Effect": "Allow",
                    "Action": ["cognito-idp:ListUsers", "cognito-idp:AdminDeleteUser"],
                    "Resource": f"arn:aws:cognito-idp:us-east-1:{ACCOUNT_ID}:userpool/{USER_POOL_ID}",
                },
            ],
        }
    ),
)

JOBS = {
    "daily-report": {
        "handler": "daily_report.handler",
        "schedule": "cron(0 6 * * ? *)",
        "timeout": 60,
        "env": {
            "METRICS_SECRET": "nightly/metrics-api",
            "FROM_ADDRESS": "reports@example.com",
            "TO_ADDRESSES": "leads@example.com,ops@example.com",
        },
    },
    "cleanup-users": {
        "handler": "cleanup_users.handler",
        "schedule": "rate(1 day)",
        "timeout": 300,
        "env": {"USER_POOL_ID": USER_POOL_ID, "MAX_AGE_DAYS": "7"},
    },
}

code = pulumi.FileArchive("./jobs")

for name, job in JOBS.items():
    fn = aws.lambda_.Function(
        name,
        runtime="python3.9",
        handler=job["handler"],
        role=role.arn,
        code=code,
        timeout=job["timeout"],
        memory_size=256,
        environment=aws.lambda_.FunctionEnvironmentArgs(variables=job["env"]),
    )
    rule = aws.cloudwatch.EventRule(f"{name}-schedule", schedule_expression=job["schedule"])
    aws.cloudwatch.EventTarget(f"{name}-target", rule=rule.name, arn=fn.arn)
    aws.lambda_.Permission(
        f"{name}-events",
        action="lambda:InvokeFunction",
        function=fn.name,
        principal="events.amazonaws.com",
        source_arn=rule.arn,
    )
    aws.cloudwatch.MetricAlarm(
        f"{name}-errors",
        namespace="AWS/Lambda",
        metric_name="Errors",
        dimensions={"FunctionName": fn.name},
        statistic="Sum",
        period=86400,
        evaluation_periods=1,
        threshold=1,
        comparison_operator="GreaterThanOrEqualToThreshold",
        alarm_actions=[alerts.arn],
    )

pulumi.export("alerts_topic", alerts.arn)
