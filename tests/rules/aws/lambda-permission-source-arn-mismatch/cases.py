import pulumi
import pulumi_aws as aws
from pulumi_aws import events

config = pulumi.Config()
fn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler",
                          role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))
bucket = aws.s3.BucketV2("uploads")

# --- bad
aws.lambda_.Permission("s3-objects", action="lambda:InvokeFunction", function=fn.name, principal="s3.amazonaws.com",
                       source_arn=bucket.arn.apply(lambda arn: f"{arn}/*"))  # error: [aws/lambda-permission-source-arn-mismatch]

bus = aws.cloudwatch.EventBus("orders")
aws.lambda_.Permission("events-bus", action="lambda:InvokeFunction", function=fn.name, principal="events.amazonaws.com",
                       source_arn=bus.arn)  # error: [aws/lambda-permission-source-arn-mismatch]


class Processor(pulumi.ComponentResource):
    def __init__(self, name, source_bucket, opts=None):
        super().__init__("app:proc:Processor", name, None, opts)
        aws.lambda_.Permission(f"{name}-s3", action="lambda:InvokeFunction", function=fn.name, principal="s3.amazonaws.com",
                               source_arn=pulumi.Output.concat(source_bucket.arn, "/incoming/*"),  # error: [aws/lambda-permission-source-arn-mismatch]
                               opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


Processor("proc", bucket)

# --- clean
aws.lambda_.Permission("s3", action="lambda:InvokeFunction", function=fn.name, principal="s3.amazonaws.com", source_arn=bucket.arn)

# --- unknown
aws.lambda_.Permission("configured", action="lambda:InvokeFunction", function=fn.name, principal="s3.amazonaws.com",
                       source_arn=config.require("bucket_arn"))
# A resource type the provider does not have (there is no `pulumi_aws.events` module) is not known
# to be another kind of resource than the rule EventBridge presents.
invented_rule = events.Rule("placed", event_pattern='{"source": ["app.orders"]}')
aws.lambda_.Permission("events-invented", action="lambda:InvokeFunction", function=fn.name, principal="events.amazonaws.com",
                       source_arn=invented_rule.arn)

pulumi.export("fn", fn.name)
