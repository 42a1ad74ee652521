import json

import pulumi
import pulumi_aws as aws

from buckets import lake_bucket

config = pulumi.Config()
env = config.get("env") or "dev"
tags = {"team": "data", "env": env}

raw = lake_bucket("raw", tags)
curated = lake_bucket("curated", tags)
athena_results = lake_bucket("athena-results", tags)

# scripts bucket; nobody else reads it
scripts = aws.s3.BucketV2("glue-scripts", tags=tags)
etl_script = aws.s3.BucketObjectv2(
    "orders-etl-script",
    bucket=scripts.id,
    key="jobs/orders_etl.py",
    source=pulumi.FileAsset("glue_scripts/orders_etl.py"),
)

database = aws.glue.CatalogDatabase("lake", name=f"lake_{env}")

glue_role = aws.iam.Role(
    "glue-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "glue.amazonaws.com"},
                    "Action": "sts:AssumeRole",
                }
            ],
        }
    ),
    tags=tags,
)
aws.iam.RolePolicyAttachment(
    "glue-service",
    role=glue_role.name,
    policy_arn="arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole",
)
# TODO tighten to the lake buckets
aws.iam.RolePolicy(
    "glue-s3",
    role=glue_role.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
        }
    ),
)

crawler = aws.glue.Crawler(
    "raw-orders-crawler",
    database_name=database.name,
    role=glue_role.arn,
    schedule="cron(0 1 * * ? *)",
    s3_targets=[aws.glue.CrawlerS3TargetArgs(path=raw.bucket.apply(lambda b: f"s3://{b}/orders/"))],
    schema_change_policy=aws.glue.CrawlerSchemaChangePolicyArgs(
        delete_behavior="LOG", update_behavior="UPDATE_IN_DATABASE"
    ),
    tags=tags,
)

job = aws.glue.Job(
    "orders-etl",
    role_arn=glue_role.arn,
    glue_version="4.0",
    worker_type="G.1X",
    number_of_workers=2,
    timeout=60,
    command=aws.glue.JobCommandArgs(
        name="glueetl",
        python_version="3",
        script_location=pulumi.Output.concat("s3://", scripts.bucket, "/", etl_script.key),
    ),
    default_arguments={
        "--database": database.name,
        "--table": "orders",
        "--target_path": curated.bucket.apply(lambda b: f"s3://{b}/orders/"),
        "--enable-continuous-cloudwatch-log": "true",
        "--job-bookmark-option": "job-bookmark-enable",
    },
    tags=tags,
)

aws.glue.Trigger(
    "orders-etl-nightly",
    type="SCHEDULED",
    schedule="cron(0 3 * * ? *)",
    actions=[aws.glue.TriggerActionArgs(job_name=job.name)],
    tags=tags,
)

workgroup = aws.athena.Workgroup(
    "analysts",
    name=f"analysts-{env}",
    configuration=aws.athena.WorkgroupConfigurationArgs(
        enforce_workgroup_configuration=True,
        result_configuration=aws.athena.WorkgroupConfigurationResultConfigurationArgs(
            output_location=f"s3://{athena_results.bucket}/results/",
            encryption_configuration=aws.athena.WorkgroupConfigurationResultConfigurationEncryptionConfigurationArgs(
                encryption_option="SSE_S3"
            ),
        ),
        bytes_scanned_cutoff_per_query=10 * 1024**3,
    ),
    tags=tags,
)

pulumi.export("raw_bucket", raw.bucket)
pulumi.export("curated_bucket", curated.bucket)
pulumi.export("database", database.name)
pulumi.export("workgroup", workgroup.name)
