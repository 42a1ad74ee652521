import pulumi
import pulumi_aws as aws

config = pulumi.Config()
logs = aws.cloudwatch.LogGroup("app", retention_in_days=14)


def error_filter(name, pattern):
    return aws.cloudwatch.LogMetricFilter(
        name,
        log_group_name=logs.name,
        pattern=pattern,
        metric_transformation=aws.cloudwatch.LogMetricFilterMetricTransformationArgs(name=f"{name}-count", namespace="App", value="1", default_value="0"),
    )


# --- bad
for level in ["ERROR", "CRITICAL"]:
    error_filter(level.lower(), f"[{level}]")  # error: [aws/log-metric-filter-pattern-invalid]
error_filter("bad-json", '{ $.status = 500 ')  # error: [aws/log-metric-filter-pattern-invalid]

# --- clean
error_filter("errors", "ERROR")
error_filter("json", '{ $.status = 500 }')

# --- unknown
error_filter("configured", config.require("pattern"))
