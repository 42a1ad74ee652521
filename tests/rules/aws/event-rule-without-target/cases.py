import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
topic = aws.sns.Topic("ops")

# --- bad
aws.cloudwatch.EventRule("guardduty-findings",  # error: [aws/event-rule-without-target]
                         event_pattern=json.dumps({"source": ["aws.guardduty"], "detail-type": ["GuardDuty Finding"]}))

# --- clean
backup = aws.cloudwatch.EventRule("backup-failed", event_pattern=json.dumps({"source": ["aws.backup"]}))
aws.cloudwatch.EventTarget("backup-failed", rule=backup.name, arn=topic.arn)

# --- unknown
aws.cloudwatch.EventRule("health", name=config.require("health_rule"), event_pattern=json.dumps({"source": ["aws.health"]}))
aws.cloudwatch.EventTarget("health", rule="health-events", arn=topic.arn)
