import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/replication"

# --- bad
source = aws.s3.Bucket("source")
destination = aws.s3.Bucket("destination")
aws.s3.BucketVersioningV2("source-versioning", bucket=source.id,
    versioning_configuration=aws.s3.BucketVersioningV2VersioningConfigurationArgs(status="Enabled"))
aws.s3.BucketReplicationConfig("replication", bucket=source.id, role=role,
    rules=[aws.s3.BucketReplicationConfigRuleArgs(id="all", status="Enabled",
        destination=aws.s3.BucketReplicationConfigRuleDestinationArgs(bucket=destination.arn))])  # error: [lifecycle/versioning-disabled]
aws.s3.BucketVersioningV2("destination-versioning", bucket=destination.id,
    versioning_configuration={"status": "Disabled"})  # error: [lifecycle/versioning-disabled]
logs = aws.s3.BucketV2("logs")
aws.s3.BucketLifecycleConfigurationV2("logs-lifecycle", bucket=logs.id, rules=[{
    "id": "archive", "status": "Enabled",
    "transitions": [{"days": 90, "storage_class": "GLACIER"}],
    "expiration": {"days": 90},  # error: [lifecycle/versioning-disabled]
}])
unversioned_source = aws.s3.BucketV2("unversioned-source")
versioned_target = aws.s3.Bucket("versioned-target", versioning={"enabled": True})
aws.s3.BucketReplicationConfig("from-unversioned", role=role,
    bucket=unversioned_source.id,  # error: [lifecycle/versioning-disabled]
    rules=[{"id": "all", "status": "Enabled", "destination": {"bucket": versioned_target.arn}}])
dr_copy = aws.s3.Bucket("dr-copy")
aws.s3.Bucket("inline-source",
    versioning=aws.s3.BucketVersioningArgs(enabled=True),
    replication_configuration=aws.s3.BucketReplicationConfigurationArgs(role=role, rules=[
        aws.s3.BucketReplicationConfigurationRuleArgs(status="Enabled",
            destination=aws.s3.BucketReplicationConfigurationRuleDestinationArgs(bucket=dr_copy.arn))]))  # error: [lifecycle/versioning-disabled]
# The replication resource under an invented name still says what was meant.
misnamed_target = aws.s3.Bucket("misnamed-target")
aws.s3.BucketReplicationConfiguration("misnamed", bucket=source.id, role=role,
    rules=[{"id": "all", "status": "Enabled", "destination": {"bucket": misnamed_target.arn}}])  # error: [lifecycle/versioning-disabled]

# --- clean
a = aws.s3.BucketV2("a")
b = aws.s3.BucketV2("b")
aws.s3.BucketVersioningV2("a-versioning", bucket=a.id, versioning_configuration={"status": "Enabled"})
aws.s3.BucketVersioningV2("b-versioning", bucket=b.bucket, versioning_configuration={"status": "Enabled"})
aws.s3.BucketReplicationConfig("a-to-b", bucket=a.id, role=role,
    rules=[{"id": "all", "status": "Enabled", "destination": {"bucket": b.arn}}])

# --- unknown
c = aws.s3.BucketV2("c")
aws.s3.BucketVersioningV2("c-versioning", bucket=c.id, versioning_configuration={"status": config.require("versioning")})
aws.s3.BucketReplicationConfig("c-replication", bucket=a.id, role=role,
    rules=[{"id": "all", "status": "Enabled", "destination": {"bucket": c.arn}},
           {"id": "dr", "status": "Enabled", "destination": {"bucket": config.require("dr_bucket_arn")}}])
