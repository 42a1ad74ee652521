import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"
vpc_id = config.require("vpcId")

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

# --- clean
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


# --- unknown
def make_group(name):
    return aws.lb.TargetGroup(name, name=name, port=80, protocol="HTTP", vpc_id=vpc_id)


make_group(config.require("tgName"))
