"""A VPC with one public and one private subnet per availability zone.

Public subnets hold the NAT gateway and the load balancers; private subnets hold the
application tasks and the database.
"""

import ipaddress

import pulumi
import pulumi_aws as aws


class Network:
    def __init__(self, name: str, cidr: str, az_count: int, single_nat: bool, tags: dict):
        zones = aws.get_availability_zones(state="available").names[:az_count]
        blocks = list(ipaddress.ip_network(cidr).subnets(new_prefix=20))

        self.vpc = aws.ec2.Vpc(
            f"{name}-vpc",
            cidr_block=cidr,
            enable_dns_hostnames=True,
            enable_dns_support=True,
            tags={**tags, "Name": f"{name}-vpc"},
        )

        igw = aws.ec2.InternetGateway(f"{name}-igw", vpc_id=self.vpc.id, tags={**tags, "Name": f"{name}-igw"})

        public_rt = aws.ec2.RouteTable(
            f"{name}-public",
            vpc_id=self.vpc.id,
            routes=[aws.ec2.RouteTableRouteArgs(cidr_block="0.0.0.0/0", gateway_id=igw.id)],
            tags={**tags, "Name": f"{name}-public"},
        )

        self.public_subnets = []
        self.private_subnets = []
        nat_gateways = []
        for i, zone in enumerate(zones):
            public = aws.ec2.Subnet(
                f"{name}-public-{zone}",
                vpc_id=self.vpc.id,
                cidr_block=str(blocks[i]),
                availability_zone=zone,
                map_public_ip_on_launch=True,
                tags={**tags, "Name": f"{name}-public-{zone}", "Tier": "public"},
            )
            aws.ec2.RouteTableAssociation(f"{name}-public-{zone}", subnet_id=public.id, route_table_id=public_rt.id)
            self.public_subnets.append(public)

            if i == 0 or not single_nat:
                eip = aws.ec2.Eip(f"{name}-nat-{zone}", domain="vpc", tags={**tags, "Name": f"{name}-nat-{zone}"})
                nat_gateways.append(
                    aws.ec2.NatGateway(
                        f"{name}-nat-{zone}",
                        subnet_id=public.id,
                        allocation_id=eip.id,
                        tags={**tags, "Name": f"{name}-nat-{zone}"},
                        opts=pulumi.ResourceOptions(depends_on=[igw]),
                    )
                )

            private = aws.ec2.Subnet(
                f"{name}-private-{zone}",
                vpc_id=self.vpc.id,
                cidr_block=str(blocks[az_count + i]),
                availability_zone=zone,
                tags={**tags, "Name": f"{name}-private-{zone}", "Tier": "private"},
            )
            private_rt = aws.ec2.RouteTable(
                f"{name}-private-{zone}",
                vpc_id=self.vpc.id,
                routes=[aws.ec2.RouteTableRouteArgs(cidr_block="0.0.0.0/0", nat_gateway_id=nat_gateways[-1].id)],
                tags={**tags, "Name": f"{name}-private-{zone}"},
            )
            aws.ec2.RouteTableAssociation(f"{name}-private-{zone}", subnet_id=private.id, route_table_id=private_rt.id)
            self.private_subnets.append(private)

        # Keep the default security group empty so nothing uses it by accident.
        aws.ec2.DefaultSecurityGroup(f"{name}-default", vpc_id=self.vpc.id, tags=tags)

        flow_logs = aws.cloudwatch.LogGroup(f"{name}-flow-logs", retention_in_days=30, tags=tags)
        flow_logs_role = aws.iam.Role(
            f"{name}-flow-logs",
            assume_role_policy=aws.iam.get_policy_document(
                statements=[
                    aws.iam.GetPolicyDocumentStatementArgs(
                        actions=["sts:AssumeRole"],
                        principals=[
                            aws.iam.GetPolicyDocumentStatementPrincipalArgs(
                                type="Service", identifiers=["vpc-flow-logs.amazonaws.com"]
                            )
                        ],
                    )
                ]
            ).json,
            tags=tags,
        )
        aws.iam.RolePolicy(
            f"{name}-flow-logs",
            role=flow_logs_role.id,
            policy=flow_logs.arn.apply(
                lambda arn: aws.iam.get_policy_document(
                    statements=[
                        aws.iam.GetPolicyDocumentStatementArgs(
                            actions=["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                            resources=[f"{arn}:*"],
                        )
                    ]
                ).json
            ),
        )
        aws.ec2.FlowLog(
            f"{name}-flow-log",
            vpc_id=self.vpc.id,
            traffic_type="REJECT",
            log_destination=flow_logs.arn,
            iam_role_arn=flow_logs_role.arn,
            tags=tags,
        )

    @property
    def private_subnet_ids(self):
        return [s.id for s in self.private_subnets]

    @property
    def public_subnet_ids(self):
        return [s.id for s in self.public_subnets]
