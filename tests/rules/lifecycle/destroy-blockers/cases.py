import pulumi
import pulumi_aws as aws

config = pulumi.Config()
is_prod = config.get("env") == "prod"

# --- bad
aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro")  # error: [lifecycle/destroy-blockers]
aws.dynamodb.Table("orders", hash_key="id",  # error: [lifecycle/destroy-blockers]
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
    opts=pulumi.ResourceOptions(protect=True))
aws.s3.Bucket("data")  # error: [lifecycle/destroy-blockers]
aws.secretsmanager.Secret("api-key", name="app/api-key")  # error: [lifecycle/destroy-blockers]
aws.lb.LoadBalancer("alb", subnets=["subnet-1", "subnet-2"], enable_deletion_protection=True)  # error: [lifecycle/destroy-blockers]
for name in ["api", "worker"]:
    aws.ecr.Repository(f"{name}-repo", force_delete=False)  # error: [lifecycle/destroy-blockers]

# --- clean
aws.rds.Instance("db-clean", engine="postgres", instance_class="db.t3.micro", skip_final_snapshot=True)
aws.s3.Bucket("scratch", force_destroy=True)
aws.secretsmanager.Secret("token", name="app/token", recovery_window_in_days=0)
aws.kms.Key("key", deletion_window_in_days=30)

# --- unknown
aws.rds.Instance("db-config", engine="postgres", instance_class="db.t3.micro",
    deletion_protection=is_prod, skip_final_snapshot=not is_prod)
aws.dynamodb.Table("protected-in-prod", hash_key="id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
    opts=pulumi.ResourceOptions(protect=is_prod))
