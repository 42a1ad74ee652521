import pulumi
import pulumi_aws as aws

config = pulumi.Config()
api = aws.apigateway.RestApi("api", name="orders")
method = aws.apigateway.Method("get", rest_api=api.id, resource_id=api.root_resource_id, http_method="GET", authorization="NONE")
cache = aws.elasticache.ServerlessCache("cache", engine="redis", name="cache")
db = aws.rds.Instance(
    "db",
    engine="postgres",
    instance_class="db.t3.micro",
    allocated_storage=20,
    username="app",
    manage_master_user_password=True,
)

# --- bad
# A name close to no output may be an attribute the program set itself: not known without that fact.
pulumi.export("execution_arn", method.execution_arn)  # todo-error: [aws/unknown-attribute]
pulumi.export("cache_endpoint", cache.endpoint)  # error: [aws/unknown-attribute]
pulumi.export("secret_arn", db.master_user_secret.arn)  # error: [aws/unknown-attribute]
pulumi.export("api_id", api.rootResourceId)  # error: [aws/unknown-attribute]
pulumi.export("db_address", db.Address)  # error: [aws/unknown-attribute]

# --- clean
pulumi.export("api_execution_arn", api.execution_arn)
pulumi.export("cache_endpoints", cache.endpoints)
pulumi.export("secret", db.master_user_secrets[0]["secret_arn"])
pulumi.export("db_urn", db.urn)
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
vpc.private_subnet_ids = ["subnet-a", "subnet-b"]
aws.rds.SubnetGroup("db-subnets", subnet_ids=vpc.private_subnet_ids)

# --- unknown
existing = aws.s3.Bucket.get("existing", config.require("bucket_id"))
pulumi.export("existing_region", existing.region_name)
