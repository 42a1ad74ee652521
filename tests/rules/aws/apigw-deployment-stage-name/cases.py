import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment = config.get("environment") or "dev"
api = aws.apigateway.RestApi("api")

# --- bad
deployment = aws.apigateway.Deployment(
    "deployment",
    rest_api=api.id,
    stage_name=environment,  # error: [aws/apigw-deployment-stage-name]
)
aws.apigateway.Stage("stage", rest_api=api.id, deployment=deployment.id, stage_name=environment)


def build_api(name):
    rest = aws.apigateway.RestApi(f"{name}-api")
    d = aws.apigateway.Deployment(f"{name}-deployment", rest_api=rest.id, stage_name="v1")  # error: [aws/apigw-deployment-stage-name]
    aws.apigateway.UsagePlan(f"{name}-plan", api_stages=[aws.apigateway.UsagePlanApiStageArgs(api_id=rest.id, stage=d.stage_name)])
    return rest


for name in ["orders"]:
    build_api(name)

# --- clean
ok_api = aws.apigateway.RestApi("ok")
ok = aws.apigateway.Deployment("ok", rest_api=ok_api.id)
ok_stage = aws.apigateway.Stage("ok", rest_api=ok_api.id, deployment=ok.id, stage_name="prod")
aws.apigateway.UsagePlan("ok-plan", api_stages=[{"api_id": ok_api.id, "stage": ok_stage.stage_name}])

# --- unknown
other_api = aws.apigateway.RestApi("other")
other = aws.apigateway.Deployment("other", rest_api=other_api.id, stage_name="prod")
aws.apigateway.Stage("other", rest_api=other_api.id, deployment=other.id, stage_name=config.require("stage_name"))

pulumi.export("api", api.id)
