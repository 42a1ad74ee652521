import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
for env in ["dev", "prod"]:
    bucket = aws.s3.Bucket(f"logs-{env}")
    aws.s3.BucketLifecycleConfiguration(
        f"logs-{env}-lifecycle",
        bucket=bucket.id,
        rules=[aws.s3.BucketLifecycleConfigurationRuleArgs(
            id="archive",
            status="Enabled",
            filter=aws.s3.BucketLifecycleConfigurationRuleFilterArgs(prefix="logs/"),
            transitions=[aws.s3.BucketLifecycleConfigurationRuleTransitionArgs(days=15, storage_class="STANDARD_IA")],  # error: [aws/s3-lifecycle-rule-invalid]
        )],
    )

# --- clean
ok = aws.s3.Bucket("ok")
aws.s3.BucketLifecycleConfiguration("ok-lifecycle", bucket=ok.id, rules=[{"id": "archive", "status": "Enabled", "filter": {"prefix": "logs/"},
    "transitions": [{"days": 30, "storage_class": "STANDARD_IA"}, {"days": 60, "storage_class": "GLACIER"}]}])

# --- unknown
aws.s3.BucketLifecycleConfiguration("configured", bucket=ok.id, rules=config.require_object("rules"))
