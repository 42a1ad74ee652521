import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
ami = aws.ec2.get_ami(most_recent=True, owner=["amazon"])  # error: [aws/unknown-data-source-argument]
zones = aws.get_availability_zones(status="available")  # error: [aws/unknown-data-source-argument]
password = aws.secretsmanager.get_random_password(length=32, exclude_punctuation=True)  # error: [aws/unknown-data-source-argument]
ami_camel = aws.ec2.get_ami(mostRecent=True, owners=["amazon"])  # error: [aws/unknown-data-source-argument]


def lookup_vpc(name):
    return aws.ec2.get_vpc(tags={"Name": name}, is_default_vpc=False)  # error: [aws/unknown-data-source-argument]


# --- clean
ami2 = aws.ec2.get_ami_output(most_recent=True, owners=["amazon"], filters=[{"name": "name", "values": ["al2023-ami-*"]}])
zones2 = aws.get_availability_zones(state="available", opts=pulumi.InvokeOptions(provider=None))
password2 = aws.secretsmanager.get_random_password(password_length=32, exclude_punctuation=True)
identity = aws.get_caller_identity()

# --- unknown
lookup_args = config.require_object("subnetLookup")
subnets = aws.ec2.get_subnets(**lookup_args)

pulumi.export("out", [ami.id, zones.names, password.random_password, lookup_vpc("main").id, ami2.id, zones2.names, identity.account_id, subnets.ids])
