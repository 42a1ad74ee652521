import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
FLOW_TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "vpc-flow-logs.amazonaws.com"}, "Action": "sts:AssumeRole"}]})


def network(name, cidr, role_policies):
    vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block=cidr, enable_dns_hostnames=True)
    group = aws.cloudwatch.LogGroup(f"{name}-flow-logs", retention_in_days=90)
    role = aws.iam.Role(f"{name}-flow-logs", assume_role_policy=FLOW_TRUST)
    for i, doc in enumerate(role_policies):
        aws.iam.RolePolicy(f"{name}-flow-logs-{i}", role=role.id, policy=doc)
    aws.ec2.FlowLog(
        f"{name}-flow-log",
        vpc_id=vpc.id,
        traffic_type="ALL",
        log_destination=group.arn,
        iam_role_arn=role.arn,  # error: [security/service-role-missing-permission]
    )
    return vpc


DESCRIBE_ONLY = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["logs:DescribeLogGroups", "logs:DescribeLogStreams"], "Resource": "*"}]})
DELIVERY = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"], "Resource": "*"}]})

# --- bad
network("staging", "10.10.0.0/16", [DESCRIBE_ONLY])

# --- clean
network("prod", "10.20.0.0/16", [DELIVERY])

# S3 delivery does not use the role.
archive = aws.s3.BucketV2("flow-archive")
edge = aws.ec2.Vpc("edge", cidr_block="10.30.0.0/16")
aws.ec2.FlowLog("edge", vpc_id=edge.id, traffic_type="REJECT", log_destination_type="s3", log_destination=archive.arn)

# Step Functions with a Lambda task and an invoke grant.
worker_role = aws.iam.Role("worker", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))
worker = aws.lambda_.Function("worker", runtime="python3.12", handler="app.handler", role=worker_role.arn, code=pulumi.FileArchive("./worker"))
states_trust = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "states.amazonaws.com"}, "Action": "sts:AssumeRole"}]})
pipeline_role = aws.iam.Role("pipeline", assume_role_policy=states_trust, managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AWSLambdaRole"])
aws.sfn.StateMachine("pipeline", role_arn=pipeline_role.arn,
    definition=worker.arn.apply(lambda arn: json.dumps({"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": arn, "End": True}}})))

# --- bad
batch_role = aws.iam.Role("batch", assume_role_policy=states_trust)
aws.sfn.StateMachine("batch", role_arn=batch_role.arn,  # error: [security/service-role-missing-permission]
    definition=pulumi.Output.json_dumps({"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": worker.arn, "End": True}}}))

# --- unknown
network("shared", "10.40.0.0/16", [config.require("flow_log_policy")])

# API Gateway account CloudWatch role
APIGW_TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "apigateway.amazonaws.com"}, "Action": "sts:AssumeRole"}]})
# --- bad
push_role = aws.iam.Role("apigw-push", assume_role_policy=APIGW_TRUST)
aws.apigateway.Account("account", cloudwatch_role_arn=push_role.arn)  # error: [security/service-role-missing-permission]
# --- clean
push_ok = aws.iam.Role("apigw-push-ok", assume_role_policy=APIGW_TRUST, managed_policy_arns=[aws.iam.ManagedPolicy.AMAZON_API_GATEWAY_PUSH_TO_CLOUD_WATCH_LOGS])
aws.apigateway.Account("account-ok", cloudwatch_role_arn=push_ok.arn)
# --- unknown
push_cfg = aws.iam.Role("apigw-push-cfg", assume_role_policy=APIGW_TRUST, managed_policy_arns=[config.require("apigw_policy_arn")])
aws.apigateway.Account("account-cfg", cloudwatch_role_arn=push_cfg.arn)
