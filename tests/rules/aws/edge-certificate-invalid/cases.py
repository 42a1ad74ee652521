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

portal_cert = aws.acm.Certificate("portal", domain_name="portal.acme-corp.io", validation_method="DNS")
aws.apigateway.DomainName("portal", domain_name="portal-api.acme-corp.io",  # error: [aws/edge-certificate-invalid]
                          regional_certificate_arn=portal_cert.arn, endpoint_configuration={"types": "REGIONAL"})

# --- clean
cert = aws.acm.Certificate("api", domain_name=f"api2.{domain}", validation_method="DNS")
aws.apigateway.DomainName("ok", domain_name=f"api2.{domain}", regional_certificate_arn=cert.arn, endpoint_configuration={"types": "REGIONAL"})

wild = aws.acm.Certificate("wild", domain_name="acme-corp.io", subject_alternative_names=["*.acme-corp.io"], validation_method="DNS")
aws.apigateway.DomainName("wild", domain_name="billing.acme-corp.io", regional_certificate_arn=wild.arn,
                          endpoint_configuration={"types": "REGIONAL"})

# --- unknown
aws.apigateway.DomainName("wild-cfg", domain_name=config.require("api_host"), regional_certificate_arn=wild.arn,
                          endpoint_configuration={"types": "REGIONAL"})
aws.apigateway.DomainName("cfg", domain_name=f"api3.{domain}", certificate_arn=config.get("certificate_arn"))
