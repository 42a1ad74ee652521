import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
fn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))

# --- bad
aws.cloudwatch.Dashboard(
    "dims-object",
    dashboard_body=fn.name.apply(lambda name: json.dumps({
        "widgets": [{
            "type": "metric",
            "properties": {
                "region": "us-east-1",
                "metrics": [
                    ["AWS/Lambda", "Invocations", {"FunctionName": name}],  # error: [aws/cloudwatch-dashboard-invalid]
                    [".", "Errors", {"FunctionName": name, "stat": "Sum"}],
                ],
            },
        }],
    })),
)

aws.cloudwatch.Dashboard(
    "no-region",
    dashboard_body=json.dumps({
        "widgets": [
            {"type": "metric", "properties": {"metrics": [["Custom/App", "Orders"]]}},  # error: [aws/cloudwatch-dashboard-invalid]
            {"type": "metric", "properties": {"region": "us-east-1", "metrics": [["Custom/App", "Latency", {"stat": "Average", "period": 300, "period": 3600}]]}},  # error: [aws/cloudwatch-dashboard-invalid]
        ],
    }),
)

eu = aws.Provider("eu", region="eu-west-1")
eu_fn = aws.lambda_.Function("eu-fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",
    code=pulumi.FileArchive("./app"), opts=pulumi.ResourceOptions(provider=eu))
aws.cloudwatch.Dashboard(
    "wrong-region",
    dashboard_body=pulumi.Output.json_dumps({"widgets": [{"type": "metric", "properties": {
        "region": "us-east-1",  # error: [aws/cloudwatch-dashboard-invalid]
        "metrics": [["AWS/Lambda", "Errors", "FunctionName", eu_fn.name]],
    }}]}),
    opts=pulumi.ResourceOptions(provider=eu),
)

# JSON written as an f-string: the holes sit inside strings, so the structure is known.
aws.cloudwatch.Dashboard("formatted-no-region", dashboard_body=fn.name.apply(lambda name: f'{{"widgets": [{{"type": "metric", "properties": {{"metrics": [["AWS/Lambda", "Errors", "FunctionName", "{name}"]]}}}}]}}'))  # error: [aws/cloudwatch-dashboard-invalid]

# --- clean
aws.cloudwatch.Dashboard(
    "ok",
    dashboard_body=fn.name.apply(lambda name: json.dumps({
        "widgets": [
            {
                "type": "metric",
                "properties": {
                    "region": "us-east-1",
                    "metrics": [
                        ["AWS/Lambda", "Invocations", "FunctionName", name, {"stat": "Sum"}],
                        [".", "Errors", ".", ".", {"stat": "Sum", "color": "#d62728"}],
                        [{"expression": "100 * m2 / m1", "label": "Error rate", "id": "e1"}],
                    ],
                },
            },
            {"type": "text", "properties": {"markdown": "# Lambda"}},
        ],
    })),
)

aws.cloudwatch.Dashboard("formatted", dashboard_body=fn.name.apply(lambda name: f'{{"widgets": [{{"type": "metric", "properties": {{"region": "us-east-1", "metrics": [["AWS/Lambda", "Errors", "FunctionName", "{name}"]]}}}}]}}'))

# --- unknown
aws.cloudwatch.Dashboard("from-config", dashboard_body=config.require("dashboard_body"))
# A hole outside the JSON strings: the structure is not known.
aws.cloudwatch.Dashboard("formatted", dashboard_body=fn.name.apply(lambda name: f'{{"widgets": {name}}}'))
