import type { Value } from '../../ir/values.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, str, stringParts } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const ROTATION = 'aws:secretsmanager/secretRotation:SecretRotation';
const FUNCTION = 'aws:lambda/function:Function';
/** The AWS-provided rotation functions are deployed from the Serverless Application Repository. */
const SAR_STACK = 'aws:serverlessrepository/cloudFormationStack:CloudFormationStack';

/** The literal function name at the end of a built Lambda ARN (`arn:aws:lambda:…:function:Name`). */
function functionName(v: Value | undefined): string | undefined {
  const parts = stringParts(v?.kind === 'output' && v.resource === undefined ? v.inner : v);
  const last = parts?.[parts.length - 1];
  const m = typeof last === 'string' ? /:function:([A-Za-z0-9_-]+)$/.exec(last) : null;
  return m?.[1];
}

export default defineRule({
  id: 'security/secret-rotation-function-missing',
  class: 'SECRETS-MGMT',
  severity: 'medium',
  category: 'security',
  resourceTypes: [ROTATION],
  messages: {
    missing: 'Secret rotation names the Lambda function `{{name}}` by a built ARN, but the program creates no function of that name: unless it already exists in the account and Region, enabling rotation fails (the rotation function cannot be found) and the secret is never rotated. Create the rotation function in the program (or deploy the AWS rotation template from the Serverless Application Repository) and pass its `arn`.',
  },
  title: 'Secret rotation uses function {{name:code}}, which the program does not create',
  fixHint: 'Pass `rotationLambdaArn: rotationFn.arn` of a function the program creates (with a `lambda.Permission` for `secretsmanager.amazonaws.com`).',
  docs: {
    summary: 'Secrets Manager rotations whose `rotationLambdaArn` is assembled by hand for a function the program never creates.',
    why: 'Rotation needs a Lambda function that implements the four rotation steps. Generated programs often write `arn:aws:lambda:<region>:<account>:function:SecretsManagerRotation` as if AWS provided one: no such function exists until someone deploys it, so the rotation cannot be enabled and the credentials stay static. The finding is medium because the function may exist outside the program.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst secret = new aws.secretsmanager.Secret('db');\nconst id = aws.getCallerIdentityOutput();\nnew aws.secretsmanager.SecretRotation('db', {\n  secretId: secret.id,\n  rotationLambdaArn: pulumi.interpolate\`arn:aws:lambda:us-east-1:\${id.accountId}:function:SecretsManagerRotation\`,\n  rotationRules: { automaticallyAfterDays: 30 },\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nsecret = aws.secretsmanager.Secret("db")\naccount = aws.get_caller_identity().account_id\naws.secretsmanager.SecretRotation("db", secret_id=secret.id,\n    rotation_lambda_arn=pulumi.Output.concat("arn:aws:lambda:us-east-1:", account, ":function:SecretsManagerRotation"),\n    rotation_rules={"automatically_after_days": 30})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst secret = new aws.secretsmanager.Secret('db');\nconst role = new aws.iam.Role('rotation', { assumeRolePolicy: '{}' });\nconst fn = new aws.lambda.Function('rotation', { runtime: 'python3.12', handler: 'index.handler', role: role.arn, code: new pulumi.asset.AssetArchive({ 'index.py': new pulumi.asset.StringAsset('def handler(e, c): pass') }) });\nnew aws.secretsmanager.SecretRotation('db', { secretId: secret.id, rotationLambdaArn: fn.arn, rotationRules: { automaticallyAfterDays: 30 } });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nsecret = aws.secretsmanager.Secret("db")\nrole = aws.iam.Role("rotation", assume_role_policy="{}")\naws.lambda_.Function("SecretsManagerRotation", name="SecretsManagerRotation", runtime="python3.12", handler="index.handler", role=role.arn,\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("def handler(e, c): pass")}))\naccount = aws.get_caller_identity().account_id\naws.secretsmanager.SecretRotation("db", secret_id=secret.id,\n    rotation_lambda_arn=pulumi.Output.concat("arn:aws:lambda:us-east-1:", account, ":function:SecretsManagerRotation"),\n    rotation_rules={"automatically_after_days": 30})\n`,
    },
    references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html'],
    notes: 'Only ARNs whose function name is a literal are judged, and only when the whole program was seen; a program that deploys a Serverless Application Repository stack, or creates a function with that name (or logical name), is not reported.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    if (ctx.model.resources.some((r) => r.type === SAR_STACK)) return;
    const names = new Set<string>();
    for (const f of ctx.model.resources) {
      if (f.type !== FUNCTION) continue;
      const n = str(arg(f, 'name'));
      if (n) names.add(n);
      if (f.name.kind === 'known' && typeof f.name.value === 'string') names.add(f.name.value);
      // A function whose name is built or generated could be the one named.
      if (!n && arg(f, 'name')) return;
    }
    for (const r of ctx.resources()) {
      const v = arg(r, 'rotationLambdaArn');
      if (!v || referencedResource(ctx.model, v)) continue;
      const name = functionName(v);
      if (name && !names.has(name)) ctx.report({ messageId: 'missing', data: { name }, at: v.at, resource: r });
    }
  },
});
