import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/app"
code = pulumi.FileArchive("./app")
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
public_subnet = aws.ec2.Subnet("public", vpc_id=vpc.id, cidr_block="10.0.0.0/24")
eip = aws.ec2.Eip("nat", domain="vpc")
bucket = aws.s3.BucketV2("uploads")
fn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role=role, code=code)
s3_invoke = aws.lambda_.Permission("s3-invoke", action="lambda:InvokeFunction", function=fn.name,
                                   principal="s3.amazonaws.com", source_arn=bucket.arn)
topic = aws.sns.Topic("events")
topic_policy = aws.sns.TopicPolicy("events", arn=topic.arn, policy=topic.arn.apply(lambda a: "{}"))
tg = aws.lb.TargetGroup("tg", port=80, protocol="HTTP", vpc_id=vpc.id, target_type="ip")
alb = aws.lb.LoadBalancer("alb", subnets=[public_subnet.id])
listener = aws.lb.Listener("http", load_balancer_arn=alb.arn, port=80,
                           default_actions=[{"type": "forward", "target_group_arn": tg.arn}])
cluster = aws.ecs.Cluster("cluster")
http_api = aws.apigatewayv2.Api("http", protocol_type="HTTP")
route = aws.apigatewayv2.Route("get", api_id=http_api.id, route_key="GET /items")

# --- bad
aws.s3.BucketNotification(  # error: [pulumi/missing-ordering-dependency]
    "uploads",
    bucket=bucket.id,
    lambda_functions=[{"lambda_function_arn": fn.arn, "events": ["s3:ObjectCreated:*"]}],
)
aws.s3.BucketNotification("to-topic", bucket=bucket.id, topics=[{"topic_arn": topic.arn, "events": ["s3:ObjectRemoved:*"]}])  # error: [pulumi/missing-ordering-dependency]
aws.ecs.Service(  # error: [pulumi/missing-ordering-dependency]
    "svc",
    cluster=cluster.arn,
    task_definition="app:1",
    load_balancers=[aws.ecs.ServiceLoadBalancerArgs(target_group_arn=tg.arn, container_name="app", container_port=80)],
    opts=pulumi.ResourceOptions(depends_on=[tg]),
)
igw = aws.ec2.InternetGateway("igw", vpc_id=vpc.id)
aws.ec2.NatGateway("nat", subnet_id=public_subnet.id, allocation_id=eip.id)  # error: [pulumi/missing-ordering-dependency]
aws.apigatewayv2.Deployment("http-deployment", api_id=http_api.id)  # error: [pulumi/missing-ordering-dependency]


class ConfigStack(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:config:ConfigStack", name, None, opts)
        config_role = aws.iam.Role(f"{name}-role", assume_role_policy="{}", opts=pulumi.ResourceOptions(parent=self))
        channel = aws.cfg.DeliveryChannel(f"{name}-channel", s3_bucket_name="config-logs",
                                          opts=pulumi.ResourceOptions(parent=self))
        aws.cfg.Recorder(f"{name}-recorder", role_arn=config_role.arn,
                         opts=pulumi.ResourceOptions(parent=self, depends_on=[channel]))  # error: [pulumi/missing-ordering-dependency]
        self.register_outputs({})


ConfigStack("config")


def create_api(name):
    api = aws.apigateway.RestApi(f"{name}-api")
    integrations = []
    for path in ["orders", "users"]:
        resource = aws.apigateway.Resource(f"{name}-{path}", rest_api=api.id, parent_id=api.root_resource_id, path_part=path)
        method = aws.apigateway.Method(f"{name}-{path}-get", rest_api=api.id, resource_id=resource.id, http_method="GET", authorization="NONE")
        integrations.append(aws.apigateway.Integration(f"{name}-{path}-get", rest_api=api.id, resource_id=resource.id,
                                                       http_method=method.http_method, type="MOCK"))
    aws.apigateway.Deployment(f"{name}-deployment", rest_api=api.id,  # error: [pulumi/missing-ordering-dependency]
                              opts=pulumi.ResourceOptions(depends_on=[integrations[0]]))
    return api


create_api("shop")

stage = config.require("stage")
log_group = aws.cloudwatch.LogGroup("worker-logs", name=f"/aws/lambda/worker-{stage}", retention_in_days=14)
aws.lambda_.Function("worker", name=f"worker-{stage}", runtime="python3.13", handler="index.handler", role=role, code=code)  # error: [pulumi/missing-ordering-dependency]

for rule_id in ["S3_BUCKET_VERSIONING_ENABLED", "CLOUD_TRAIL_ENABLED"]:
    aws.cfg.Rule(rule_id.lower(), source={"owner": "AWS", "source_identifier": rule_id})  # error: [pulumi/missing-ordering-dependency]


class Audit(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:audit:Audit", name, None, opts)
        self.bucket = aws.s3.BucketV2(f"{name}-logs", opts=pulumi.ResourceOptions(parent=self))
        self.policy = aws.s3.BucketPolicy(f"{name}-logs", bucket=self.bucket.id,
                                          policy=self.bucket.arn.apply(lambda a: "{}"),
                                          opts=pulumi.ResourceOptions(parent=self))
        aws.cloudtrail.Trail(f"{name}-trail", s3_bucket_name=self.bucket.bucket,  # error: [pulumi/missing-ordering-dependency]
                             opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


audit = Audit("audit")


def replicated_bucket(name):
    b = aws.s3.BucketV2(name)
    aws.s3.BucketVersioningV2(name, bucket=b.id, versioning_configuration={"status": "Enabled"})
    aws.s3.BucketReplicationConfig(f"{name}-replication", bucket=b.id, role=role,  # error: [pulumi/missing-ordering-dependency]
                                   rules=[{"status": "Enabled", "destination": {"bucket": "arn:aws:s3:::replica"}}])
    return b


replicated_bucket("docs")

target_fn = aws.lambda_.Function("target", runtime="python3.13", handler="index.handler", role=role, code=code)
elb_invoke = aws.lambda_.Permission("elb-invoke", action="lambda:InvokeFunction", function=target_fn.name,
                                    principal="elasticloadbalancing.amazonaws.com")
lambda_tg = aws.lb.TargetGroup("lambda-tg", target_type="lambda")
aws.lb.TargetGroupAttachment("lambda-target", target_group_arn=lambda_tg.arn, target_id=target_fn.arn)  # error: [pulumi/missing-ordering-dependency]

# --- clean
aws.s3.BucketNotification(
    "uploads-ok",
    bucket=bucket.id,
    lambda_functions=[{"lambda_function_arn": fn.arn, "events": ["s3:ObjectCreated:*"]}],
    opts=pulumi.ResourceOptions(depends_on=[s3_invoke]),
)
aws.s3.BucketNotification("to-topic-ok", bucket=bucket.id, topics=[{"topic_arn": topic.arn, "events": ["s3:ObjectRemoved:*"]}],
                          opts=pulumi.ResourceOptions(depends_on=[topic_policy]))
aws.ecs.Service(
    "svc-ok",
    cluster=cluster.arn,
    task_definition="app:1",
    load_balancers=[aws.ecs.ServiceLoadBalancerArgs(target_group_arn=tg.arn, container_name="app", container_port=80)],
    opts=pulumi.ResourceOptions(depends_on=[listener]),
)
aws.ec2.NatGateway("nat-ok", subnet_id=public_subnet.id, allocation_id=eip.id, opts=pulumi.ResourceOptions(depends_on=[igw]))
aws.apigatewayv2.Deployment("http-deployment-ok", api_id=http_api.id, opts=pulumi.ResourceOptions(depends_on=[route]))
aws.apigatewayv2.Stage("default", api_id=http_api.id, name="$default", auto_deploy=True)

recorder_role = aws.iam.Role("recorder", assume_role_policy="{}")
recorder = aws.cfg.Recorder("recorder", role_arn=recorder_role.arn)
channel = aws.cfg.DeliveryChannel("channel", s3_bucket_name="config-logs", opts=pulumi.ResourceOptions(depends_on=[recorder]))
aws.cfg.RecorderStatus("status", name=recorder.name, is_enabled=True, opts=pulumi.ResourceOptions(depends_on=[channel]))

api_logs = aws.cloudwatch.LogGroup("api-logs", name=f"/aws/lambda/api-{stage}", retention_in_days=14)
aws.lambda_.Function("api", name=f"api-{stage}", runtime="python3.13", handler="index.handler", role=role, code=code,
                     opts=pulumi.ResourceOptions(depends_on=[api_logs]))

aws.cfg.Rule("versioning-ok", source={"owner": "AWS", "source_identifier": "S3_BUCKET_VERSIONING_ENABLED"},
             opts=pulumi.ResourceOptions(depends_on=[recorder]))
aws.cloudtrail.Trail("trail-ok", s3_bucket_name=audit.bucket.bucket, opts=pulumi.ResourceOptions(depends_on=[audit.policy]))
aws.lb.TargetGroupAttachment("lambda-target-ok", target_group_arn=lambda_tg.arn, target_id=target_fn.arn,
                             opts=pulumi.ResourceOptions(depends_on=[elb_invoke]))
aws.lb.TargetGroupAttachment("instance-target", target_group_arn=tg.arn, target_id="i-0123456789abcdef0")

# --- unknown
extra = config.require_object("dependencies")
aws.s3.BucketNotification(
    "uploads-u",
    bucket=bucket.id,
    lambda_functions=[{"lambda_function_arn": fn.arn, "events": ["s3:ObjectCreated:*"]}],
    opts=pulumi.ResourceOptions(depends_on=extra),
)
aws.ec2.NatGateway("nat-u", subnet_id=config.require("subnet_id"), allocation_id=eip.id)

aws.cfg.Rule("versioning-u", source={"owner": "AWS", "source_identifier": "S3_BUCKET_VERSIONING_ENABLED"},
             opts=pulumi.ResourceOptions(depends_on=extra))
aws.cloudtrail.Trail("trail-u", s3_bucket_name=config.require("trail_bucket"))

pulumi.export("vpc_id", vpc.id)


class StaticSite(pulumi.ComponentResource):
    """A public website bucket; `ordered` says whether the policy and ACL wait for the bucket settings."""

    def __init__(self, name, ordered, opts=None):
        super().__init__("web:StaticSite", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        self.bucket = aws.s3.BucketV2(f"{name}-bucket", opts=child)
        unblock = aws.s3.BucketPublicAccessBlock(f"{name}-pab", bucket=self.bucket.id, block_public_acls=False, block_public_policy=False,
                                                 ignore_public_acls=False, restrict_public_buckets=False, opts=child)
        owner = aws.s3.BucketOwnershipControls(f"{name}-owner", bucket=self.bucket.id, rule={"object_ownership": "ObjectWriter"}, opts=child)
        wait = pulumi.ResourceOptions(parent=self, depends_on=[unblock, owner] if ordered else [])
        policy = self.bucket.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [
            {"Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject"], "Resource": [f"{arn}/*"]}]}))
        aws.s3.BucketPolicy(f"{name}-policy", bucket=self.bucket.id, policy=policy, opts=wait)  # error: [pulumi/missing-ordering-dependency]
        aws.s3.BucketAclV2(f"{name}-acl", bucket=self.bucket.id,  # error: [pulumi/missing-ordering-dependency]
                           access_control_policy={"owner": {"id": config.require("canonical_id")},
                                                  "grants": [{"grantee": {"type": "Group", "uri": "http://acs.amazonaws.com/groups/s3/LogDelivery"}, "permission": "WRITE"}]},
                           opts=wait)
        self.register_outputs({})


# --- bad
StaticSite("landing", ordered=False)

# --- clean
StaticSite("careers", ordered=True)
private_logs = aws.s3.BucketV2("private-logs")
aws.s3.BucketAclV2("private-logs", bucket=private_logs.id, acl="private")

# --- unknown
shared_site = aws.s3.BucketV2("shared-site")
aws.s3.BucketPublicAccessBlock("shared-site", bucket=shared_site.id, block_public_acls=False, block_public_policy=config.require_bool("block_policy"),
                               ignore_public_acls=False, restrict_public_buckets=False)
aws.s3.BucketPolicy("shared-site", bucket=shared_site.id, policy=shared_site.arn.apply(lambda arn: json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"{arn}/*"}]})))
