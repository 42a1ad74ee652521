import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
token = config.getSecret("apiToken")  # error: [pulumi/unknown-config-method]
retention = config.get_number("retentionDays") or 14  # error: [pulumi/unknown-config-method]
debug = config.get_boolean("debug") or False  # error: [pulumi/unknown-config-method]
region = config.get_string("region") or "us-east-1"  # error: [pulumi/unknown-config-method]
replicas = config.requireNumber("replicas")  # error: [pulumi/unknown-config-method]


class Settings:
    def __init__(self, c):
        self.tier = c.require_str("tier")  # error: [pulumi/unknown-config-method]


# --- clean
suffix = config.require("environmentSuffix")
count = config.get_int("count", 2)
ratio = config.get_float("ratio") or 0.5
verbose = config.get_bool("verbose", False)
password = config.require_secret("dbPassword")
azs = config.get_object("azs") or []
aws_region = pulumi.Config("aws").require("region")

# --- unknown


def read(c, key):
    return c.getSecret(key)


aws.cloudwatch.LogGroup(
    "app",
    retention_in_days=retention,
    tags={
        "Region": region,
        "Suffix": suffix,
        "Count": str(count),
        "Ratio": str(ratio),
        "Verbose": str(verbose),
        "Debug": str(debug),
        "Replicas": str(replicas),
        "Tier": Settings(config).tier,
        "Azs": ",".join(azs),
        "AwsRegion": aws_region,
    },
)
pulumi.export("secrets", pulumi.Output.all(token, password))
