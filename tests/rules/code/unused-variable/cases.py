import pulumi
import pulumi_aws as aws


class Stack(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:stack:Stack", name, None, opts)
        # --- bad
        key = aws.kms.Key("key", enable_key_rotation=True)
        alias = aws.kms.Alias("alias", name="alias/app", target_key_id=key.key_id)  # error: [code/unused-variable]
        region = "us-east-1"  # error: [code/unused-variable]
        # --- clean
        self.bucket = aws.s3.BucketV2("b")
        topic = aws.sns.Topic("t")
        self.register_outputs({"topic": topic.arn})
        _unused = aws.sqs.Queue("q")
        # --- unknown
        for i in range(2):
            aws.sqs.Queue(f"q{i}")


module_level = aws.sns.Topic("module-level")
Stack("stack")
