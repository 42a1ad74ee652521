import pulumi
import pulumi_aws as aws

config = pulumi.Config()
provider = aws.Provider("aws", region="us-east-1", default_tags=aws.ProviderDefaultTagsArgs(tags={"CostCenter": "1234"}))

# --- bad
aws.iam.Policy("read", policy="{}", tags={"costcenter": "1234"}, opts=pulumi.ResourceOptions(provider=provider))  # error: [naming/tag-keys-differ-in-case]
for name in ["a", "b"]:
    aws.sqs.Queue(f"q-{name}", tags={"Owner": "team", "owner": "me"})  # error: [naming/tag-keys-differ-in-case]

# --- clean
aws.sqs.Queue("clean", tags={"CostCenter": "1234"}, opts=pulumi.ResourceOptions(provider=provider))

# --- unknown
aws.sqs.Queue("configured", tags=config.require_object("tags"))
