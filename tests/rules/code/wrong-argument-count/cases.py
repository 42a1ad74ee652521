import pulumi
import pulumi_aws as aws


def make_bucket(name, versioned, tags=None):
    return aws.s3.BucketV2(name, tags={**(tags or {}), "Versioned": str(versioned)})


class Storage(pulumi.ComponentResource):
    def __init__(self, name, args, opts=None):
        super().__init__("app:storage:Storage", name, {}, opts)
        for n in ["a", "b"]:
            make_bucket(f"{args['prefix']}-{n}", True, encrypted=True)  # error: [code/wrong-argument-count]

    def topic(self, name):
        return aws.sns.Topic(name, opts=pulumi.ResourceOptions(parent=self))

    @staticmethod
    def label(name):
        return name.upper()


# --- bad
data = make_bucket("data")  # error: [code/wrong-argument-count]
storage = Storage("store")  # error: [code/wrong-argument-count]
storage.topic("alerts", "extra")  # error: [code/wrong-argument-count]

# --- clean
logs = make_bucket("logs", False)
tagged = make_bucket("tagged", versioned=True, tags={"Team": "data"})
other = Storage("other", {"prefix": "o"})
other.topic("events")
pulumi.export("label", Storage.label("x"))
pulumi.export("buckets", [logs.bucket, tagged.bucket])

# --- unknown
options = {"versioned": True}
make_bucket("spread", **options)
