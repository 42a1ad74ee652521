import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.iam.Role("replication-role", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [  # error: [aws/s3-replication-role-without-configuration]
    {"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))
aws.s3.Bucket("data")

# --- clean
aws.iam.Role("lambda-role", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))

# --- unknown
aws.iam.Role("configured-role", assume_role_policy=config.require("trust_policy"))
