import pulumi
import pulumi_aws as aws

config = pulumi.Config()
topic = aws.sns.Topic("alerts")
queue = aws.sqs.Queue("jobs")
bucket = aws.s3.Bucket("data")


def alarm(name, namespace, metric, dimensions=None):
    return aws.cloudwatch.MetricAlarm(
        name,
        namespace=namespace,
        metric_name=metric,
        statistic="Sum",
        period=300,
        evaluation_periods=1,
        threshold=1,
        comparison_operator="GreaterThanThreshold",
        dimensions=dimensions,
        alarm_actions=[topic.arn],
    )


# --- bad
aws.cloudwatch.MetricAlarm("queue-depth", namespace="AWS/SQS",
    metric_name="ApproximateNumberOfMessagesVisible",  # error: [aws/alarm-metric-not-published]
    statistic="Maximum", period=300, evaluation_periods=1, threshold=100, comparison_operator="GreaterThanThreshold",
    alarm_actions=[topic.arn])
aws.cloudwatch.MetricAlarm("tasks", namespace="AWS/ECS",
    metric_name="RunningTaskCount",  # error: [aws/alarm-metric-not-published]
    statistic="Average", period=300, evaluation_periods=1, threshold=1, comparison_operator="LessThanThreshold",
    dimensions={"ClusterName": "app", "ServiceName": "web"}, alarm_actions=[topic.arn])
aws.cloudwatch.MetricAlarm("s3-4xx", namespace="AWS/S3",
    metric_name="4xxErrors",  # error: [aws/alarm-metric-not-published]
    statistic="Sum", period=300, evaluation_periods=1, threshold=10, comparison_operator="GreaterThanThreshold",
    dimensions={"BucketName": bucket.id, "FilterId": "EntireBucket"}, alarm_actions=[topic.arn])

# --- clean
alarm("queue-ok", "AWS/SQS", "ApproximateNumberOfMessagesVisible", {"QueueName": queue.name})
alarm("lambda-ok", "AWS/Lambda", "Errors", {"FunctionName": "api"})
alarm("ecs-ok", "AWS/ECS", "CPUUtilization", {"ClusterName": "app", "ServiceName": "web"})

# --- unknown
alarm("configured", "AWS/SQS", config.require("metric"), {"QueueName": queue.name})
alarm("dims", "AWS/SQS", "NumberOfMessagesSent", config.require_object("dimensions"))
