import type { Lang } from '../../core/ir.js';
import type { At, Value } from '../../ir/values.js';
import { literalTexts, type LiteralText } from '../_shared/literal-text.js';
import { defaultTexts, joinedTexts, outputTexts, programOutputs, UNKNOWN_PART } from '../_shared/program-texts.js';
import { defineRule } from '../define-rule.js';

/** The account field of an ARN: `arn:<partition>:<service>:<region>:<account>:`. */
const ARN_ACCOUNT = /arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:(\d{12}):/g;

/** Keys whose whole value is an account id: IAM principals, condition keys, peering/permission arguments. */
const ACCOUNT_KEY = /^(AWS|aws:(SourceAccount|SourceOwner|PrincipalAccount|ResourceAccount)|sourceAccount|accountId|awsAccountId|peerOwnerId|targetAccountId)$/i;

/**
 * AWS-owned accounts that programs must name literally: the Elastic Load Balancing log-delivery
 * accounts of the regions opened before August 2022, granted s3:PutObject on access-log buckets.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html
 */
const AWS_OWNED = new Set([
  '127311923021', // us-east-1
  '033677994240', // us-east-2
  '027434742980', // us-west-1
  '797873946194', // us-west-2
  '098369216593', // af-south-1
  '754344448648', // ap-east-1
  '582318560864', // ap-northeast-1
  '600734575887', // ap-northeast-2
  '383597477331', // ap-northeast-3
  '718504428378', // ap-south-1
  '114774131450', // ap-southeast-1
  '783225319266', // ap-southeast-2
  '985666609251', // ca-central-1
  '054676820928', // eu-central-1
  '897822967062', // eu-north-1
  '635631232127', // eu-south-1
  '156460612806', // eu-west-1
  '652711504416', // eu-west-2
  '009996457667', // eu-west-3
  '076674570225', // me-south-1
  '507241528517', // sa-east-1
  '048591011584', // us-gov-west-1
  '190560391635', // us-gov-east-1
  '638102146993', // cn-north-1
  '037604701340', // cn-northwest-1
]);

/** The documentation example account and ids of one repeated digit (`111111111111`). */
const PLACEHOLDER = /^(123456789012|(\d)\2{11})$/;

/** An ARN with its region (or service) part unknown: `arn:aws:lambda:${region}:580247275435:layer:…`. */
const JOINED_ARN_ACCOUNT = new RegExp(`arn:aws[a-z-]*:[a-z0-9-]*:(?:[a-z0-9-]*|${UNKNOWN_PART}):(\\d{12}):`, 'g');

/** The hard-coded account ids in one literal. */
function accountIds(t: { text: string; whole?: boolean; key: string }, re: RegExp = ARN_ACCOUNT): string[] {
  // Both patterns start with `arn:aws`: most texts are not ARNs and skip the regular expression.
  const ids = t.text.includes('arn:aws') ? [...t.text.matchAll(re)].map((m) => m[1]!) : [];
  if (t.whole && ACCOUNT_KEY.test(t.key) && /^\d{12}$/.test(t.text)) ids.push(t.text);
  return ids.filter((id) => !AWS_OWNED.has(id));
}

/** A Lambda layer ARN: the account is the layer's publisher (AWS or a vendor), not the deployment's. */
const LAYER_ARN = /:layer:/;

type Hit = { messageId: string; path: string; account: string; at: At | undefined; severity?: 'low' };

/** The hard-coded account ids of a resource's arguments (or of the program's outputs), one per text. */
function hitsIn(args: Value, texts: readonly LiteralText[], lang: Lang): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const add = (path: string, text: string, account: string, at: At | undefined, fromDefault = false) => {
    const key = `${path}\u0000${account}`;
    if (seen.has(key)) return;
    seen.add(key);
    const placeholder = PLACEHOLDER.test(account);
    if (fromDefault && !placeholder) return;
    if (LAYER_ARN.test(text) && !placeholder) hits.push({ messageId: 'layer', path, account, at, severity: 'low' });
    else hits.push({ messageId: placeholder ? (fromDefault ? 'placeholderDefault' : 'placeholder') : 'account', path, account, at });
  };
  for (const t of texts) for (const a of accountIds(t).slice(0, 1)) add(t.path, t.text, a, t.at);
  for (const t of joinedTexts(args)) for (const a of accountIds(t, JOINED_ARN_ACCOUNT).slice(0, 1)) add(t.path, t.text, a, t.at);
  // A placeholder account as the fallback of a configured value breaks every deployment that does not set it.
  for (const t of defaultTexts(args, lang)) for (const a of accountIds({ ...t, whole: true }, JOINED_ARN_ACCOUNT).slice(0, 1)) add(t.path, t.text, a, t.at, true);
  return hits;
}

export default defineRule({
  id: 'aws/hardcoded-account-id',
  class: 'HARDCODED-VALUES',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [],
  messages: {
    account: '`{{path}}` hard-codes the AWS account id {{account}}. The program only works in that one account: elsewhere the ARN or principal names resources and roles that do not exist. Read the id with `aws.getCallerIdentity()`, or take other accounts from configuration.',
    placeholder: '`{{path}}` uses the placeholder account id {{account}}, which belongs to nobody: the ARN or principal can never resolve, so the deployment or the access it grants fails. Read the id with `aws.getCallerIdentity()`, or take other accounts from configuration.',
    stackConfig: '`{{key}}` in `{{file}}` holds the placeholder account id {{account}}, and the program reads it: that account belongs to nobody, so the ARNs, principals or peering built from it can never resolve and deploying this stack fails. Put the real account id there (or `aws.getCallerIdentity()` for the current one).',
    placeholderDefault: '`{{path}}` falls back to the placeholder account id {{account}} when its configuration is not set, and that account belongs to nobody: deployed with the defaults, the ARN or principal can never resolve and the deployment or the access it grants fails. Require the value (`config.require(...)`) or default to `aws.getCallerIdentity()`.',
    layer: '`{{path}}` hard-codes a layer published by account {{account}} at a fixed version. Published layer ARNs differ by region (some regions use another publishing account) and versions are retired, so the ARN breaks in other regions or later; look the ARN up (AWS publishes some under SSM parameters) or take it from configuration.',
  },
  title: {
    account: 'Hard-coded account id {{account}} in {{path:arg:code}} of {{counted}}',
    placeholder: 'Placeholder account id {{account}} in {{path:arg:code}} of {{counted}}',
    placeholderDefault: 'Placeholder fallback account id {{account}} in {{path:arg:code}} of {{counted}}',
    stackConfig: 'Placeholder account id {{account}} in stack setting {{key:code}}',
    layer: 'Layer ARN of account {{account}} hard-coded in {{path:arg:code}} of {{counted}}',
  },
  fixHint: 'const { accountId } = await aws.getCallerIdentity() / aws.get_caller_identity().account_id, then build the ARN with pulumi.interpolate / an f-string; cross-account ids belong in configuration.',
  docs: {
    summary: 'A 12-digit AWS account id written literally in an ARN, an IAM principal or an account argument.',
    why: 'A literal account id ties the program to one account: deployed anywhere else, policies grant access to the wrong (or a non-existent) account and ARNs point at resources that do not exist. Generated code often uses the documentation placeholder `123456789012`, which breaks every deployment. The current account comes from `aws.getCallerIdentity()`; other accounts (a central logging or monitoring account) belong in configuration.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('cross-account', {\n  assumeRolePolicy: JSON.stringify({\n    Version: '2012-10-17',\n    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: 'arn:aws:iam::123456789012:root' } }],\n  }),\n});\nexport const roleArn = role.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nperm = aws.lambda_.Permission("allow-s3", action="lambda:InvokeFunction", function="fn",\n    principal="s3.amazonaws.com", source_account="123456789012")\npulumi.export("perm", perm.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst monitoringAccount = new pulumi.Config().require('monitoringAccountId');\nconst role = new aws.iam.Role('cross-account', {\n  assumeRolePolicy: pulumi.jsonStringify({\n    Version: '2012-10-17',\n    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: pulumi.interpolate\`arn:aws:iam::\${monitoringAccount}:root\` } }],\n  }),\n});\nexport const roleArn = role.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naccount_id = aws.get_caller_identity().account_id\nperm = aws.lambda_.Permission("allow-s3", action="lambda:InvokeFunction", function="fn",\n    principal="s3.amazonaws.com", source_account=account_id)\npulumi.export("perm", perm.id)\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/getcalleridentity/',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
    ],
    notes: 'The Elastic Load Balancing log-delivery accounts (one per region, granted write access to access-log buckets) are AWS-owned and allowed. Values read from configuration or parameters are not reported, except when their fallback is a placeholder account (`123456789012`, one repeated digit), which breaks every deployment that keeps the default. ARNs whose region part is computed (`arn:aws:lambda:${region}:…`) and stack and component outputs are read too; Lambda layer ARNs name their publisher\'s account and are reported at low severity. A placeholder account as the value of a stack configuration setting the program reads (`Pulumi.dev.yaml`), or in an ARN there, is reported at high severity. A placeholder account written into a resource\'s arguments is reported at high severity: it fails in every account.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const h of hitsIn(r.args, literalTexts(r.args), r.lang)) {
        // A placeholder account in a resource's own arguments names nothing anywhere: the resource or
        // the access it grants fails in every deployment, not only outside one account.
        const severity = h.messageId === 'placeholder' ? 'high' : h.severity;
        ctx.report({ messageId: h.messageId, data: { path: h.path, account: h.account }, at: h.at, resource: r, ...(severity ? { severity } : {}) });
      }
    }
    // A placeholder account as (or in an ARN of) a stack configuration value the program reads.
    const read = new Set(ctx.model.configReads.map((r) => r.key.slice(r.key.indexOf(':') + 1)));
    for (const stack of ctx.model.input.stackConfigs ?? []) {
      if (stack.parseError) continue;
      for (const { key, value, offset } of stack.plain ?? []) {
        const account = PLACEHOLDER.test(value) ? value : /^arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12}):/.exec(value)?.[1];
        if (!account || !PLACEHOLDER.test(account) || !read.has(key.slice(key.indexOf(':') + 1))) continue;
        ctx.report({ messageId: 'stackConfig', data: { key, file: stack.file, account }, at: { f: stack.file, s: offset, e: offset + key.length }, severity: 'high' });
      }
    }
    // Stack and component outputs: an ARN published with a literal account points consumers at it.
    const outputs = programOutputs(ctx.model);
    const lang = ctx.model.languages[0] ?? 'ts';
    for (const h of hitsIn(outputs, outputTexts(ctx.model), lang)) {
      ctx.report({ messageId: h.messageId, data: { path: h.path, account: h.account }, at: h.at, ...(h.severity ? { severity: h.severity } : {}) });
    }
  },
});
