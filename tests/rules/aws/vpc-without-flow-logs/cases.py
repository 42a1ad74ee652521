import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")  # error: [aws/vpc-without-flow-logs]

# --- clean
logged = aws.ec2.Vpc("logged", cidr_block="10.1.0.0/16")
aws.ec2.FlowLog("logged-flow", vpc_id=logged.id, traffic_type="ALL",
    log_destination="arn:aws:logs:us-east-1:123456789012:log-group:flow")

# --- unknown
other = aws.ec2.Vpc("other", cidr_block="10.2.0.0/16")
aws.ec2.FlowLog("maybe-other", vpc_id=other.id if config.get_bool("flow_logs") else None, traffic_type="ALL")
