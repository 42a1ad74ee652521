import importlib

import pulumi
import pulumi_aws as aws

# --- bad
from .network import create_network  # error: [code/missing-local-module]

# --- clean
import requests

net = create_network()
bucket = aws.s3.BucketV2("b")
pulumi.export("bucket", bucket.id)

# --- unknown
plugin = importlib.import_module(pulumi.Config().require("plugin"))
