import pulumi
import pulumi_aws as aws

config = pulumi.Config()
account = aws.get_caller_identity().account_id
region = config.require("region")


# --- bad
class Database(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:db:Database", name, None, opts)
        secret = aws.secretsmanager.Secret(f"{name}-secret", opts=pulumi.ResourceOptions(parent=self))
        aws.secretsmanager.SecretRotation(
            f"{name}-rotation",
            secret_id=secret.id,
            rotation_lambda_arn=pulumi.Output.concat("arn:aws:lambda:", region, ":", account,  # error: [security/secret-rotation-function-missing]
                                                     ":function:SecretsManagerRotation"),
            rotation_rules={"automatically_after_days": 30},
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({})


Database("orders")

# --- clean
other = aws.secretsmanager.Secret("other")

# --- unknown
aws.secretsmanager.SecretRotation("other", secret_id=other.id, rotation_lambda_arn=config.require("rotation_arn"),
                                  rotation_rules={"automatically_after_days": 30})
