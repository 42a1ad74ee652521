import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
code = pulumi.FileArchive("./app")
trust = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]})

# --- bad
bare = aws.iam.Role("bare", assume_role_policy=trust)  # error: [security/lambda-role-without-policies]
aws.lambda_.Function("bare-fn", runtime="python3.13", handler="index.handler", role=bare.arn, code=code)

# --- clean
basic = aws.iam.Role("basic", assume_role_policy=trust)
aws.iam.RolePolicyAttachment("basic", role=basic.name, policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
aws.lambda_.Function("basic-fn", runtime="python3.13", handler="index.handler", role=basic.arn, code=code)

# --- unknown
extra = aws.iam.Role("extra", assume_role_policy=trust,
    inline_policies=[{"name": "runtime", "policy": config.require("runtime_policy")}])
aws.lambda_.Function("extra-fn", runtime="python3.13", handler="index.handler", role=extra.arn, code=code)
