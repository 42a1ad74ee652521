import pulumi
import pulumi_aws as aws

config = pulumi.Config()


class Logs(pulumi.ComponentResource):
    def __init__(self, name, days, opts=None):
        super().__init__("app:Logs", name, None, opts)
        aws.cloudwatch.LogGroup(name, name=f"/app/{name}", retention_in_days=days, opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


# --- bad
Logs("half-year", 183)  # error: [aws/log-group-retention-invalid]

# --- clean
Logs("month", 30)

# --- unknown
Logs("configured", config.get_int("days"))
