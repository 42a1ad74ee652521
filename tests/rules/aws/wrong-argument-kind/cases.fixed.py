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

aws.cloudfront.Distribution(
    "cdn",
    enabled=True,
    origins=[aws.cloudfront.DistributionOriginArgs(domain_name="site.s3.us-east-1.amazonaws.com", origin_id="site")],
    default_cache_behavior=aws.cloudfront.DistributionDefaultCacheBehaviorArgs(
        target_origin_id="site",
        viewer_protocol_policy="redirect-to-https",
        allowed_methods=["GET", "HEAD"],
        cached_methods=["GET", "HEAD"],
        # Python checks no types: an optional lookup result is accepted.
        cache_policy_id=aws.cloudfront.get_cache_policy_output(name="Managed-CachingOptimized").id,
    ),
    restrictions=aws.cloudfront.DistributionRestrictionsArgs(
        geo_restriction=aws.cloudfront.DistributionRestrictionsGeoRestrictionArgs(restriction_type="none")),
    viewer_certificate=aws.cloudfront.DistributionViewerCertificateArgs(cloudfront_default_certificate=True),
)

# --- unknown
aws.ec2.SecurityGroup("configured", vpc_id=vpc.id, ingress=config.require_object("ingress"))
