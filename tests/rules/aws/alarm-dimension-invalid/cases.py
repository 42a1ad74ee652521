import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
topic = aws.sns.Topic("alerts")
alb = aws.lb.LoadBalancer("web", load_balancer_type="application", subnets=["subnet-a", "subnet-b"])
cluster = aws.rds.Cluster("db", engine="aurora-postgresql", master_username="app", manage_master_user_password=True)
table = aws.dynamodb.Table("orders", attributes=[{"name": "id", "type": "S"}], hash_key="id", billing_mode="PAY_PER_REQUEST")


def alarm(name, namespace, metric, dimensions):
    return aws.cloudwatch.MetricAlarm(name, namespace=namespace, metric_name=metric, statistic="Sum", period=60,
        evaluation_periods=1, threshold=1, comparison_operator="GreaterThanThreshold",
        dimensions=dimensions, alarm_actions=[topic.arn])


# --- bad
aws.cloudwatch.MetricAlarm("alb-5xx", namespace="AWS/ApplicationELB", metric_name="HTTPCode_ELB_5XX_Count", statistic="Sum",
    period=60, evaluation_periods=1, threshold=10, comparison_operator="GreaterThanThreshold",
    dimensions={"LoadBalancer": alb.name},  # error: [aws/alarm-dimension-invalid]
    alarm_actions=[topic.arn])
aws.cloudwatch.MetricAlarm("db-cpu", namespace="AWS/RDS", metric_name="CPUUtilization", statistic="Average",
    period=60, evaluation_periods=1, threshold=80, comparison_operator="GreaterThanThreshold",
    dimensions={"DBClusterIdentifier": cluster.arn},  # error: [aws/alarm-dimension-invalid]
    alarm_actions=[topic.arn])
aws.cloudwatch.MetricAlarm("throttles", namespace="AWS/DynamoDB", metric_name="ThrottledRequests", statistic="Sum",
    period=60, evaluation_periods=1, threshold=1, comparison_operator="GreaterThanThreshold",
    dimensions={"Table": table.name},  # error: [aws/alarm-dimension-invalid]
    alarm_actions=[topic.arn])

# --- clean
alarm("alb-ok", "AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", {"LoadBalancer": alb.arn_suffix})
alarm("db-ok", "AWS/RDS", "CPUUtilization", {"DBClusterIdentifier": cluster.cluster_identifier})
alarm("table-ok", "AWS/DynamoDB", "ThrottledRequests", {"TableName": table.name, "Operation": "PutItem"})
aws.cloudwatch.Dashboard("ops", dashboard_body=table.name.apply(lambda name: json.dumps({
    "widgets": [{"type": "metric", "properties": {"region": "us-east-1", "metrics": [
        ["AWS/DynamoDB", "ConsumedWriteCapacityUnits", "TableName", name],
        [".", "ConsumedReadCapacityUnits", ".", "."],
    ]}}],
})))

# --- unknown
alarm("dynamic", config.require("namespace"), "Errors", {"Whatever": table.arn})
alarm("external", "AWS/RDS", "CPUUtilization", {"DBClusterIdentifier": config.require("cluster_id")})
