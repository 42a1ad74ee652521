import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()


def trust(service):
    return json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}]})


# --- bad
aws.iam.Role("tasks", assume_role_policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-task.amazonaws.com"}, "Action": "sts:AssumeRole"}],  # error: [security/iam-trust-policy-invalid]
}))

aws.iam.Role("public", assume_role_policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}],  # error: [security/iam-trust-policy-invalid]
}))

doc = aws.iam.get_policy_document(statements=[aws.iam.GetPolicyDocumentStatementArgs(
    actions=["sts:AssumeRole"],
    principals=[aws.iam.GetPolicyDocumentStatementPrincipalArgs(type="Service", identifiers=["Lambda.amazonaws.com"])],  # error: [security/iam-trust-policy-invalid]
)])
aws.iam.Role("from-doc", assume_role_policy=doc.json)

fn = aws.iam.Role("fn", assume_role_policy=trust("lambda.amazonaws.com"))
aws.iam.RolePolicyAttachment("basic", role=fn.name,
                             policy_arn="arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole")  # error: [security/iam-trust-policy-invalid]
recorder = aws.iam.Role("config", assume_role_policy=trust("config.amazonaws.com"))
aws.iam.RolePolicyAttachment("config", role=recorder.name,
                             policy_arn="arn:aws:iam::aws:policy/service-role/ConfigRole")  # error: [security/iam-trust-policy-invalid]
aws.iam.RolePolicyAttachment("slr", role=recorder.name,
                             policy_arn="arn:aws:iam::aws:policy/aws-service-role/AWSConfigServiceRolePolicy")  # error: [security/iam-trust-policy-invalid]

eks_oidc = "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC"
aws.iam.Role(
    "irsa",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{  # error: [security/iam-trust-policy-invalid]
            "Effect": "Allow",
            "Principal": {"Federated": eks_oidc},
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {"StringEquals": {
                "oidc.eks.us-east-1.amazonaws.com/id/ABC:sub": "system:serviceaccount:kube-system:autoscaler"}},
        }],
    }),
)

# --- clean
aws.iam.Role("ec2", assume_role_policy=trust("ec2.amazonaws.com"))
aws.iam.Role("flow-logs", assume_role_policy=trust("vpc-flow-logs.amazonaws.com"))
aws.iam.RolePolicyAttachment("basic-ok", role=fn.name,
                             policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
aws.iam.RolePolicyAttachment("config-ok", role=recorder.name,
                             policy_arn="arn:aws:iam::aws:policy/service-role/AWS_ConfigRole")
aws.iam.RolePolicyAttachment("ssm", role=fn.name, policy_arn="arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore")

# --- unknown
aws.iam.Role("configured", assume_role_policy=trust(config.require("service")))
aws.iam.RolePolicyAttachment("configured-arn", role=fn.name, policy_arn=config.require("policy_arn"))
