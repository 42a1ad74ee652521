import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = config.require("replication_role_arn")
source = aws.s3.Bucket("source")
replica = aws.s3.Bucket("replica")


def replicate(name, rule):
    return aws.s3.BucketReplicationConfig(name, bucket=source.id, role=role, rules=[rule])


# --- bad
replicate("tagged", aws.s3.BucketReplicationConfigRuleArgs(
    id="tagged", status="Enabled", priority=1,
    filter=aws.s3.BucketReplicationConfigRuleFilterArgs(prefix="data/", tag=aws.s3.BucketReplicationConfigRuleFilterTagArgs(key="k", value="v")),  # error: [aws/s3-replication-rule-invalid]
    delete_marker_replication=aws.s3.BucketReplicationConfigRuleDeleteMarkerReplicationArgs(status="Disabled"),
    destination=aws.s3.BucketReplicationConfigRuleDestinationArgs(bucket=replica.arn),
))

# --- clean
replicate("ok", {"id": "ok", "status": "Enabled", "priority": 1, "filter": {"prefix": "data/"},
    "delete_marker_replication": {"status": "Enabled"}, "destination": {"bucket": replica.arn}})

# --- unknown
replicate("configured", config.require_object("rule"))
