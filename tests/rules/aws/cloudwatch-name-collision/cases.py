import pulumi
import pulumi_aws as aws

config = pulumi.Config()
suffix = config.require("environment_suffix")
topic = aws.sns.Topic("alerts")


class Alarms(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:monitoring:Alarms", name, None, opts)
        self.alarms = [
            aws.cloudwatch.MetricAlarm(f"{name}-{m}", name=f"{m}-{suffix}", namespace="AWS/Lambda", metric_name=m,
                statistic="Sum", period=60, evaluation_periods=1, threshold=1,
                comparison_operator="GreaterThanThreshold", opts=pulumi.ResourceOptions(parent=self))
            for m in ["Errors", "Throttles"]
        ]
        for i, alarm in enumerate(self.alarms):
            aws.cloudwatch.MetricAlarm(
                f"{name}-action-{i}",
                name=alarm.name,  # error: [aws/cloudwatch-name-collision]
                alarm_actions=[topic.arn],
                comparison_operator="GreaterThanThreshold",
                evaluation_periods=1,
                opts=pulumi.ResourceOptions(parent=self),
            )


# --- bad
Alarms("lambda")
aws.cloudwatch.Dashboard("one", dashboard_name=f"ops-{suffix}", dashboard_body='{"widgets": []}')
aws.cloudwatch.Dashboard("two", dashboard_name=f"ops-{suffix}", dashboard_body='{"widgets": []}')  # error: [aws/cloudwatch-name-collision]

# --- clean
aws.cloudwatch.Dashboard("three", dashboard_name=f"ops-three-{suffix}", dashboard_body='{"widgets": []}')

# --- unknown
aws.cloudwatch.Dashboard("four", dashboard_name=config.require("dashboard_a"), dashboard_body='{"widgets": []}')
aws.cloudwatch.Dashboard("five", dashboard_name=config.require("dashboard_b"), dashboard_body='{"widgets": []}')
