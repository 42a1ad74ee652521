import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.ssm.Parameter(
    "pulumi-token",
    name="/codebuild/pulumi-token",
    type="String",  # error: [security/secret-in-plain-parameter]
    value="placeholder-token",
)

# --- clean
aws.ssm.Parameter("table-name", name="/app/table-name", type="String", value="orders")

# --- unknown
aws.ssm.Parameter("configured", name=config.require("param_name"), type="String", value="x")
