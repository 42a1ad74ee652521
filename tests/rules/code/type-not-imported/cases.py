import pulumi
import pulumi_aws as aws

# --- bad
DEFAULT_TAGS: Dict[str, str] = {"Project": "app"}  # error: [code/type-not-imported]


class Storage(pulumi.ComponentResource):
    bucket: Output[str]  # error: [code/type-not-imported]

    def __init__(self, name: str, tags: Optional[dict] = None, opts: ResourceOptions = None) -> None:  # error: [code/type-not-imported, code/type-not-imported]
        super().__init__("app:storage:Storage", name, {}, opts)
        self.bucket = aws.s3.BucketV2(name, tags=tags, opts=pulumi.ResourceOptions(parent=self)).bucket


def subnet_ids(vpc: aws.ec2.Vpc) -> List[str]:  # error: [code/type-not-imported]
    return []


# --- clean
def bucket_name(prefix: str, suffix: "Optional[str]" = None) -> str:
    count: Sequence[int] = []
    return f"{prefix}-{suffix or 'dev'}-{len(count)}"


def tagged(resource: pulumi.Resource, extra: dict) -> dict:
    return dict(extra)


# --- unknown
def later(queue: WorkQueue) -> Settings:
    return queue.settings
