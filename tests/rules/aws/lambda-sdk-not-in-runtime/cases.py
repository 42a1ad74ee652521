import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/lambda"
V2_HANDLER = "const AWS = require('aws-sdk');\nexports.handler = async () => new AWS.S3().listBuckets().promise();\n"

# --- bad
aws.lambda_.Function(
    "sdk-v2",
    runtime="nodejs20.x",
    handler="index.handler",
    role=role,
    code=pulumi.AssetArchive({"index.js": pulumi.StringAsset(V2_HANDLER)}),  # error: [aws/lambda-sdk-not-in-runtime]
)
for name in ["a", "b"]:
    aws.lambda_.Function(
        f"looped-{name}",
        runtime="nodejs18.x",
        handler="index.handler",
        role=role,
        code=pulumi.AssetArchive({"index.js": pulumi.StringAsset(V2_HANDLER)}),  # error: [aws/lambda-sdk-not-in-runtime]
    )

# --- clean
aws.lambda_.Function(
    "node16",
    runtime="nodejs16.x",
    handler="index.handler",
    role=role,
    code=pulumi.AssetArchive({"index.js": pulumi.StringAsset(V2_HANDLER)}),
)
aws.lambda_.Function(
    "sdk-v3",
    runtime="nodejs22.x",
    handler="index.handler",
    role=role,
    code=pulumi.AssetArchive({"index.js": pulumi.StringAsset("const { S3Client } = require('@aws-sdk/client-s3');\nexports.handler = async () => new S3Client({});\n")}),
)
sdk_layer = aws.lambda_.LayerVersion("sdk", layer_name="aws-sdk-v2", code=pulumi.FileArchive("./layer"), compatible_runtimes=["nodejs22.x"])
aws.lambda_.Function(
    "with-layer",
    runtime="nodejs22.x",
    handler="index.handler",
    role=role,
    layers=[sdk_layer.arn],
    code=pulumi.AssetArchive({"index.js": pulumi.StringAsset(V2_HANDLER)}),
)

# --- unknown
aws.lambda_.Function(
    "configured",
    runtime=config.require("runtime"),
    handler="index.handler",
    role=role,
    code=pulumi.AssetArchive({"index.js": pulumi.StringAsset(V2_HANDLER)}),
)
