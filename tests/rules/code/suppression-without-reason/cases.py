import pulumi_aws as aws

# --- bad
aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro",
                 password="TempPassword123!")  # stacklint-ignore security/hardcoded-secret  # error: [code/suppression-without-reason]

# --- clean
aws.rds.Instance("db2", engine="postgres", instance_class="db.t3.micro",
                 password="TempPassword123!")  # stacklint-ignore security/hardcoded-secret: throwaway test database

# --- unknown
# (a suppression has a reason or not; nothing here is unknown)
