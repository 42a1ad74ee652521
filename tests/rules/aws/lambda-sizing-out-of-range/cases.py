import pulumi
import pulumi_aws as aws

config = pulumi.Config()
ROLE = "arn:aws:iam::123456789012:role/lambda"
SIZES = {"small": 128, "huge": 16384}  # error: [aws/lambda-sizing-out-of-range]

# --- bad
for name, memory in SIZES.items():
    aws.lambda_.Function(name, runtime="python3.12", handler="index.handler", role=ROLE, code=pulumi.FileArchive("./app"), memory_size=memory, timeout=60)
aws.lambda_.Function("slow", runtime="python3.12", handler="index.handler", role=ROLE, code=pulumi.FileArchive("./app"), timeout=3600)  # error: [aws/lambda-sizing-out-of-range]

# --- clean
aws.lambda_.Function("ok", runtime="python3.12", handler="index.handler", role=ROLE, code=pulumi.FileArchive("./app"), timeout=900)

# --- unknown
aws.lambda_.Function("configured", runtime="python3.12", handler="index.handler", role=ROLE, code=pulumi.FileArchive("./app"), timeout=config.get_int("timeout"))
