import os

import pulumi
import pulumi_aws as aws


class TapStackArgs:
    def __init__(self, environment_suffix=None):
        self.environment_suffix = environment_suffix or "dev"


class TapStack(pulumi.ComponentResource):
    def __init__(self, name, args, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.env_suffix = args.environment_suffix
        aws.s3.BucketV2(f"artifacts-{self.env_suffix}", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


# --- bad
environment_suffix = os.environ.get("ENVIRONMENT_SUFFIX", "dev")  # error: [naming/environment-suffix-hardcoded]
TapStack("tap", args=TapStackArgs(environment_suffix="dev"))

# --- clean
# (see configured.md)

# --- unknown
# (see configured.md)
