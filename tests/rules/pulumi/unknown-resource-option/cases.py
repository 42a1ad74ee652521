import pulumi
import pulumi_aws as aws

config = pulumi.Config()
logs = aws.cloudwatch.LogGroup("fn-logs", name="/aws/lambda/fn", retention_in_days=14)

# --- bad
aws.sqs.Queue("q-camel", opts=pulumi.ResourceOptions(deleteBeforeReplace=True))  # error: [pulumi/unknown-resource-option]
aws.sqs.Queue("q-invented", opts=pulumi.ResourceOptions(deletion_policy="Retain"))  # error: [pulumi/unknown-resource-option]
west = aws.Provider("west", region="us-west-2")
for n in ["a", "b"]:
    aws.sqs.Queue(f"q-{n}", opts=pulumi.ResourceOptions(provider=west, region="us-west-2"))  # error: [pulumi/unknown-resource-option]


class Queues(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:q:Queues", name, None, pulumi.ResourceOptions(protected=True))  # error: [pulumi/unknown-resource-option]
        aws.sqs.Queue(f"{name}-q", opts=pulumi.ResourceOptions(parent=self, delete_before_replace=True))
        self.register_outputs({})


Queues("queues")
aws.sqs.Queue("q-dict", opts={"depends_on": [logs], "protect": False})  # error: [pulumi/unknown-resource-option]


class Topics(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:t:Topics", name, None, opts)
        aws.sns.Topic(f"{name}-t", opts=dict(parent=self))  # error: [pulumi/unknown-resource-option]
        self.register_outputs({})


Topics("topics", {"protect": True})  # error: [pulumi/unknown-resource-option]

# --- clean
aws.sqs.Queue("q2", visibility_timeout_seconds=60, opts=pulumi.ResourceOptions(depends_on=[logs], protect=False, ignore_changes=["tags"], retain_on_delete=True))
aws.sqs.Queue("q3", opts=pulumi.ResourceOptions(custom_timeouts=pulumi.CustomTimeouts(create="5m"), aliases=[pulumi.Alias(name="old-q3")], deleted_with=logs))
# A misspelt depends_on belongs to pulumi/depends-on-in-args.
aws.sqs.Queue("q4", opts=pulumi.ResourceOptions(dependsOn=[logs]))
base = {"protect": False}
aws.sqs.Queue("q6", opts=pulumi.ResourceOptions(**base))

# --- unknown


def queue_with(opts):
    return aws.sqs.Queue("q5", opts=pulumi.ResourceOptions.merge(opts, pulumi.ResourceOptions(protect=config.get_bool("protect"))))
