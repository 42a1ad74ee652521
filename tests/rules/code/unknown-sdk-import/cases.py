import pulumi

# --- bad
from pulumi_aws import ec2, logs  # error: [code/unknown-sdk-import]
import pulumi_aws.stepfunctions as sfn  # error: [code/unknown-sdk-import]
from pulumi_aws.s3 import BucketV9  # error: [code/unknown-sdk-import]
from pulumi import get_account_id  # error: [code/unknown-sdk-import]
import pulumi.random as prandom  # error: [code/unknown-sdk-import]
from pulumi import awsx  # error: [code/unknown-sdk-import]
import pulumi_aws.sqs.Queue  # error: [code/unknown-sdk-import]


class Logs(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:logs:Logs", name, {}, opts)
        for n in ["a", "b"]:
            logs.LogGroup(f"{name}-{n}", opts=pulumi.ResourceOptions(parent=self))
        sfn.StateMachine(f"{name}-sm", opts=pulumi.ResourceOptions(parent=self))
        BucketV9(f"{name}-b", opts=pulumi.ResourceOptions(parent=self))


Logs("logs")
pulumi.export("account", get_account_id())
pulumi.export("misc", [prandom, awsx])

# --- clean
from pulumi_aws import cloudwatch, lambda_, get_caller_identity, Provider
from pulumi_aws.s3 import BucketV2, BucketV2Args, bucket_v2
from pulumi_aws.ec2 import SecurityGroupIngressArgs
from pulumi import Output, ResourceOptions, export
import pulumi_random as random
import pulumi_aws.sqs as sqs

vpc = ec2.Vpc("main", cidr_block="10.0.0.0/16")
group = cloudwatch.LogGroup("app", retention_in_days=14)
data = BucketV2("data", opts=ResourceOptions(provider=Provider("p", region="us-east-1")))
rule = SecurityGroupIngressArgs(protocol="tcp", from_port=443, to_port=443)
export("vpc", vpc.id)
export("who", get_caller_identity().account_id)
export("unused", [lambda_, BucketV2Args, bucket_v2, Output])
export("suffix", random.RandomId("suffix", byte_length=4).hex)
export("jobs", sqs.Queue("jobs").arn)

# --- unknown
from pulumi.runtime import some_new_helper

some_new_helper()
