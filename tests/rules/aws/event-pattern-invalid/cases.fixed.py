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

aws.cloudwatch.EventRule("begins", event_pattern=json.dumps({"source": ["aws.s3"], "detail": {"key": [{"begins-with": "in/"}]}}))  # error: [aws/event-pattern-invalid]
aws.cloudwatch.EventRule("no-sources", event_pattern=json.dumps({"source": []}))  # error: [aws/event-pattern-invalid]
aws.cloudwatch.EventRule("both-unset", schedule_expression="cron(0 12 ? * ? *)")  # error: [aws/event-pattern-invalid]
aws.cloudwatch.EventRule("dict-pattern", event_pattern={"source": ["aws.ec2"]})  # error: [aws/event-pattern-invalid]


class Scheduler(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:events:Scheduler", name, None, opts)
        aws.cloudwatch.EventRule(f"{name}-rule", description="runs the job",  # error: [aws/event-pattern-invalid]
                                 opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


Scheduler("jobs")

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

aws.cloudwatch.EventRule("prefix-ok", event_pattern=json.dumps({"source": ["aws.s3"], "detail": {"key": [{"prefix": "in/"}, {"exists": False}]}}))

# --- unknown
aws.cloudwatch.EventRule("configured", event_pattern=config.require("pattern"))
aws.cloudwatch.EventRule("formatted", event_pattern=f'{{"source": ["{config.require("source")}"]}}')
rule_args = config.require_object("rule")
aws.cloudwatch.EventRule("from-config", **rule_args)
