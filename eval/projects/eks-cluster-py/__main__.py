import pulumi
import pulumi_aws as aws
import pulumi_awsx as awsx
import pulumi_eks as eks
import pulumi_kubernetes as k8s

import iam
from workloads.catalog import deploy_catalog

config = pulumi.Config()
stack = pulumi.get_stack()
k8s_version = config.get("kubernetesVersion") or "1.30"
instance_type = config.get("nodeInstanceType") or "t3.large"
admin_role_arn = config.require("adminRoleArn")

name = f"platform-{stack}"
tags = {"Project": "platform", "Environment": stack, "ManagedBy": "pulumi"}

# Subnets are tagged so the AWS Load Balancer Controller / in-tree controller can place load balancers.
vpc = awsx.ec2.Vpc(
    f"{name}-vpc",
    cidr_block="10.50.0.0/16",
    number_of_availability_zones=3,
    nat_gateways=awsx.ec2.NatGatewayConfigurationArgs(strategy=awsx.ec2.NatGatewayStrategy.SINGLE),
    subnet_specs=[
        awsx.ec2.SubnetSpecArgs(type=awsx.ec2.SubnetType.PUBLIC, cidr_mask=22, tags={"kubernetes.io/role/elb": "1"}),
        awsx.ec2.SubnetSpecArgs(
            type=awsx.ec2.SubnetType.PRIVATE, cidr_mask=19, tags={"kubernetes.io/role/internal-elb": "1"}
        ),
    ],
    tags=tags,
)

node_role = iam.node_role(f"{name}-nodes", tags)

cluster = eks.Cluster(
    name,
    version=k8s_version,
    vpc_id=vpc.vpc_id,
    public_subnet_ids=vpc.public_subnet_ids,
    private_subnet_ids=vpc.private_subnet_ids,
    authentication_mode=eks.AuthenticationMode.API,
    access_entries={
        "platform-admins": eks.AccessEntryArgs(
            principal_arn=admin_role_arn,
            access_policies={
                "cluster-admin": eks.AccessPolicyAssociationArgs(
                    policy_arn="arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
                    access_scope=aws.eks.AccessPolicyAssociationAccessScopeArgs(type="cluster"),
                )
            },
        )
    },
    endpoint_private_access=True,
    endpoint_public_access=True,
    create_oidc_provider=True,
    skip_default_node_group=True,
    enabled_cluster_log_types=["api", "audit", "authenticator"],
    tags=tags,
)

eks.ManagedNodeGroup(
    f"{name}-general",
    cluster=cluster,
    node_role=node_role,
    subnet_ids=vpc.private_subnet_ids,
    instance_types=[instance_type],
    capacity_type="ON_DEMAND",
    scaling_config=aws.eks.NodeGroupScalingConfigArgs(desired_size=3, min_size=2, max_size=6),
    labels={"workload": "general"},
    tags=tags,
)

provider = k8s.Provider(f"{name}-k8s", kubeconfig=cluster.kubeconfig_json, enable_server_side_apply=True)

catalog = deploy_catalog(
    "catalog",
    provider=provider,
    oidc_provider_arn=cluster.oidc_provider_arn,
    oidc_provider_url=cluster.oidc_provider_url,
    image=config.get("catalogImage") or "public.ecr.aws/nginx/nginx:1.27",
    tags=tags,
)

pulumi.export("cluster_name", cluster.eks_cluster.name)
pulumi.export("kubeconfig", pulumi.Output.secret(cluster.kubeconfig_json))
pulumi.export("catalog_bucket", catalog["bucket"].bucket)
pulumi.export("catalog_url", catalog["url"])
