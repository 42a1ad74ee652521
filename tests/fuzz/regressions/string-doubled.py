import pulumi
import pulumi_aws as aws
s = "ab"
for i in range(64):
    s = s + s
b = aws.s3.Bucket("b", bucket=s)
