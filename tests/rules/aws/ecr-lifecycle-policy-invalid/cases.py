import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()


def repository(name, rules):
    repo = aws.ecr.Repository(name)
    aws.ecr.LifecyclePolicy(f"{name}-lifecycle", repository=repo.name, policy=json.dumps({"rules": rules}))
    return repo


# --- bad
repository("api", [
    {"rulePriority": 1, "selection": {"tagStatus": "tagged", "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}},  # error: [aws/ecr-lifecycle-policy-invalid]
])

# --- clean
repository("worker", [
    {"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPrefixList": ["release-"], "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}},
])

# --- unknown
repository("configured", config.require_object("ecr_rules"))
