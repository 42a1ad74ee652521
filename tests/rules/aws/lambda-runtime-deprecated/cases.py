import os

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/lambda"
code = pulumi.FileArchive("./app")

# --- bad
aws.lambda_.Function("py38", runtime="python3.8", handler="index.handler", role=role, code=code)  # error: [aws/lambda-runtime-deprecated]
aws.lambda_.Function("enum", runtime=aws.lambda_.Runtime.PYTHON3D9, handler="index.handler", role=role, code=code)  # error: [aws/lambda-runtime-deprecated]
aws.lambda_.Function("node14", runtime="nodejs14.x", handler="index.handler", role=role, code=code)  # error: [aws/lambda-runtime-deprecated]
aws.lambda_.Function(
    "sdk-v2",
    runtime="nodejs20.x",  # error: [aws/lambda-runtime-deprecated]
    handler="index.handler",
    role=role,
    # Needing `aws-sdk` the runtime lacks is aws/lambda-sdk-not-in-runtime's finding.
    code=pulumi.AssetArchive({
        "index.js": pulumi.StringAsset("const AWS = require('aws-sdk');\nexports.handler = async () => 1;"),
    }),
)
aws.lambda_.LayerVersion("layer", layer_name="deps", code=code, compatible_runtimes=["python3.8", "python3.13"])  # error: [aws/lambda-runtime-deprecated]

# --- clean
aws.lambda_.Function("current", runtime="python3.13", handler="index.handler", role=role, code=code)
aws.lambda_.Function("enum-ok", runtime=aws.lambda_.Runtime.PYTHON3D12, handler="index.handler", role=role, code=code)
aws.lambda_.Function(
    "custom-runtime",
    runtime="provided.al2023",
    handler="bootstrap",
    role=role,
    code=pulumi.AssetArchive({"bootstrap": pulumi.StringAsset("#!/bin/sh\necho aws-sdk")}),
)

# --- unknown
aws.lambda_.Function("configured", runtime=config.require("runtime"), handler="index.handler", role=role, code=code)
aws.lambda_.Function("env", runtime=os.environ.get("LAMBDA_RUNTIME"), handler="index.handler", role=role, code=code)
