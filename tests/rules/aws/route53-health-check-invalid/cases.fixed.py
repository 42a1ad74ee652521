import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad


class Monitoring(pulumi.ComponentResource):
    def __init__(self, name, endpoints, opts=None):
        super().__init__("tap:dr:Monitoring", name, None, opts)
        for i, endpoint in enumerate(endpoints):
            aws.route53.HealthCheck(f"{name}-{i}", type="HTTPS", fqdn=endpoint, port=443, resource_path="/health",
                                    request_interval=60,  # error: [aws/route53-health-check-invalid]
                                    failure_threshold=3, opts=pulumi.ResourceOptions(parent=self))


Monitoring("dr", ["primary.acme-corp.io", "dr.acme-corp.io"])
aws.route53.HealthCheck("no-slash", type="HTTP", fqdn="app.acme-corp.io", port=80,
    resource_path="/status")  # error: [aws/route53-health-check-invalid]

# --- clean
aws.route53.HealthCheck("ok", type="HTTPS", fqdn="ok.acme-corp.io", port=443, resource_path="/health", request_interval=30, failure_threshold=3)

# --- unknown
aws.route53.HealthCheck("cfg", type="HTTPS", fqdn="cfg.acme-corp.io", resource_path=config.require("path"), failure_threshold=config.get_int("threshold"))
