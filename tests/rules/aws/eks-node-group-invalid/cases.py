import pulumi
import pulumi_aws as aws

config = pulumi.Config()
subnets = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]

# --- bad


class Cluster(pulumi.ComponentResource):
    def __init__(self, name, node_types, opts=None):
        super().__init__("tap:eks:Cluster", name, None, opts)
        self.nodes = aws.eks.NodeGroup(f"{name}-nodes", cluster_name=name, node_role_arn="arn:aws:iam::123456789012:role/nodes", subnet_ids=subnets,
                                       ami_type="AL2_x86_64", instance_types=node_types,
                                       scaling_config=aws.eks.NodeGroupScalingConfigArgs(min_size=1, desired_size=2, max_size=3),
                                       opts=pulumi.ResourceOptions(parent=self))


Cluster("app", ["t4g.large"])  # error: [aws/eks-node-group-invalid]

# --- clean
Cluster("ok", ["t3.large"])

# --- unknown
Cluster("cfg", config.require_object("node_types"))
