import pulumi
import pulumi_aws as aws

# --- bad


def make_bucket(name):
    return aws.s3.BucketV2(name)


def make_bucket(name):  # error: [code/duplicate-declaration]
    return aws.s3.BucketV2(name, force_destroy=True)


class Storage(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:storage:Storage", name, {}, opts)
        self.buckets = [make_bucket(f"{name}-{n}") for n in ["a", "b"]]

    def arns(self):
        return [b.arn for b in self.buckets]

    def arns(self):  # error: [code/duplicate-declaration]
        return [b.id for b in self.buckets]


# --- clean
class Config:
    def __init__(self):
        self._size = 1

    @property
    def size(self):
        return self._size

    @size.setter
    def size(self, value):
        self._size = value


def helper():
    def inner():
        return 1

    return inner()


storage = Storage("store")
pulumi.export("arns", storage.arns())
pulumi.export("size", Config().size + helper())

# --- unknown
try:
    from fast_json import dumps
except ImportError:
    def dumps(value):
        return str(value)
