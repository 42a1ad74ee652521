import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad


def web_server(name):
    return aws.ec2.Instance(name, ami="ami-0123456789abcdef0", instance_type="t3.micro", metadata_options={"http_tokens": "required"},
                            user_data="#!/bin/bash\n/opt/aws/bin/cfn-init -v --stack MyStack --resource WebServer\n")  # error: [aws/user-data-cloudformation-helper]


web_server("web")

# --- clean
aws.ec2.Instance("ok", ami="ami-0123456789abcdef0", instance_type="t3.micro", metadata_options={"http_tokens": "required"},
                 user_data="#!/bin/bash\nsystemctl enable --now httpd\n")

# --- unknown
aws.ec2.Instance("cfg", ami="ami-0123456789abcdef0", instance_type="t3.micro", metadata_options={"http_tokens": "required"},
                 user_data=config.require("user_data"))
