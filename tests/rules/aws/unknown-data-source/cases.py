import pulumi
import pulumi_aws as aws
from pulumi_aws import ec2

config = pulumi.Config()
vpc_id = config.require("vpc_id")

# --- bad
pulumi.export("region", aws.get_resgion().name)  # error: [aws/unknown-data-source]
subnet_ids = aws.ec2.get_subnet_ids(vpc_id=vpc_id)  # error: [aws/unknown-data-source]
default_vpc = ec2.get_default_vpc()  # error: [aws/unknown-data-source]
account = aws.get_account_id_output()  # error: [aws/unknown-data-source]
fn = aws.lambda_.get_functions_by_tag(  # error: [aws/unknown-data-source]
    tag_key="team",
    tag_value="orders",
)

# --- clean
pulumi.export("region_ok", aws.get_region().name)
pulumi.export("account_ok", aws.get_caller_identity_output().account_id)
ami = aws.ec2.get_ami(most_recent=True, owners=["amazon"], filters=[{"name": "name", "values": ["al2023-ami-*"]}])
subnets = ec2.get_subnets(filters=[{"name": "vpc-id", "values": [vpc_id]}])
orders_fn = aws.lambda_.get_function(function_name="orders")
zones = aws.get_availability_zones(state="available")
# Only in provider 6: a version question, not an invented function.
redshift_account = aws.redshift.get_service_account()

# --- unknown
dynamic = getattr(aws.ec2, config.require("lookup"))()


def lookup(module, name):
    return getattr(module, name)()


sdk = __import__(config.require("sdk"))
via_import = sdk.get_subnet_ids(vpc_id=vpc_id)
