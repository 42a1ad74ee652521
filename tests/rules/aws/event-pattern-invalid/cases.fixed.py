import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.cloudwatch.EventRule(
    "findings",
    event_pattern=json.dumps({
        "source": ["aws.guardduty"],
        "detail_type": ["GuardDuty Finding"],  # error: [aws/event-pattern-invalid]
        "detail": {"severity": 8},  # error: [aws/event-pattern-invalid]
    }),
)
aws.cloudwatch.EventRule("poll", schedule_expression="rate(5 minutes)")  # error: [aws/event-pattern-invalid]
aws.cloudwatch.EventRule("daily", schedule_expression="cron(0 12 * * * *)")  # error: [aws/event-pattern-invalid]

# --- clean
aws.cloudwatch.EventRule(
    "findings-ok",
    event_pattern=json.dumps({
        "source": ["aws.guardduty"],
        "detail-type": ["GuardDuty Finding"],
        "detail": {"severity": [{"numeric": [">=", 7]}]},
    }),
)
aws.cloudwatch.EventRule("poll-ok", schedule_expression="rate(5 minutes)")
aws.cloudwatch.EventRule("daily-ok", schedule_expression="cron(0 12 * * ? *)")

# --- unknown
aws.cloudwatch.EventRule("configured", event_pattern=config.require("pattern"))
aws.cloudwatch.EventRule("formatted", event_pattern=f'{{"source": ["{config.require("source")}"]}}')
