import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.lambda_.Function(
    "api",
    runtime="python3.13",
    handler="index.handler",
    role=config.require("role_arn"),
    code=pulumi.FileArchive("./app"),
    logging_config=aws.lambda_.FunctionLoggingConfigArgs(
        log_format="Text",
        system_log_level="WARN",  # error: [aws/lambda-log-level-without-json-format]
    ),
)

# --- clean
aws.lambda_.Function("json", runtime="python3.13", handler="index.handler", role=config.require("role_arn"),
    code=pulumi.FileArchive("./app"), logging_config={"log_format": "JSON", "system_log_level": "WARN"})

# --- unknown
aws.lambda_.Function("configured", runtime="python3.13", handler="index.handler", role=config.require("role_arn"),
    code=pulumi.FileArchive("./app"), logging_config={"log_format": config.require("log_format"), "system_log_level": "WARN"})
