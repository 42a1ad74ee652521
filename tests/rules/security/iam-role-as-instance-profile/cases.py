import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
trust = json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]})


# --- bad
class Fleet(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:fleet:Fleet", name, None, opts)
        role = aws.iam.Role(f"{name}-role", assume_role_policy=trust, opts=pulumi.ResourceOptions(parent=self))
        aws.ec2.LaunchTemplate(
            f"{name}-lt",
            image_id="ami-123",
            instance_type="t3.micro",
            iam_instance_profile=aws.ec2.LaunchTemplateIamInstanceProfileArgs(name=role.name),  # error: [security/iam-role-as-instance-profile]
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({})


Fleet("app")

# --- clean
role = aws.iam.Role("batch", assume_role_policy=trust)
profile = aws.iam.InstanceProfile("batch", role=role.name)
aws.ec2.Instance("batch", ami="ami-123", instance_type="t3.micro", iam_instance_profile=profile.name)

# --- unknown
aws.ec2.Instance("other", ami="ami-123", instance_type="t3.micro", iam_instance_profile=config.require("profile"))
