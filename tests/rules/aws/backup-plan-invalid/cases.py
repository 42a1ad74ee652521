import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vault = aws.backup.Vault("vault")


class Backups(pulumi.ComponentResource):
    def __init__(self, name, cold_after, delete_after, opts=None):
        super().__init__("app:backup:Backups", name, None, opts)
        self.plan = aws.backup.Plan(name, rules=[aws.backup.PlanRuleArgs(
            rule_name="daily", target_vault_name=vault.name, schedule="cron(0 5 * * ? *)",
            lifecycle=aws.backup.PlanRuleLifecycleArgs(cold_storage_after=cold_after, delete_after=delete_after))],
            opts=pulumi.ResourceOptions(parent=self))
        aws.backup.Selection(f"{name}-selection", plan_id=self.plan.id, iam_role_arn=config.require("backup_role_arn"),
            resources=[config.require("table_arn")], opts=pulumi.ResourceOptions(parent=self))


# --- bad
Backups("short", 7, 30)  # error: [aws/backup-plan-invalid]

# --- clean
Backups("long", 30, 365)

# --- unknown
Backups("configured", 30, config.require_int("delete_after"))
