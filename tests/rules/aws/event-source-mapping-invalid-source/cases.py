import pulumi
import pulumi_aws as aws

config = pulumi.Config()
ROLE = "arn:aws:iam::123456789012:role/lambda"


class Pipeline(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:Pipeline", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        self.validator = aws.lambda_.Function(f"{name}-validator", runtime="python3.12", handler="index.handler", role=ROLE, code=pulumi.FileArchive("./validator"), opts=child)
        self.router = aws.lambda_.Function(f"{name}-router", runtime="python3.12", handler="index.handler", role=ROLE, code=pulumi.FileArchive("./router"), opts=child)
        aws.lambda_.EventSourceMapping(
            f"{name}-chain",
            event_source_arn=self.validator.arn,  # error: [aws/event-source-mapping-invalid-source]
            function_name=self.router.name,
            opts=child,
        )
        queue = aws.sqs.Queue(f"{name}-queue", visibility_timeout_seconds=60, opts=child)
        aws.lambda_.EventSourceMapping(f"{name}-url", event_source_arn=queue.url, function_name=self.router.name, opts=child)  # error: [aws/event-source-mapping-invalid-source]
        aws.lambda_.EventSourceMapping(f"{name}-ok", event_source_arn=queue.arn, function_name=self.router.name, opts=child)
        aws.lambda_.EventSourceMapping(f"{name}-configured", event_source_arn=config.require("source_arn"), function_name=self.router.name, opts=child)
        self.register_outputs({})


# --- bad
Pipeline("payments")

# --- clean
# (the mapping from the queue's ARN inside Pipeline)

# --- unknown
# (the mapping from a configured ARN inside Pipeline)
