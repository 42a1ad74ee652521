import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")

# --- bad
aws.ec2.SecurityGroup(
    "web",
    vpc_id=vpc.id,
    ingress=[aws.ec2.SecurityGroupIngressArgs(
        from_port=443, to_port=443, protocol="tcp", cidr_blocks=["10.0.0.0/16"])],  # error: [aws/wrong-argument-kind]
)
aws.ec2.SecurityGroup(
    "db",
    vpc_id=vpc.id,
    egress=[{  # error: [aws/wrong-argument-kind]
        "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["10.0.0.0/16"],
    }],
)
aws.ecs.TaskDefinition(
    "app",
    family="app",
    container_definitions=[{"name": "app", "image": "nginx"}],  # error: [aws/wrong-argument-kind]
)
aws.cfg.RemediationConfiguration(
    "remediate",
    config_rule_name="s3-encryption",
    target_type="SSM_DOCUMENT",
    target_id="AWS-EnableS3BucketEncryption",
    parameters=[{"name": "BucketName", "resource_value": "RESOURCE_ID"}],  # error: [aws/wrong-argument-kind]
)
aws.lb.Listener(
    "http",
    load_balancer_arn=config.require("lb_arn"),
    port="http",  # error: [aws/wrong-argument-kind]
    default_actions=[{"type": "fixed-response", "fixed_response": {"content_type": "text/plain", "status_code": "200"}}],
)

# --- clean
# The provider converts numeric strings and booleans given for strings, so these deploy.
aws.lb.Listener(
    "http-ok",
    load_balancer_arn=config.require("lb_arn"),
    port="80",
    default_actions=[{"type": "fixed-response", "fixed_response": {"content_type": "text/plain", "status_code": 200}}],
)
aws.ecs.TaskDefinition("app-ok", family="app", container_definitions=json.dumps([{"name": "app", "image": "nginx"}]))
# A one-item Terraform list the SDK shows as a single value takes a one-element list too.
aws.apigateway.RestApi("api", endpoint_configuration={"types": ["REGIONAL"]})
aws.ec2.LaunchTemplate(
    "nodes",
    block_device_mappings=[{"device_name": "/dev/xvda", "ebs": {"volume_size": 20, "encrypted": True}}],
)
# Invoke results read in Python do not say which function they come from yet.
subnets = aws.ec2.get_subnets(filters=[{"name": "vpc-id", "values": ["vpc-123"]}])
aws.rds.SubnetGroup("db", subnet_ids=[subnets.ids])  # todo-error: [aws/wrong-argument-kind]

aurora = aws.rds.Cluster("aurora", engine="aurora-postgresql", master_username="app",
                         manage_master_user_password=True, skip_final_snapshot=True)
# Python checks no types: the cluster's engine is a member of the enum at run time.
aws.rds.ClusterInstance("aurora-1", cluster_identifier=aurora.id, instance_class="db.r6g.large", engine=aurora.engine)

# --- unknown
aws.ec2.SecurityGroup("configured", vpc_id=vpc.id, ingress=config.require_object("ingress"))
