import importlib

import pulumi
import pulumi_aws as aws

# --- bad
from .network import create_network  # error: [code/missing-local-module]

# --- clean
import requests

# The same missing module imported again is the same problem, reported once at its first import.
from .network import create_subnets

net = create_network()
create_subnets(net)
bucket = aws.s3.BucketV2("b")
pulumi.export("bucket", bucket.id)

# --- unknown
plugin = importlib.import_module(pulumi.Config().require("plugin"))
