import pulumi
import pulumi_aws as aws

config = pulumi.Config()
subnets = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]

# --- bad


class Fleet(pulumi.ComponentResource):
    def __init__(self, name, minimum, maximum, opts=None):
        super().__init__("tap:compute:Fleet", name, None, opts)
        self.asg = aws.autoscaling.Group(f"{name}-asg", min_size=minimum, max_size=maximum, desired_capacity=minimum,
                                         vpc_zone_identifiers=subnets, launch_template={"id": "lt-0123456789abcdef0", "version": "$Latest"},
                                         opts=pulumi.ResourceOptions(parent=self))


Fleet("web", 3, 2)  # error: [aws/autoscaling-group-invalid]

# --- clean
Fleet("api", 2, 4)

# --- unknown
Fleet("cfg", config.require_int("min"), config.require_int("max"))
