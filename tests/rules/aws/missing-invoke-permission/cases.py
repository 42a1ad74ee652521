import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/lambda"
code = pulumi.FileArchive("./app")

# --- bad
handler = aws.lambda_.Function("handler", runtime="python3.13", handler="index.handler", role=role, code=code)
topic = aws.sns.Topic("alerts")
aws.sns.TopicSubscription("alerts", topic=topic.arn, protocol="lambda", endpoint=handler.arn)  # error: [aws/missing-invoke-permission]

checker = aws.lambda_.Function("checker", runtime="python3.13", handler="index.handler", role=role, code=code)
aws.cfg.Rule("tags", source={"owner": "CUSTOM_LAMBDA", "source_identifier": checker.arn,  # error: [aws/missing-invoke-permission]
                             "source_details": [{"message_type": "ConfigurationItemChangeNotification"}]})
mail = aws.lambda_.Function("mail", runtime="python3.13", handler="index.handler", role=role, code=code)
rules = aws.ses.ReceiptRuleSet("inbound", rule_set_name="inbound")
aws.ses.ReceiptRule("inbound", rule_set_name=rules.rule_set_name, enabled=True,
                    lambda_actions=[{"function_arn": mail.arn, "position": 1}])  # error: [aws/missing-invoke-permission]
device = aws.lambda_.Function("device", runtime="python3.13", handler="index.handler", role=role, code=code)
aws.iot.TopicRule("telemetry", enabled=True, sql="SELECT * FROM 'devices/+/telemetry'", sql_version="2016-03-23",
                  lambdas=[{"function_arn": device.arn}])  # error: [aws/missing-invoke-permission]

# --- clean
migrate = aws.lambda_.Function("migrate", runtime="python3.13", handler="index.handler", role=role, code=code)
pool = aws.cognito.UserPool("members", lambda_config={"user_migration": migrate.arn})
aws.lambda_.Permission("cognito", action="lambda:InvokeFunction", function=migrate.name,
                       principal="cognito-idp.amazonaws.com", source_arn=pool.arn)
ok = aws.lambda_.Function("ok", runtime="python3.13", handler="index.handler", role=role, code=code)
rule = aws.cloudwatch.EventRule("hourly", schedule_expression="rate(1 hour)")
aws.lambda_.Permission("events", action="lambda:InvokeFunction", function=ok.name, principal="events.amazonaws.com", source_arn=rule.arn)
aws.cloudwatch.EventTarget("hourly", rule=rule.name, arn=ok.arn)

# --- unknown
other = aws.lambda_.Function("other", runtime="python3.13", handler="index.handler", role=role, code=code)
aws.lambda_.Permission("unclear", action="lambda:InvokeFunction", function=config.require("function_name"), principal="s3.amazonaws.com")
bucket = aws.s3.BucketV2("data")
aws.s3.BucketNotification("data", bucket=bucket.id, lambda_functions=[{"lambda_function_arn": other.arn, "events": ["s3:ObjectCreated:*"]}])
