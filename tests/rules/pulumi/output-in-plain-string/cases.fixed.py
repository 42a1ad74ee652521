import json

import pulumi
import pulumi_aws as aws

bucket = aws.s3.BucketV2("data")
fn = aws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/r")

# --- bad
aws.cloudwatch.LogGroup("fn-logs", name=f"/aws/lambda/{fn.name}")  # error: [pulumi/output-in-plain-string]
aws.ssm.Parameter("p", type="String", value="arn:" + bucket.arn)  # error: [pulumi/output-in-plain-string]
aws.ssm.Parameter("p2", type="String", value=str(bucket.id))  # error: [pulumi/output-in-plain-string]
aws.ssm.Parameter("p3", type="String", value="{}".format(bucket.arn))  # error: [pulumi/output-in-plain-string]
aws.ssm.Parameter("chain", type="String", value="arn:" + bucket.arn + "/" + fn.name)  # error: [pulumi/output-in-plain-string]
aws.ssm.Parameter("spec", type="String", value=f"{fn.name!r}: {fn.memory_size:>6} {{literal}}")  # error: [pulumi/output-in-plain-string]
aws.ssm.Parameter(
    "lines",
    type="String",
    value=pulumi.Output.format("/aws/lambda/{}", fn.name),  # error: [pulumi/output-in-plain-string]
    description=pulumi.Output.format("{} bucket", bucket.id),  # error: [pulumi/output-in-plain-string]
)
# Not fixed: a logical name takes a plain string, and so does json.dumps; nor `=` in an f-string.
aws.ssm.Parameter(f"param-{bucket.id}", type="String", value="x")  # error: [pulumi/output-in-plain-string]
aws.ssm.Parameter("json", type="String", value=json.dumps({"arn": f"{bucket.arn}/*"}))  # error: [pulumi/output-in-plain-string]
aws.ssm.Parameter("debug", type="String", value=f"{bucket.arn=}")  # error: [pulumi/output-in-plain-string]
pulumi.export("url", pulumi.Output.format("s3://{}", bucket.id))  # error: [pulumi/output-in-plain-string]

# --- clean
# Python's plain invokes return their result, not a Promise: formatting it is fine.
aws.ssm.Parameter("account", type="String", value=f"arn:aws:iam::{aws.get_caller_identity().account_id}:root")
aws.cloudwatch.LogGroup("fn-logs2", name=pulumi.Output.concat("/aws/lambda/", fn.name))
aws.ssm.Parameter("p4", type="String", value=bucket.arn.apply(lambda a: f"arn is {a}"))
aws.ssm.Parameter("p5", type="String", value=pulumi.Output.all(bucket.arn, fn.arn).apply(lambda xs: f"{xs[0]}/{xs[1]}"))
# `_name` is the plain logical name that Resource.__init__ stores, not the bucket's `name` Output;
# no SDK output starts with `_`.
aws.s3.BucketPolicy(f"{bucket._name}-policy", bucket=bucket.id, policy="{}")
# Output.all unwraps Outputs nested in list and dict arguments: the callback sees plain values.
arns = [bucket.arn, fn.arn]
aws.ssm.Parameter("p7", type="String", value=pulumi.Output.all(arns, fn.name).apply(lambda a: ",".join(f"{x}/*" for x in a[0])))
aws.ssm.Parameter("p8", type="String", value=pulumi.Output.all(refs={"b": bucket.arn}).apply(lambda a: f"{a['refs']['b']}/*"))
aws.ssm.Parameter("p9", type="String", value=pulumi.Output.from_input([bucket.arn]).apply(lambda xs: f"{xs[0]}/*"))

# --- unknown
cfg = pulumi.Config()
aws.ssm.Parameter("p6", type="String", value=f"{cfg.require('prefix')}-value")
# Other `_` fields of the SDK's Resource are plain values the model does not know.
aws.ssm.Parameter(f"{fn._transformations}-x", type="String", value="x")
