import pulumi
import pulumi_aws as aws

config = pulumi.Config()
bus = aws.cloudwatch.EventBus("orders")

# --- bad
aws.cloudwatch.EventRule("poll", event_bus_name="orders-bus", schedule_expression="rate(5 minutes)")  # error: [aws/event-rule-schedule-on-custom-bus]


def scheduled(name, expression):
    return aws.cloudwatch.EventRule(name, event_bus_name=bus.name, schedule_expression=expression)  # error: [aws/event-rule-schedule-on-custom-bus]


scheduled("cleanup", "cron(0 3 * * ? *)")

# --- clean
aws.cloudwatch.EventRule("hourly", schedule_expression="rate(1 hour)")
aws.cloudwatch.EventRule("placed", event_bus_name=bus.name, event_pattern='{"source": ["app.orders"]}')

# --- unknown
aws.cloudwatch.EventRule("configured", event_bus_name=config.get("bus"), schedule_expression="rate(1 hour)")

pulumi.export("bus", bus.name)
