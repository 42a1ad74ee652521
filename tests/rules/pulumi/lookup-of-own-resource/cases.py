import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
aws.ec2.SecurityGroup("app", vpc_id=vpc.id, name="app-sg", description="app")
role = aws.iam.Role("lambda", name="lambda-exec", assume_role_policy="{}")

# --- bad
sg = aws.ec2.get_security_group(name="app-sg")  # error: [pulumi/lookup-of-own-resource]


class Functions(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:fn:Functions", name, None, opts)
        existing = aws.iam.get_role_output(name="lambda-exec")  # error: [pulumi/lookup-of-own-resource]
        self.role_arn = existing.arn
        self.register_outputs({"role_arn": self.role_arn})


Functions("fns")

# --- clean
aws.ec2.Instance("web", ami="ami-0abcdef1234567890", instance_type="t3.micro", vpc_security_group_ids=[sg.id])
caller = aws.get_caller_identity()
admin = aws.iam.get_role(name="OrganizationAccountAccessRole")

# --- unknown
shared = aws.ec2.get_security_group(name=config.require("shared_sg"))

pulumi.export("vpc", vpc.id)
