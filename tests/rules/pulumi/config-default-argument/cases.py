import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
suffix = config.require("environmentSuffix", "dev")  # error: [pulumi/config-default-argument]
retention = config.require_int("retentionDays", 14)  # error: [pulumi/config-default-argument]


class Settings:
    def __init__(self, c):
        self.token = c.require_secret("token", default="none")  # error: [pulumi/config-default-argument]


# --- clean
region = config.get("region", "us-east-1")
tier = config.get("tier") or "small"
count = config.get_int("count", 2)
debug = config.get_bool("debug", False)

# --- unknown


def read(c, fallback):
    return c.require("name", fallback)


aws.cloudwatch.LogGroup("app", retention_in_days=retention, tags={"Region": region, "Suffix": suffix, "Tier": tier, "Count": str(count), "Debug": str(debug)})
pulumi.export("token", Settings(config).token)
