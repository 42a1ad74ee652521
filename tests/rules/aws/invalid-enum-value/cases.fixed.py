import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = config.require("lambda_role_arn")
code = pulumi.FileArchive("./app")

# --- bad
aws.lambda_.Function("fn", runtime="python3.11.x", handler="main.handler", role=role, code=code)  # error: [aws/invalid-enum-value]
# Not fixed: as a SecureString the literal value would be a hard-coded secret (security/hardcoded-secret).
aws.ssm.Parameter("db-host", type="Secure String", value="db.internal")  # error: [aws/invalid-enum-value]
aws.rds.ClusterInstance("writer", cluster_identifier="aurora", instance_class="db.r6g.large", engine="aurora-postgres")  # error: [aws/invalid-enum-value]
aws.s3.BucketAcl("acl", bucket="logs", acl=aws.s3.CannedAcl.PUBLIC_REED)  # error: [aws/invalid-enum-value]
aws.s3.Bucket("acl-case", acl="private")  # error: [aws/invalid-enum-value]
aws.ssm.Parameter("subnets", type="StringList", value="subnet-1,subnet-2")  # error: [aws/invalid-enum-value]
# Members of the runtime enum that do not exist are decoded into a value without the schema.
aws.lambda_.Function("fn-member", runtime=aws.lambda_.Runtime.PYTHON3D99, handler="main.handler", role=role, code=code)  # todo-error: [aws/invalid-enum-value]

# --- clean
aws.lambda_.Function("fn-ok", runtime=aws.lambda_.Runtime.PYTHON3D12, handler="main.handler", role=role, code=code)
aws.ssm.Parameter("db-host-ok", type="SecureString", value="db.internal")
# Python passes it to the provider, which also creates the instances of Multi-AZ DB clusters.
aws.rds.ClusterInstance("multi-az-member", cluster_identifier="db", instance_class="db.m6gd.large", engine="mysql")
aws.rds.ClusterInstance("writer-ok", cluster_identifier="aurora", instance_class="db.r6g.large", engine="aurora-postgresql")
aws.s3.BucketAcl("acl-ok", bucket="logs", acl=aws.s3.CannedAcl.LOG_DELIVERY_WRITE)

# --- unknown
aws.ssm.Parameter("configured", type=config.require("parameter_type"), value="x")
