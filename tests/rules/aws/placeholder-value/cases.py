import pulumi
import pulumi_aws as aws

config = pulumi.Config()
topic = aws.sns.Topic("alerts")

# --- bad
aws.sns.TopicSubscription(
    "email",
    topic=topic.arn,
    protocol="email",
    endpoint="ops-team@example.com",  # error: [aws/placeholder-value]
)
aws.lambda_.Function(
    "api",
    role="arn:aws:iam::111122223333:role/x",
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.FileArchive("./app"),
    environment=aws.lambda_.FunctionEnvironmentArgs(
        variables={"CALLBACK_URL": "https://hooks.example.com/notify"}  # error: [aws/placeholder-value]
    ),
)
aws.apigateway.DomainName(
    "custom",
    domain_name=config.require("api_domain"),
    regional_certificate_arn="arn:aws:acm:us-east-1:111122223333:certificate/REPLACE_ME",  # error: [aws/placeholder-value]
)

# --- clean
aws.sns.TopicSubscription("ops", topic=topic.arn, protocol="email", endpoint=config.require("alert_email"))
aws.sqs.Queue("jobs", tags={"Contact": "ops@example.com"})
aws.route53.Zone("zone", name="example.org")

# --- unknown
aws.sns.TopicSubscription("fallback", topic=topic.arn, protocol="email", endpoint=config.get("email") or "alerts@example.com")
