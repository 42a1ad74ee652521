import pulumi
import pulumi_aws as aws
import pulumi_random as random

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"
vpc_id = config.require("vpcId")
caller = aws.get_caller_identity()
current_region = aws.get_region()

# --- bad
aws.lb.LoadBalancer(
    "alb",
    name=f"product-catalog-api-alb-{environment_suffix}-internal",  # error: [naming/aws-name-constraints]
    load_balancer_type="application",
)
aws.lb.TargetGroup(
    "tg",
    name=f"product-catalog-target-groups-{environment_suffix}",  # error: [naming/aws-name-constraints]
    port=80,
    protocol="HTTP",
    vpc_id=vpc_id,
)
aws.s3.BucketV2("logs", bucket=f"Payment_Logs-{environment_suffix}")  # error: [naming/aws-name-constraints]
aws.rds.Cluster(
    "aurora",
    cluster_identifier=f"aurora--{environment_suffix}",  # error: [naming/aws-name-constraints]
    engine="aurora-postgresql",
)
aws.lambda_.Function(
    "fn",
    name=f"payment-processing-webhook-handler-function-for-the-{environment_suffix}-environment",  # error: [naming/aws-name-constraints]
    role="arn:aws:iam::111122223333:role/x",
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.FileArchive("./app"),
)
aws.ec2.SecurityGroup("db", name="sg-database", vpc_id=vpc_id)  # error: [naming/aws-name-constraints]
stack = pulumi.get_stack()
project = pulumi.get_project()
aws.s3.BucketV2("artifacts", bucket=f"{project}-artifacts-{stack}")  # error: [naming/aws-name-constraints]
aws.s3.Bucket("reports", bucket=f"reports-{pulumi.get_stack()}")  # error: [naming/aws-name-constraints]
aws.s3.BucketV2("exports", bucket="exports-" + stack.replace("_", "-"))  # error: [naming/aws-name-constraints]
aws.rds.Instance(
    "reporting",
    identifier=f"reporting-{stack}",  # error: [naming/aws-name-constraints]
    engine="postgres",
    instance_class="db.t3.micro",
    allocated_storage=20,
)
aws.ec2.SecurityGroup(f"sg-{environment_suffix}", vpc_id=vpc_id)  # error: [naming/aws-name-constraints]
aws.lb.TargetGroup(f"product-catalog-blue-tg-{environment_suffix}", port=80, protocol="HTTP", vpc_id=vpc_id)  # error: [naming/aws-name-constraints]
aws.elasticache.ReplicationGroup(
    "sessions",
    replication_group_id=f"sessions_{environment_suffix}",  # error: [naming/aws-name-constraints]
    description="sessions",
)
aws.kms.Alias("key-alias", name="alias/aws/payments", target_key_id="k")  # error: [naming/aws-name-constraints]


class Search(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:search:Search", name, None, opts)
        for domain in ["orders", "payments"]:
            aws.opensearch.Domain(
                f"{domain}-search",
                domain_name=f"{name}-{domain}-search-domain-{environment_suffix}",  # error: [naming/aws-name-constraints]
                opts=pulumi.ResourceOptions(parent=self),
            )


Search("platform")

# A database name takes letters, digits and underscores; a load balancer prefix at most 6 characters.
aws.rds.Instance("orders-db", engine="postgres", instance_class="db.t3.micro", db_name="orders-db")  # error: [naming/aws-name-constraints]
aws.rds.Cluster("orders-cluster", engine="aurora-mysql", database_name=f"orders-{environment_suffix}")  # error: [naming/aws-name-constraints]
aws.lb.LoadBalancer("prefixed", name_prefix="orders-")  # error: [naming/aws-name-constraints]
# SSM: a path starts with `/`, and `aws`/`ssm` prefixes are reserved.
aws.ssm.Parameter("db-host", name=f"app/{environment_suffix}/db-host", type="String", value="db")  # error: [naming/aws-name-constraints]
aws.ssm.Parameter("reserved", name="/aws/app/config", type="String", value="x")  # error: [naming/aws-name-constraints]

aws.wafv2.WebAcl("waf", name=f"api.waf.{environment_suffix}", scope="REGIONAL",  # error: [naming/aws-name-constraints]
    default_action={"allow": {}}, visibility_config={"cloudwatch_metrics_enabled": True, "metric_name": "waf", "sampled_requests_enabled": True})

# The guard decides on the known prefix, and keeps the name without `alias/`.
key_name = f"payments-{stack}"  # error: [naming/aws-name-constraints]
aws.kms.Alias("alias-wrong-guard", name=key_name if key_name.startswith("payments-") else f"alias/{key_name}", target_key_id="k")

# Service ids with their own limits: MemoryDB, App Runner, Backup plans, Redshift subnet groups.
aws.memorydb.Cluster(
    "sessions",
    name=f"1-sessions-{environment_suffix}",  # error: [naming/aws-name-constraints]
    node_type="db.t4g.small",
    acl_name="open-access",
)
aws.apprunner.Service(
    "web",
    service_name=f"_web-{environment_suffix}",  # error: [naming/aws-name-constraints]
    source_configuration={},
)
aws.backup.Plan("nightly", name=f"nightly backup plan {environment_suffix}", rules=[])  # error: [naming/aws-name-constraints]
aws.redshift.SubnetGroup("warehouse", name=f"Warehouse-Subnets-{environment_suffix}", subnet_ids=[])  # error: [naming/aws-name-constraints]
aws.codecommit.Repository("infra-repo", repository_name="infra.git")  # error: [naming/aws-name-constraints]
aws.cloudwatch.EventBus("bus", name="default")  # error: [naming/aws-name-constraints]
aws.ec2.LaunchTemplate("lt", name=f"web lt {environment_suffix}", image_id="ami-0abcdef1234567890")  # error: [naming/aws-name-constraints]
aws.iam.Policy("p", path="ci/", policy="{}")  # error: [naming/aws-name-constraints]

# Parts of a known size: the account id is 12 digits, a region name at least 9 characters.
aws.s3.BucketV2("audit-by-account", bucket=f"financial-transaction-audit-trail-logs-{caller.account_id}-{current_region.name}-archive")  # error: [naming/aws-name-constraints]
# A random string keeps uppercase letters and special characters unless they are turned off.
bucket_suffix = random.RandomString("bucket-suffix", length=8)
aws.s3.BucketV2("random-suffixed", bucket=bucket_suffix.result.apply(lambda s: f"artifacts-{s}"))  # error: [naming/aws-name-constraints]
mixed_case = random.RandomString("mixed-suffix", length=6, special=False)
aws.rds.Instance("random-id-db", identifier=pulumi.Output.concat("orders-", mixed_case.result), engine="mysql",  # error: [naming/aws-name-constraints]
    instance_class="db.t3.micro", allocated_storage=20, username="dbadmin", manage_master_user_password=True)
# The literal parts of a logical name and Pulumi's 8 characters already exceed 32.
aws.lb.TargetGroup(f"{environment_suffix}-payment-processing-blue-tg", port=80, protocol="HTTP", vpc_id=vpc_id)  # error: [naming/aws-name-constraints]

# --- clean
aws.memorydb.Cluster("carts", name=f"carts-{environment_suffix}", node_type="db.t4g.small", acl_name="open-access")
aws.apprunner.Service("api-svc", service_name=f"api-{environment_suffix}", source_configuration={})
aws.backup.Plan("weekly", name=f"weekly.plan_{environment_suffix}", rules=[])
aws.redshift.SubnetGroup("dw", name=f"dw-subnets-{environment_suffix}", subnet_ids=[])
aws.cloudwatch.EventBus("orders-bus", name=f"orders-{environment_suffix}")
aws.scheduler.Schedule("nightly-job", name=f"nightly.job_{environment_suffix}", schedule_expression="rate(1 day)", flexible_time_window={"mode": "OFF"}, target={"arn": "arn", "role_arn": "arn"})
aws.athena.Workgroup("analysts", name=f"analysts.{environment_suffix}")
aws.globalaccelerator.Accelerator("edge", name=f"edge-{environment_suffix}")
aws.ec2.SecurityGroup(f"web-{environment_suffix}", vpc_id=vpc_id)
aws.kms.Alias("alias-ok", name=f"alias/payments-{environment_suffix}", target_key_id="k")


# A prefix guard on a partly-known name takes its one real branch.
def alias_name(n):
    return n if n.startswith("alias/") else f"alias/{n}"


aws.kms.Alias("alias-guarded", name=alias_name(f"application-{stack}"), target_key_id="k")
aws.lb.TargetGroup("sliced-tg", name=f"tg-{environment_suffix[:20]}", port=80, protocol="HTTP", vpc_id=vpc_id)
aws.lb.LoadBalancer("api", name=f"api-alb-{environment_suffix}", load_balancer_type="application")
aws.s3.BucketV2("data", bucket=f"payment-data-{environment_suffix}")
aws.rds.Instance(
    "db",
    identifier=f"orders-db-{environment_suffix}",
    engine="postgres",
    instance_class="db.t3.micro",
    allocated_storage=20,
)
aws.sqs.Queue("jobs", name=f"jobs-{environment_suffix}")
aws.s3.BucketV2("artifacts-lower", bucket=f"{project.lower()}-artifacts-{stack.lower()}")
aws.s3.BucketV2("whole-lower", bucket=f"{project}-artifacts-{stack}".lower())
aws.s3.BucketV2("casefold", bucket=f"artifacts-{stack.casefold()}")
aws.lambda_.Function(
    "stack-fn",
    name=f"{project}-handler-{stack}",
    role="arn:aws:iam::111122223333:role/x",
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.FileArchive("./app"),
)
literal_stack = "dev"
aws.s3.BucketV2("literal", bucket=f"artifacts-{literal_stack}")


aws.rds.Instance("orders-db-ok", engine="postgres", instance_class="db.t3.micro", db_name="orders_db")
aws.lb.LoadBalancer("prefixed-ok", name_prefix="ord-")
aws.ssm.Parameter("db-host-ok", name=f"/app/{environment_suffix}/db-host", type="String", value="db")

aws.wafv2.WebAcl("waf-ok", name=f"api-waf-{environment_suffix}", scope="REGIONAL",
    default_action={"allow": {}}, visibility_config={"cloudwatch_metrics_enabled": True, "metric_name": "waf", "sampled_requests_enabled": True})

lower_suffix = random.RandomString("lower-suffix", length=8, special=False, upper=False)
aws.s3.BucketV2("random-ok", bucket=pulumi.Output.concat("artifacts-", lower_suffix.result))
aws.s3.BucketV2("account-ok", bucket=f"audit-{caller.account_id}-{current_region.name}")
aws.lb.LoadBalancer("random-alb-ok", name=pulumi.Output.concat("api-", mixed_case.result), load_balancer_type="application")
short_id = random.RandomId("short-id", byte_length=4)
aws.lb.TargetGroup("hex-ok", name=short_id.hex.apply(lambda h: f"api-tg-{h}"), port=80, protocol="HTTP", vpc_id=vpc_id)

# --- unknown
aws.dax.Cluster("dax-from-config", cluster_name=config.require("daxName"), iam_role_arn="arn", node_type="dax.t3.small", replication_factor=1)
aws.mq.Broker("broker-from-config", broker_name=f"{config.require('brokerPrefix')}-mq", engine_type="RabbitMQ", engine_version="3.13", host_instance_type="mq.t3.micro", users=[])
def make_group(name):
    return aws.lb.TargetGroup(name, name=name, port=80, protocol="HTTP", vpc_id=vpc_id)


make_group(config.require("tgName"))
env = config.get("env") or stack
aws.s3.BucketV2("configured-env", bucket=f"data-{env}")
aws.s3.BucketV2("sliced", bucket=f"data-{stack[:8]}")
aws.s3.BucketV2("branch", bucket=f"data-{stack}" if config.get_bool("shared") else f"data-{stack.lower()}")
aws.ssm.Parameter("configured-param", name=config.require("parameterName"), type="String", value="x")
configured_upper = random.RandomString("configured-suffix", length=8, special=False, upper=config.get_bool("upper"))
aws.s3.BucketV2("random-configured", bucket=pulumi.Output.concat("artifacts-", configured_upper.result))
configured_length = random.RandomString("configured-length", length=config.require_int("len"), special=False, upper=False)
aws.lb.LoadBalancer("random-length", name=pulumi.Output.concat("product-catalog-api-", configured_length.result), load_balancer_type="application")
aws.lb.TargetGroup(f"{config.require('tgLogical')}-tg", port=80, protocol="HTTP", vpc_id=vpc_id)
