import pulumi_aws as aws

# --- bad
# stacklint-ignore security/hardcoded-secret: nothing secret below any more  # error: [code/unused-suppression]
aws.sns.Topic("alerts")

# --- clean
aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro",
                 password="TempPassword123!")  # stacklint-ignore security/hardcoded-secret: throwaway test database

# --- unknown
# (a suppression suppresses something or not; nothing here is unknown)
