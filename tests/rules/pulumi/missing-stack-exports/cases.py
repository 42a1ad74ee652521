import pulumi  # error: [pulumi/missing-stack-exports]
import pulumi_aws as aws
from pulumi import ResourceOptions


# --- bad
class Monitoring(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:monitoring:Monitoring", name, None, opts)  # error: [pulumi/missing-stack-exports]
        aws.sns.Topic(f"{name}-alerts", opts=ResourceOptions(parent=self))


# --- clean
class TapStack(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.bucket = aws.s3.BucketV2(f"{name}-data", opts=ResourceOptions(parent=self))
        Monitoring(f"{name}-monitoring", opts=ResourceOptions(parent=self))
        self._finish()

    def _finish(self):
        self.register_outputs({"bucket_name": self.bucket.bucket})


# --- unknown
class Optional(pulumi.ComponentResource):
    def __init__(self, name, register, opts=None):
        super().__init__("tap:optional:Optional", name, None, opts)
        if register:
            self.register_outputs({})


TapStack("tap")
