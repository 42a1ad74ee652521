import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
target_group = aws.lb.TargetGroup("tg", port=80, protocol="HTTP", vpc_id=vpc.id)
alb = aws.lb.LoadBalancer("alb", load_balancer_type="application", subnets=["subnet-1", "subnet-2"])
nlb = aws.lb.LoadBalancer("nlb", load_balancer_type="network", internal=True, subnets=["subnet-1", "subnet-2"])
listener = aws.lb.Listener("http", load_balancer_arn=alb.arn, port=80,
                           default_actions=[{"type": "forward", "target_group_arn": target_group.arn}])
api = aws.apigatewayv2.Api("http", protocol_type="HTTP")
rest = aws.apigateway.RestApi("rest")
machine = aws.sfn.StateMachine("flow", role_arn="arn:aws:iam::123456789012:role/sfn", definition="{}")

# --- bad
aws.apigatewayv2.Integration("alb-integration", api_id=api.id, integration_type="HTTP_PROXY",
                             integration_uri=target_group.arn,  # error: [aws/apigw-integration-target-invalid]
                             integration_method="ANY", connection_type="INTERNET")
aws.apigateway.VpcLink("link", name="link", target_arns=[alb.arn])  # error: [aws/apigw-integration-target-invalid]
for name in ["start"]:
    aws.apigateway.Integration(f"{name}-sfn", rest_api=rest.id, resource_id=rest.root_resource_id, http_method="POST",
                               type="AWS_PROXY", integration_http_method="POST",
                               uri=machine.arn)  # error: [aws/apigw-integration-target-invalid]
aws.apigateway.Integration("lambda-literal", rest_api=rest.id, resource_id=rest.root_resource_id, http_method="GET",
                           type="AWS_PROXY", integration_http_method="POST",
                           uri="arn:aws:lambda:us-east-1:123456789012:function:handler")  # error: [aws/apigw-integration-target-invalid]

# --- clean
aws.apigatewayv2.Integration("listener", api_id=api.id, integration_type="HTTP_PROXY", integration_uri=listener.arn,
                             integration_method="ANY", connection_type="VPC_LINK", connection_id="vpclink-1")
aws.apigateway.VpcLink("nlb-link", name="nlb-link", target_arns=[nlb.arn])

# --- unknown
aws.apigateway.Integration("configured", rest_api=rest.id, resource_id=rest.root_resource_id, http_method="GET",
                           type="AWS", integration_http_method="POST", uri=config.require("service_uri"))

pulumi.export("api", api.api_endpoint)
