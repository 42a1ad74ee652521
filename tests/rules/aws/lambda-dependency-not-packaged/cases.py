import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = aws.iam.Role(
    "fn",
    assume_role_policy='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
)


def code(text):
    return pulumi.AssetArchive({"index.py": pulumi.StringAsset(text)})


# --- bad
aws.lambda_.Function(
    "xray",
    runtime="python3.12",
    handler="index.handler",
    role=role.arn,
    code=code("import json\nfrom aws_xray_sdk.core import patch_all\n\npatch_all()\n\ndef handler(event, context):\n    return json.dumps(event)\n"),  # error: [aws/lambda-dependency-not-packaged]
)

# --- clean
aws.lambda_.Function(
    "stdlib",
    runtime="python3.12",
    handler="index.handler",
    role=role.arn,
    code=code("import json\nimport os\nimport boto3\nfrom botocore.config import Config\n\ndef handler(event, context):\n    return json.dumps({'region': os.environ['AWS_REGION']})\n"),
)
aws.lambda_.Function(
    "optional",
    runtime="python3.12",
    handler="index.handler",
    role=role.arn,
    code=code("try:\n    import requests\nexcept ImportError:\n    requests = None\n\ndef handler(event, context):\n    return requests is not None\n"),
)
aws.lambda_.Function(
    "own-module",
    runtime="python3.12",
    handler="index.handler",
    role=role.arn,
    code=pulumi.AssetArchive({
        "index.py": pulumi.StringAsset("from helpers import greet\n\ndef handler(event, context):\n    return greet()\n"),
        "helpers.py": pulumi.StringAsset("def greet():\n    return 'hi'\n"),
    }),
)

# --- unknown
aws.lambda_.Function(
    "configured",
    runtime="python3.12",
    handler=config.require("handler"),
    role=role.arn,
    code=code("import requests\n\ndef handler(event, context):\n    return requests.get('https://example.org').status_code\n"),
)
