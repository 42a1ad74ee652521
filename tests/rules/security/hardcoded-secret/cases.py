import json
import os
import random as pyrandom
import string

import pulumi
import pulumi_aws as aws
import pulumi_random as random

config = pulumi.Config()

# --- bad
# A key that looks issued by AWS is a leak even on an emulator's provider.
aws.Provider("leaky-local", region="us-east-1", access_key="AKIAIOSFODNN7EXAMPLF", secret_key="test", skip_credentials_validation=True)  # error: [security/hardcoded-secret]
aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", username="app",
                 password="TempPassword123!")  # error: [security/hardcoded-secret]

aws.lambda_.Function(
    "fn",
    runtime="python3.12",
    handler="index.handler",
    role="arn:aws:iam::123456789012:role/r",
    environment=aws.lambda_.FunctionEnvironmentArgs(variables={
        "TABLE": "orders",
        "DB_PASSWORD": "SuperSecret123!",  # error: [security/hardcoded-secret]
    }),
)

aws.secretsmanager.SecretVersion(
    "sv",
    secret_id="arn:aws:secretsmanager:us-east-1:123456789012:secret:x",
    secret_string=json.dumps({"username": "admin", "password": "P@ssw0rd!"}),  # error: [security/hardcoded-secret]
)

token = config.get("github_token") or "ghp_1234567890abcdef"  # error: [security/hardcoded-secret]
aws.codebuild.SourceCredential("cred", auth_type="PERSONAL_ACCESS_TOKEN", server_type="GITHUB", token=token)

aws.elasticache.ReplicationGroup("redis", description="cache", auth_token="redis-auth-token-1")  # error: [security/hardcoded-secret]

aws.ssm.Parameter("api-key", name="/app/api-key", type="SecureString",
                  value="example-api-key-12345")  # error: [security/hardcoded-secret]
aws.ssm.Parameter("db-url", name="/app/db-url", type="String",
                  value="postgresql://user:password@localhost:5432/productdb")  # error: [security/hardcoded-secret]

# Placeholders handed to code leak nothing; they are reported at low, as values to replace.
aws.lambda_.Function("placeholders", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/r",
                     environment={"variables": {
                         "DATABASE_URL": "mysql://dbuser:dbpass@127.0.0.1:3306/app",  # error: [security/hardcoded-secret]
                         "API_KEY": "your-api-key-here",  # error: [security/hardcoded-secret]
                     }})

db_password = config.get_secret("db_password") or "ChangeMeInProduction123!"  # error: [security/hardcoded-secret]
aws.rds.Instance("fallback", engine="postgres", instance_class="db.t3.micro", password=db_password)

run_password = "".join(pyrandom.choices(string.ascii_letters + string.digits, k=32))  # error: [security/hardcoded-secret]
aws.rds.Cluster("aurora", engine="aurora-postgresql", master_username="app",
                master_password=run_password)


def database(env_name):
    return aws.rds.Instance(f"{env_name}-db", engine="mysql", instance_class="db.t3.micro", username=f"{env_name}admin",
                            password=f"{env_name}_secure_password_123!")  # error: [security/hardcoded-secret]


database(config.require("env"))


class Worker(pulumi.ComponentResource):
    def __init__(self, name, jira_api_token=None, opts=None):
        super().__init__("tap:worker:Worker", name, None, opts)
        aws.lambda_.Function(
            f"{name}-fn",
            runtime="python3.12",
            handler="index.handler",
            role="arn:aws:iam::123456789012:role/r",
            environment={"variables": {
                "SENSITIVE_KEY": "encrypted-secret-value",  # error: [security/hardcoded-secret]
                "JIRA_API_TOKEN": jira_api_token or "",  # error: [security/hardcoded-secret]
                "JIRA_SECRET_ARN": "arn:aws:secretsmanager:us-east-1:123456789012:secret:jira",
            }},
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({})


Worker("triage", jira_api_token=config.get("jira_api_token"))

# A value that is not the name of one of the program's secrets is still the secret itself.
aws.lambda_.Function(
    "metrics-literal",
    runtime="python3.12",
    handler="index.handler",
    role="arn:aws:iam::123456789012:role/r",
    environment={"variables": {"METRICS_SECRET": "nightly/metrics-apx9"}},  # error: [security/hardcoded-secret]
)

# --- clean
# Dummy credentials of a local emulator (LocalStack).
aws.Provider("localstack", region="us-east-1", access_key="test", secret_key="test", skip_credentials_validation=True)
aws.Provider("local-endpoints", region="us-east-1", access_key="local", secret_key="local-secret",
             endpoints=[aws.ProviderEndpointArgs(s3="http://localhost:4566", dynamodb="http://localhost:4566")])
aws.ssm.Parameter("db-host", name="/app/db-host", type="String", value="postgresql://db.internal:5432/productdb")
aws.rds.Instance("managed", engine="postgres", instance_class="db.t3.micro", username="app",
                 manage_master_user_password=True)
generated = random.RandomPassword("pw", length=24)
aws.rds.Instance("generated", engine="postgres", instance_class="db.t3.micro", password=generated.result)
secret = aws.secretsmanager.Secret("secret", name="app-secret", recovery_window_in_days=0)
aws.lambda_.Function(
    "reader",
    runtime="python3.12",
    handler="index.handler",
    role="arn:aws:iam::123456789012:role/r",
    environment={"variables": {"DB_PASSWORD_SECRET": secret.arn, "API_TOKEN_NAME": secret.name}},
)
aws.rds.Instance("named", engine="mysql", instance_class="db.t3.micro", username=f"{config.require('env')}admin",
                 password=config.require_secret("db_password"))

# The name of a secret the program stores, passed so the function reads it at run time.
api_secret = aws.secretsmanager.Secret("metrics-api", name="nightly/metrics-api")
aws.lambda_.Function(
    "metrics",
    runtime="python3.12",
    handler="index.handler",
    role="arn:aws:iam::123456789012:role/r",
    environment={"variables": {"METRICS_SECRET": "nightly/metrics-api", "METRICS_SECRET_ARN": api_secret.arn}},
)

# --- unknown
aws.rds.Instance("db3", engine="postgres", instance_class="db.t3.micro", password=config.require_secret("db_password"))
aws.rds.Instance("db4", engine="postgres", instance_class="db.t3.micro", password=os.environ.get("DB_PASSWORD"))
