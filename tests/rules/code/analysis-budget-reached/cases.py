# Values past the evaluator's budgets are cut to unknown: one note per file, at the first cut.
import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- clean
prefix = "-".join(["app", "logs"])
ports = [80, 443] + [8080]
padded = "7".zfill(3)
aws.s3.BucketV2("clean", bucket=f"{prefix}-{padded}-{len(ports)}")

# --- unknown
# A string of unknown length is never cut: only values stacklint actually builds count.
from_config = config.require("name")
aws.s3.BucketV2("unknown", bucket=from_config * 3)

# --- bad
items = [1, 2]
for i in range(40):
    items = items + items  # error: [code/analysis-budget-reached]
doubled = "ab"
for i in range(40):
    doubled = doubled + doubled
tree = {"leaf": 1}
for i in range(40):
    tree = {"left": tree, "right": tree}
aws.s3.BucketV2("bad", bucket=doubled, tags={"tree": json.dumps(tree), "n": str(len(items))})
