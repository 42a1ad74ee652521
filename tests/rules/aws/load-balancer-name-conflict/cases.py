import pulumi
import pulumi_aws as aws

config = pulumi.Config()
subnets = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]

# --- bad


def service_target_group(service):
    return aws.lb.TargetGroup(f"{service}-tg", name="payments-tg", port=8080, protocol="HTTP", vpc_id="vpc-1")  # error: [aws/load-balancer-name-conflict]


for service in ["api", "worker"]:
    service_target_group(service)

# --- clean
for service in ["api", "worker"]:
    aws.lb.TargetGroup(f"{service}-ok", name=f"payments-{service}", port=8080, protocol="HTTP", vpc_id="vpc-1")

# --- unknown
aws.lb.LoadBalancer("a", name=config.get("name"), subnets=subnets)
aws.lb.LoadBalancer("b", name=config.get("name"), subnets=subnets)
