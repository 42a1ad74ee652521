import pulumi
import pulumi_aws as aws

config = pulumi.Config()
events_role = "arn:aws:iam::123456789012:role/events"
bus = aws.cloudwatch.EventBus("orders")
bus_rule = aws.cloudwatch.EventRule("placed", event_bus_name=bus.name, event_pattern='{"source": ["app.orders"]}')
default_rule = aws.cloudwatch.EventRule("stopped", event_pattern='{"source": ["aws.ec2"]}')
machine = aws.sfn.StateMachine("fulfil", role_arn="arn:aws:iam::123456789012:role/sfn", definition="{}")
stream = aws.kinesis.Stream("events", shard_count=1)
audit_logs = aws.cloudwatch.LogGroup("audit", retention_in_days=30)

# --- bad
aws.cloudwatch.EventTarget("fulfil", rule=bus_rule.name, event_bus_name=bus.name, arn=machine.arn)  # error: [aws/event-target-misconfigured]
aws.cloudwatch.EventTarget("audit", rule=default_rule.name, arn=audit_logs.arn, role_arn=events_role)  # error: [aws/event-target-misconfigured]
aws.cloudwatch.EventTarget("on-default", rule=bus_rule.name, arn=stream.arn, role_arn=events_role)  # error: [aws/event-target-misconfigured]
aws.cloudwatch.EventBus("app", event_source_name="tap.application.dev")  # error: [aws/event-target-misconfigured]


def firehose_target(name, rule):
    delivery = aws.kinesis.FirehoseDeliveryStream(name, destination="extended_s3")
    return aws.cloudwatch.EventTarget(name, rule=rule.name, arn=delivery.arn)  # error: [aws/event-target-misconfigured]


firehose_target("archive", default_rule)

# --- clean
aws.cloudwatch.EventTarget("fulfil-ok", rule=bus_rule.name, event_bus_name=bus.name, arn=machine.arn, role_arn=events_role)
aws.cloudwatch.EventTarget("audit-ok", rule=default_rule.name, arn=audit_logs.arn)
aws.cloudwatch.EventTarget("stream-ok", rule=bus_rule.name, event_bus_name=bus_rule.event_bus_name, arn=stream.arn,
                           role_arn=events_role)
aws.cloudwatch.EventBus("partner", event_source_name="aws.partner/example.com/123/events")

# --- unknown
aws.cloudwatch.EventTarget("configured", rule=bus_rule.name, event_bus_name=config.require("bus"),
                           arn=config.require("target_arn"))
aws.cloudwatch.EventTarget("role-from-config", rule=default_rule.name, arn=machine.arn, role_arn=config.get("events_role"))

pulumi.export("bus", bus.name)
