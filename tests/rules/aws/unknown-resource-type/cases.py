import pulumi
import pulumi_aws as aws
from pulumi_aws import logs

config = pulumi.Config()
role = aws.iam.Role("role", assume_role_policy=config.require("trust_policy"))

# --- bad
aws.ec2.InstanceProfile("profile", role=role.name)  # error: [aws/unknown-resource-type]
logs.LogGroup("app-logs", retention_in_days=14)  # error: [aws/unknown-resource-type]
recorder = aws.config.ConfigurationRecorder(  # error: [aws/unknown-resource-type]
    "recorder",
    role_arn=role.arn,
    recording_group=aws.config.ConfigurationRecorderRecordingGroupArgs(all_supported=True),
)
aws.s3.BucketInventory("inventory", bucket="data-bucket")  # error: [aws/unknown-resource-type]

# --- clean
aws.iam.InstanceProfile("profile-ok", role=role.name)
aws.cloudwatch.LogGroup("app-logs-ok", retention_in_days=14)
aws.cfg.Recorder("recorder-ok", role_arn=role.arn)
# Calling an enum class looks its member up by value; it is not a resource.
instance_type = aws.ec2.InstanceType("t3.micro")
pulumi.export("region", aws.config.region)

# --- unknown
def make(cls, name):
    return cls(name)


make(getattr(aws.s3, config.require("bucket_class")), "dynamic")
