import datetime
import os

import boto3

cognito = boto3.client("cognito-idp")


def handler(event, context):
    cutoff = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=int(os.environ["MAX_AGE_DAYS"]))
    paginator = cognito.get_paginator("list_users")
    for page in paginator.paginate(UserPoolId=os.environ["USER_POOL_ID"], Filter='cognito:user_status = "UNCONFIRMED"'):
        for user in page["Users"]:
            if user["UserCreateDate"] < cutoff:
                cognito.admin_delete_user(UserPoolId=os.environ["USER_POOL_ID"], Username=user["Username"])
