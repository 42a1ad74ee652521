import pulumi
import pulumi_aws as aws

config = pulumi.Config()
table = aws.dynamodb.Table(
    "sessions",
    hash_key="id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
)
key = aws.kms.Key("data", description="data key")


class Network(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("acme:net:Network", name, None, opts)
        self.vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block="10.20.0.0/16", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


net = Network("core")

# --- bad
table_label = table.name.upper()  # error: [code/output-method-call]
key_region = key.arn.split(":")[3]  # error: [code/output-method-call]
vpc_short = net.vpc.id.replace("vpc-", "")  # error: [code/output-method-call]
db_password = config.require_secret("dbPassword")
password_ok = db_password.startswith("x")  # error: [code/output-method-call]
vpc_id = net.vpc.id()  # error: [code/output-method-call]


def stream_label(t):
    return t.stream_arn.rsplit("/", 1)  # error: [code/output-method-call]


pulumi.export("stream", stream_label(table))

# --- clean
table_label_ok = table.name.apply(lambda n: n.upper())
key_region_ok = key.arn.apply(lambda a: a.split(":")[3])
joined = pulumi.Output.concat(table.name, "-", key.key_id)
formatted = pulumi.Output.format("{0}-x", table.name)
stack = pulumi.get_stack().upper()
prefix = config.require("prefix").lower()
shared = pulumi.StackReference("acme/shared/prod")
shared_vpc = shared.get_output("vpcId")
identity = aws.get_caller_identity()
account_prefix = identity.account_id.startswith("1")
secret_known = db_password.is_secret()
pulumi.export("values", [shared_vpc, table_label_ok, key_region_ok, joined, formatted, stack, prefix, account_prefix, table_label, key_region, vpc_short, password_ok, vpc_id])

# --- unknown
def lower_name(value, other):
    return [value.lower(), other.name.upper()]
