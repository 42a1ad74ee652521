import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
blue = aws.lb.TargetGroup("blue", port=80, protocol="HTTP", vpc_id="vpc-123", target_type="ip")  # error: [aws/target-group-health-check]
green = aws.lb.TargetGroup("green", port=80, protocol="HTTP", vpc_id="vpc-123", target_type="ip",
    health_check=aws.lb.TargetGroupHealthCheckArgs(path="/", matcher="600"))  # error: [aws/target-group-health-check]
aws.lb.TargetGroup("no-slash", port=80, protocol="HTTP", vpc_id="vpc-123", target_type="ip",
    health_check={"path": "healthz", "matcher": "200"})  # error: [aws/target-group-health-check]


def target_group(name, timeout):
    return aws.lb.TargetGroup(name, port=80, protocol="HTTP", vpc_id="vpc-123", target_type="ip",
                              health_check={"path": "/health", "interval": 5, "timeout": timeout})


target_group("tight", 6)  # error: [aws/target-group-health-check]
aws.lb.TargetGroup("nlb", port=5432, protocol="TCP", vpc_id="vpc-123",
    health_check=aws.lb.TargetGroupHealthCheckArgs(matcher="200", unhealthy_threshold=12))  # error: [aws/target-group-health-check]

# --- clean
aws.lb.TargetGroup("ok", port=80, protocol="HTTP", vpc_id="vpc-123", target_type="ip",
    health_check={"path": "/health", "matcher": "200", "interval": 30})
aws.lb.TargetGroup("grpc", port=50051, protocol="HTTP", protocol_version="GRPC", vpc_id="vpc-123",
    health_check={"path": "/grpc.health.v1.Health/Check", "matcher": "0-12"})

# --- unknown
aws.lb.TargetGroup("configured", port=80, protocol=config.require("protocol"), vpc_id="vpc-123")
