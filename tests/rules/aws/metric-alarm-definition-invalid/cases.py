import pulumi
import pulumi_aws as aws

config = pulumi.Config()
topic = aws.sns.Topic("alerts")

# --- bad
for fn in ["api", "worker"]:
    aws.cloudwatch.MetricAlarm(
        f"{fn}-errors",
        namespace="AWS/Lambda",
        metric_name="Errors",  # error: [aws/metric-alarm-definition-invalid]
        period=60,
        evaluation_periods=1,
        threshold=1,
        comparison_operator="GreaterThanThreshold",
        dimensions={"FunctionName": fn},
        alarm_actions=[topic.arn],
    )
aws.cloudwatch.MetricAlarm(
    "p95-in-statistic",
    namespace="AWS/Lambda",
    metric_name="Duration",
    statistic="p95",  # error: [aws/metric-alarm-definition-invalid]
    period=300,
    evaluation_periods=1,
    threshold=3000,
    comparison_operator="GreaterThanThreshold",
    treat_missing_data="not_breaching",  # error: [aws/metric-alarm-definition-invalid]
    alarm_actions=[topic.arn],
)

# --- clean
aws.cloudwatch.MetricAlarm(
    "ok",
    namespace="AWS/Lambda",
    metric_name="Duration",
    extended_statistic="p95",
    period=300,
    evaluation_periods=1,
    threshold=3000,
    comparison_operator="GreaterThanThreshold",
    treat_missing_data="notBreaching",
    alarm_actions=[topic.arn],
)

# --- unknown
aws.cloudwatch.MetricAlarm(
    "configured",
    namespace="AWS/Lambda",
    metric_name="Duration",
    statistic=config.require("statistic"),
    period=config.require_int("period"),
    evaluation_periods=1,
    threshold=3000,
    comparison_operator=config.require("operator"),
    alarm_actions=[topic.arn],
)
