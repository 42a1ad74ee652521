import pulumi
import pulumi_aws as aws

config = pulumi.Config()


def error_alarm(name, topic):
    return aws.cloudwatch.MetricAlarm(name, namespace="AWS/Lambda", metric_name="Errors", statistic="Sum", period=60,
        evaluation_periods=1, threshold=1, comparison_operator="GreaterThanOrEqualToThreshold", alarm_actions=[topic.arn])


# --- bad
alerts = aws.sns.Topic("alerts")  # error: [aws/alarm-topic-without-subscription]
error_alarm("api-errors", alerts)

# --- clean
paged = aws.sns.Topic("paged")
aws.sns.TopicSubscription("pager", topic=paged.arn, protocol="https", endpoint=config.require("pager_url"))
error_alarm("worker-errors", paged)

# --- unknown
if config.get_bool("notify"):
    maybe = aws.sns.Topic("maybe")
    error_alarm("maybe-errors", maybe)
