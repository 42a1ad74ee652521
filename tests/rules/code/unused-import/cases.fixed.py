# --- bad
import os
from typing import Optional  # error: [code/unused-import]

import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions  # error: [code/unused-import]


# --- clean
def build(name: Optional[str] = None):
    return aws.sns.Topic(name or "alerts", opts=ResourceOptions())


pulumi.export("topic", build(os.environ.get("NAME")).arn)

# --- unknown
# (an import is either used or not; nothing here is unknown)
