import pulumi
import pulumi_aws as aws

config = pulumi.Config()
topic = aws.sns.Topic("alerts")

# --- bad
aws.cloudwatch.MetricAlarm(  # error: [aws/alarm-without-actions]
    "cpu",
    namespace="AWS/EC2",
    metric_name="CPUUtilization",
    statistic="Average",
    period=300,
    evaluation_periods=2,
    threshold=80,
    comparison_operator="GreaterThanThreshold",
    alarm_actions=[],  # Add SNS topic ARN here
)

# --- clean
aws.cloudwatch.MetricAlarm("cpu-notified", namespace="AWS/EC2", metric_name="CPUUtilization", statistic="Average",
    period=300, evaluation_periods=2, threshold=80, comparison_operator="GreaterThanThreshold",
    alarm_actions=[topic.arn])
step = aws.autoscaling.Policy("scale-out", autoscaling_group_name="web", adjustment_type="ChangeInCapacity", scaling_adjustment=1)
aws.cloudwatch.MetricAlarm("cpu-scaling", namespace="AWS/EC2", metric_name="CPUUtilization", statistic="Average",
    period=300, evaluation_periods=2, threshold=70, comparison_operator="GreaterThanThreshold",
    alarm_actions=[step.arn])

# --- unknown
actions = [topic.arn] if config.get_bool("notify") else []
aws.cloudwatch.MetricAlarm("cpu-optional", namespace="AWS/EC2", metric_name="CPUUtilization", statistic="Average",
    period=300, evaluation_periods=2, threshold=80, comparison_operator="GreaterThanThreshold",
    alarm_actions=actions)
