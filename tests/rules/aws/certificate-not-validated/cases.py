import pulumi
import pulumi_aws as aws

config = pulumi.Config()
zone = aws.route53.Zone("zone", name="acme-corp.io")
cert = aws.acm.Certificate("api", domain_name="api.acme-corp.io", validation_method="DNS")
records = [
    aws.route53.Record(
        f"api-validation-{i}",
        zone_id=zone.zone_id,
        name=cert.domain_validation_options[i].resource_record_name,
        type=cert.domain_validation_options[i].resource_record_type,
        records=[cert.domain_validation_options[i].resource_record_value],
        ttl=60,
    )
    for i in range(1)
]
validation = aws.acm.CertificateValidation("api", certificate_arn=cert.arn,
                                           validation_record_fqdns=[r.fqdn for r in records])

# --- bad
aws.apigateway.DomainName("api", domain_name="api.acme-corp.io",
                          regional_certificate_arn=cert.arn,  # error: [aws/certificate-not-validated]
                          endpoint_configuration={"types": "REGIONAL"})


class Edge(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:edge:Edge", name, None, opts)
        c = aws.acm.Certificate(f"{name}-cert", domain_name="ws.acme-corp.io", validation_method="EMAIL",
                                opts=pulumi.ResourceOptions(parent=self))
        aws.apigatewayv2.DomainName(f"{name}-domain", domain_name="ws.acme-corp.io",
                                    domain_name_configuration={  # error: [aws/certificate-not-validated]
                                        "certificate_arn": c.arn,
                                        "endpoint_type": "REGIONAL",
                                        "security_policy": "TLS_1_2",
                                    },
                                    opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


Edge("ws")

# --- clean
aws.apigateway.DomainName("api-ok", domain_name="api.acme-corp.io",
                          regional_certificate_arn=validation.certificate_arn,
                          endpoint_configuration={"types": "REGIONAL"})

# --- unknown
aws.apigateway.DomainName("api-config", domain_name="api.acme-corp.io",
                          regional_certificate_arn=config.require("certificate_arn"),
                          endpoint_configuration={"types": "REGIONAL"})

pulumi.export("zone", zone.name)
