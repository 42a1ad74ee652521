import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/worker"
fn = aws.lambda_.Function("ingest", runtime="python3.13", handler="app.handler", role=role,
                          code=pulumi.FileArchive("./ingest"), timeout=60)
events = aws.dynamodb.Table("events", hash_key="pk", attributes=[{"name": "pk", "type": "S"}],
                            billing_mode="PAY_PER_REQUEST", stream_enabled=True, stream_view_type="NEW_AND_OLD_IMAGES")
jobs = aws.sqs.Queue("jobs", name="jobs.fifo", fifo_queue=True, visibility_timeout_seconds=360)
audit = aws.sqs.Queue("audit", visibility_timeout_seconds=360)


class Consumer(pulumi.ComponentResource):
    def __init__(self, name, source_arn, batch, opts=None):
        super().__init__("acme:events:Consumer", name, None, opts)
        aws.lambda_.EventSourceMapping(name, event_source_arn=source_arn, function_name=fn.name,  # error: [aws/event-source-mapping-settings-invalid]
                                       batch_size=batch, opts=pulumi.ResourceOptions(parent=self))


# --- bad
Consumer("events", events.stream_arn, 100)
aws.lambda_.EventSourceMapping("jobs", event_source_arn=jobs.arn, function_name=fn.name,
                               batch_size=20)  # error: [aws/event-source-mapping-settings-invalid]
aws.lambda_.EventSourceMapping("audit", event_source_arn=audit.arn, function_name=fn.name,
                               batch_size=1000, maximum_batching_window_in_seconds=0)  # error: [aws/event-source-mapping-settings-invalid]

# --- clean
aws.lambda_.EventSourceMapping("events-ok", event_source_arn=events.stream_arn, function_name=fn.name,
                               starting_position="LATEST", batch_size=100)
aws.lambda_.EventSourceMapping("audit-ok", event_source_arn=audit.arn, function_name=fn.name, batch_size=10)

# --- unknown
aws.lambda_.EventSourceMapping("audit-cfg", event_source_arn=audit.arn, function_name=fn.name,
                               batch_size=1000, maximum_batching_window_in_seconds=config.get_int("window"))
