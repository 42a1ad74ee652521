import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/lambda"

# --- bad
aws.lambda_.Function(
    "dot-name",
    runtime="python3.13",
    handler="index.lambda_handler",  # error: [aws/asset-path-missing]
    role=role,
    code=pulumi.AssetArchive({".": pulumi.StringAsset("def lambda_handler(event, context):\n    return 1\n")}),
)
aws.lambda_.Function(
    "wrong-function",
    runtime="python3.13",
    handler="index.handler",  # error: [aws/asset-path-missing]
    role=role,
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("def lambda_handler(event, context):\n    return 1\n")}),
)
aws.lambda_.Function(
    "indented",
    runtime="python3.13",
    handler="index.handler",
    role=role,
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("""  # error: [aws/asset-path-missing]
    import json

    def handler(event, context):
        return json.dumps(event)
    """)}),
)
aws.lambda_.Function(
    "archive-of-file",
    runtime="python3.13",
    handler="handler.main",
    role=role,
    code=pulumi.FileArchive("./lambda/handler.py"),  # error: [aws/asset-path-missing]
)


def make_function(name):
    return aws.lambda_.Function(
        name,
        runtime="python3.13",
        handler="handler.main",
        role=role,
        code=pulumi.FileAsset("./lambda/handler.py"),  # error: [aws/asset-path-missing]
    )


make_function("asset-code")

# --- clean
aws.lambda_.Function("zip", runtime="python3.13", handler="handler.main", role=role, code=pulumi.FileArchive("./build/function.zip"))
wrapped = pulumi.AssetArchive({"handler.py": pulumi.FileAsset("./lambda/handler.py")})
aws.lambda_.Function("wrapped", runtime="python3.13", handler="handler.main", role=role, code=wrapped)
aws.lambda_.Function(
    "ok",
    runtime="python3.13",
    handler="index.lambda_handler",
    role=role,
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import json\n\ndef lambda_handler(event, context):\n    return json.dumps(event)\n")}),
)

# --- unknown
aws.lambda_.Function("from-config", runtime="python3.13", handler="handler.main", role=role, code=pulumi.FileArchive(config.require("code_path")))
aws.lambda_.Function(
    "mixed",
    runtime="python3.13",
    handler="index.handler",
    role=role,
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import lib\n"), "lib": pulumi.FileArchive("./lib")}),
)
