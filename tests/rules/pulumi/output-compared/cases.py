import pulumi
import pulumi_aws as aws

config = pulumi.Config()
env = config.get("env") or "dev"
queue = aws.sqs.Queue("jobs", fifo_queue=True)

# --- bad
if queue.fifo_queue == True:  # error: [pulumi/output-compared]
    pulumi.export("kind", "fifo")


class Env(pulumi.ComponentResource):
    def __init__(self, name, stack_ref, opts=None):
        super().__init__("app:env:Env", name, None, opts)
        self.prod = stack_ref.get_output("environment") == "prod"  # error: [pulumi/output-compared]
        self.register_outputs({})


Env("env", pulumi.StackReference("org/shared/prod"))

# --- clean
is_prod = env == "prod"
pulumi.export("kind", queue.fifo_queue.apply(lambda f: "fifo" if f else "standard"))
if queue.arn is not None:
    pulumi.export("arn", queue.arn)

# --- unknown
tier = config.get("tier")
if tier == "premium":
    aws.sqs.Queue("premium")
