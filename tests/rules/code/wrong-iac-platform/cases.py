# --- bad
import aws_cdk as cdk  # error: [code/wrong-iac-platform]
from aws_cdk import aws_s3 as s3
from constructs import Construct

# --- clean
import importlib

import pulumi


class Stack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str):
        super().__init__(scope, construct_id)
        s3.Bucket(self, "bucket")


# --- unknown
plugin = importlib.import_module(pulumi.Config().require("plugin_module"))
