import pulumi
import pulumi_aws as aws

config = pulumi.Config()
bucket = aws.s3.Bucket("flow-logs")


def vpc_with_flow_logs(name, cidr):
    vpc = aws.ec2.Vpc(name, cidr_block=cidr)
    aws.ec2.FlowLog(f"{name}-flow", vpc_id=vpc.id, traffic_type="ALL", log_destination_type="s3",
        log_destination=bucket.id)  # error: [aws/flow-log-destination-misconfigured]
    return vpc


# --- bad
vpc_with_flow_logs("app", "10.0.0.0/16")
aws.ec2.FlowLog("no-destination", vpc_id=config.require("vpc_id"), traffic_type="ALL")  # error: [aws/flow-log-destination-misconfigured]

# --- clean
aws.ec2.FlowLog("s3", vpc_id=config.require("vpc_id"), traffic_type="ALL", log_destination_type="s3", log_destination=bucket.arn)

# --- unknown
aws.ec2.FlowLog("configured", vpc_id=config.require("vpc_id"), traffic_type="ALL", log_destination_type="s3", log_destination=config.require("destination"))
