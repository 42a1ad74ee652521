import base64
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
script = """#!/bin/bash
yum install -y httpd
"""

# --- bad


class Web(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:web:Web", name, None, opts)
        self.template = aws.ec2.LaunchTemplate(f"{name}-lt", image_id="ami-0123456789abcdef0", instance_type="t3.micro",
                                               user_data=script,  # error: [aws/user-data-not-base64]
                                               metadata_options={"http_tokens": "required"}, opts=pulumi.ResourceOptions(parent=self))


Web("web")

# --- clean
aws.ec2.LaunchTemplate("ok", image_id="ami-0123456789abcdef0", instance_type="t3.micro",
                       user_data=base64.b64encode(script.encode("utf-8")).decode("utf-8"), metadata_options={"http_tokens": "required"})

# --- unknown
aws.ec2.LaunchTemplate("cfg", image_id="ami-0123456789abcdef0", instance_type="t3.micro", user_data=config.get("user_data"),
                       metadata_options={"http_tokens": "required"})
