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

# RDS Enhanced Monitoring and CodeBuild service roles.
MONITORING_TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "monitoring.rds.amazonaws.com"}, "Action": "sts:AssumeRole"}]})
BUILD_TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole"}]})
BUILD_SOURCE = aws.codebuild.ProjectSourceArgs(type="NO_SOURCE", buildspec="version: 0.2\nphases:\n  build:\n    commands: [echo ok]\n")
BUILD_ENV = aws.codebuild.ProjectEnvironmentArgs(compute_type="BUILD_GENERAL1_SMALL", image="aws/codebuild/standard:7.0", type="LINUX_CONTAINER")
# --- bad
bare_monitoring = aws.iam.Role("rds-monitoring", assume_role_policy=MONITORING_TRUST)
aws.rds.Instance("orders", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app", manage_master_user_password=True,
    monitoring_interval=60, monitoring_role_arn=bare_monitoring.arn)  # error: [security/service-role-missing-permission]
bare_build = aws.iam.Role("build", assume_role_policy=BUILD_TRUST)
aws.codebuild.Project("build", artifacts=aws.codebuild.ProjectArtifactsArgs(type="NO_ARTIFACTS"), source=BUILD_SOURCE, environment=BUILD_ENV,
    service_role=bare_build.arn)  # error: [security/service-role-missing-permission]
# --- clean
monitoring = aws.iam.Role("rds-monitoring-ok", assume_role_policy=MONITORING_TRUST)
aws.iam.RolePolicyAttachment("rds-monitoring-ok", role=monitoring.name, policy_arn="arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole")
aws.rds.Instance("billing", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app", manage_master_user_password=True,
    monitoring_interval=30, monitoring_role_arn=monitoring.arn)
aws.codebuild.Project("build-s3-logs", artifacts=aws.codebuild.ProjectArtifactsArgs(type="NO_ARTIFACTS"), source=BUILD_SOURCE, environment=BUILD_ENV,
    service_role=bare_build.arn, logs_config=aws.codebuild.ProjectLogsConfigArgs(cloudwatch_logs=aws.codebuild.ProjectLogsConfigCloudwatchLogsArgs(status="DISABLED")))
# --- unknown
aws.rds.Instance("reports", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app", manage_master_user_password=True,
    monitoring_interval=config.require_int("monitoring_interval"), monitoring_role_arn=bare_monitoring.arn)
custom_build = aws.iam.Role("build-custom", assume_role_policy=BUILD_TRUST, managed_policy_arns=[config.require("build_policy_arn")])
aws.codebuild.Project("build-custom", artifacts=aws.codebuild.ProjectArtifactsArgs(type="NO_ARTIFACTS"), source=BUILD_SOURCE, environment=BUILD_ENV,
    service_role=custom_build.arn)

# Roles of EventBridge rule targets and of EventBridge Scheduler targets.
EVENTS_TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"}, "Action": "sts:AssumeRole"}]})
SCHEDULER_TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "scheduler.amazonaws.com"}, "Action": "sts:AssumeRole"}]})
nightly = aws.cloudwatch.EventRule("nightly", schedule_expression="cron(0 2 * * ? *)")
stream = aws.kinesis.Stream("audit", shard_count=1)
# --- bad
bare_events = aws.iam.Role("events-bare", assume_role_policy=EVENTS_TRUST)
aws.cloudwatch.EventTarget("nightly-pipeline", rule=nightly.name, arn=stream.arn,
    role_arn=bare_events.arn)  # error: [security/service-role-missing-permission]
bare_scheduler = aws.iam.Role("scheduler-bare", assume_role_policy=SCHEDULER_TRUST)
aws.scheduler.Schedule("hourly", flexible_time_window=aws.scheduler.ScheduleFlexibleTimeWindowArgs(mode="OFF"), schedule_expression="rate(1 hour)",
    target=aws.scheduler.ScheduleTargetArgs(arn=worker.arn, role_arn=bare_scheduler.arn))  # error: [security/service-role-missing-permission]
# --- clean
events_ok = aws.iam.Role("events-ok", assume_role_policy=EVENTS_TRUST)
aws.iam.RolePolicy("events-ok", role=events_ok.id, policy=stream.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["kinesis:PutRecord", "kinesis:PutRecords"], "Resource": arn}]})))
aws.cloudwatch.EventTarget("nightly-stream-ok", rule=nightly.name, arn=stream.arn, role_arn=events_ok.arn)
aws.cloudwatch.EventTarget("nightly-worker", rule=nightly.name, arn=worker.arn, role_arn=bare_events.arn)
scheduler_ok = aws.iam.Role("scheduler-ok", assume_role_policy=SCHEDULER_TRUST, managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AWSLambdaRole"])
aws.scheduler.Schedule("hourly-ok", flexible_time_window=aws.scheduler.ScheduleFlexibleTimeWindowArgs(mode="OFF"), schedule_expression="rate(1 hour)",
    target=aws.scheduler.ScheduleTargetArgs(arn=worker.arn, role_arn=scheduler_ok.arn))
# --- unknown
aws.cloudwatch.EventTarget("nightly-external", rule=nightly.name, arn=config.require("target_arn"), role_arn=bare_events.arn)

# CodePipeline roles.
PIPELINE_TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "codepipeline.amazonaws.com"}, "Action": "sts:AssumeRole"}]})
artifacts = aws.s3.BucketV2("pipeline-artifacts", force_destroy=True)


def stages(project):
    return [
        aws.codepipeline.PipelineStageArgs(name="Source", actions=[aws.codepipeline.PipelineStageActionArgs(
            name="Source", category="Source", owner="AWS", provider="S3", version="1", output_artifacts=["src"],
            configuration={"S3Bucket": artifacts.bucket, "S3ObjectKey": "src.zip"})]),
        aws.codepipeline.PipelineStageArgs(name="Build", actions=[aws.codepipeline.PipelineStageActionArgs(
            name="Build", category="Build", owner="AWS", provider="CodeBuild", version="1", input_artifacts=["src"],
            configuration={"ProjectName": project})]),
    ]


STORE = [aws.codepipeline.PipelineArtifactStoreArgs(location=artifacts.bucket, type="S3")]
# --- bad
bare_deploy = aws.iam.Role("deploy-bare", assume_role_policy=PIPELINE_TRUST,
    inline_policies=[aws.iam.RoleInlinePolicyArgs(name="s3", policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "*"}]}))])
aws.codepipeline.Pipeline("deploy", artifact_stores=STORE, stages=stages("build"),
    role_arn=bare_deploy.arn)  # error: [security/service-role-missing-permission]
# --- clean
deploy_ok = aws.iam.Role("deploy-ok", assume_role_policy=PIPELINE_TRUST,
    inline_policies=[aws.iam.RoleInlinePolicyArgs(name="all", policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject", "codebuild:StartBuild", "codebuild:BatchGetBuilds"], "Resource": "*"}]}))])
aws.codepipeline.Pipeline("deploy-ok", artifact_stores=STORE, stages=stages("build"), role_arn=deploy_ok.arn)
# --- unknown
aws.codepipeline.Pipeline("deploy-shared", artifact_stores=STORE, stages=stages("build"), role_arn=config.require("pipeline_role_arn"))
