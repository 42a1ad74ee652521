import pulumi
import pulumi_aws as aws
from pulumi_aws import ec2, elbv2
from pulumi_aws.ec2 import get_subnet_id

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
log_group = aws.logs.get_log_group(name="/aws/lambda/orders")  # error: [aws/unknown-data-source]
# A handler that does not take AttributeError lets it through.
try:
    trail = aws.cloudtrail.get_trail(name="org-trail")  # error: [aws/unknown-data-source]
except KeyError:
    trail = None
# Caught, the lookup never succeeds: reported as a dead lookup (medium), not as a failed deployment.
try:
    existing = aws.cloudtrail.get_trail(name="org-trail")  # error: [aws/unknown-data-source]
except Exception as e:
    pulumi.log.warn(f"no trail to import: {e}")

# --- clean
pulumi.export("region_ok", aws.get_region().name)
pulumi.export("account_ok", aws.get_caller_identity_output().account_id)
ami = aws.ec2.get_ami(most_recent=True, owners=["amazon"], filters=[{"name": "name", "values": ["al2023-ami-*"]}])
subnets = ec2.get_subnets(filters=[{"name": "vpc-id", "values": [vpc_id]}])
orders_fn = aws.lambda_.get_function(function_name="orders")
zones = aws.get_availability_zones(state="available")
# Only in provider 6: a version question, not an invented function.
redshift_account = aws.redshift.get_service_account()
# Names and modules taken by an import are reported at the import, by code/unknown-sdk-import.
subnet = get_subnet_id(vpc_id=vpc_id)
imported_lb = elbv2.get_load_balancer(name="web")

# --- unknown
dynamic = getattr(aws.ec2, config.require("lookup"))()


def lookup(module, name):
    return getattr(module, name)()


sdk = __import__(config.require("sdk"))
via_import = sdk.get_subnet_ids(vpc_id=vpc_id)
