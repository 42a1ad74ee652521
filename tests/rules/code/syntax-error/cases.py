import pulumi_aws as aws

# --- clean
aws.sns.Topic("ok")

# --- unknown
# (a file either parses or not)

# --- bad
def broken(:  # error: [code/syntax-error]
    pass
