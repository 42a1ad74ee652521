import pulumi
import pulumi_aws as aws

config = pulumi.Config()
domain = config.require("domain")

# --- bad


class Api(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:api:Api", name, None, opts)
        # You would need to provide a valid certificate ARN here.
        self.domain = aws.apigateway.DomainName(f"{name}-domain", domain_name=f"api.{domain}", certificate_arn=None,  # error: [aws/edge-certificate-invalid]
                                                opts=pulumi.ResourceOptions(parent=self))


Api("payments")

# --- clean
cert = aws.acm.Certificate("api", domain_name=f"api2.{domain}", validation_method="DNS")
aws.apigateway.DomainName("ok", domain_name=f"api2.{domain}", regional_certificate_arn=cert.arn, endpoint_configuration={"types": "REGIONAL"})

# --- unknown
aws.apigateway.DomainName("cfg", domain_name=f"api3.{domain}", certificate_arn=config.get("certificate_arn"))
