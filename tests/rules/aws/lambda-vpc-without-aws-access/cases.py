import pulumi
import pulumi_aws as aws

config = pulumi.Config()
ROLE = "arn:aws:iam::123456789012:role/lambda"
CODE = pulumi.AssetArchive({"index.py": pulumi.StringAsset("""
import os
import boto3

table = boto3.resource("dynamodb").Table(os.environ["TABLE"])


def handler(event, context):
    table.put_item(Item={"id": event["id"]})
""")})


def network(name, with_endpoint):
    vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block="10.0.0.0/16")
    subnet = aws.ec2.Subnet(f"{name}-private", vpc_id=vpc.id, cidr_block="10.0.1.0/24")
    rt = aws.ec2.RouteTable(f"{name}-rt", vpc_id=vpc.id)
    aws.ec2.RouteTableAssociation(f"{name}-rta", subnet_id=subnet.id, route_table_id=rt.id)
    if with_endpoint:
        aws.ec2.VpcEndpoint(f"{name}-ddb", vpc_id=vpc.id, service_name="com.amazonaws.us-east-1.dynamodb", route_table_ids=[rt.id])
    sg = aws.ec2.SecurityGroup(f"{name}-sg", vpc_id=vpc.id)
    return subnet, sg


def worker(name, subnet, sg):
    return aws.lambda_.Function(
        name,
        runtime="python3.12",
        handler="index.handler",
        role=ROLE,
        code=CODE,
        environment={"variables": {"TABLE": "orders"}},
        vpc_config={"subnet_ids": [subnet.id], "security_group_ids": [sg.id]},  # error: [aws/lambda-vpc-without-aws-access]
    )


# --- bad
subnet, sg = network("isolated", False)
worker("isolated", subnet, sg)

# --- clean
ok_subnet, ok_sg = network("endpoints", True)
worker("endpoints", ok_subnet, ok_sg)

# --- unknown
worker("configured", aws.ec2.get_subnet(id=config.require("subnet_id")), sg)
