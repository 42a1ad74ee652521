import { describe } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { fix, FixingReporter, insertEntry, replaceValue } from '../_shared/fixes.js';
import { isObj, str } from '../_shared/values.js';
import { inFragment, knownAbsent } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const INSTANCE = 'aws:ec2/instance:Instance';
const LAUNCH_TEMPLATE = 'aws:ec2/launchTemplate:LaunchTemplate';
const LAUNCH_CONFIGURATION = 'aws:ec2/launchConfiguration:LaunchConfiguration';
const SPOT_REQUEST = 'aws:ec2/spotInstanceRequest:SpotInstanceRequest';
const METADATA_DEFAULTS = 'aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults';

export default defineRule({
  id: 'security/imdsv2-not-required',
  class: 'AUTOSCALING-COMPUTE',
  severity: 'medium',
  category: 'security',
  resourceTypes: [INSTANCE, LAUNCH_TEMPLATE, LAUNCH_CONFIGURATION, SPOT_REQUEST],
  messages: {
    missing: '`{{name}}` does not set `metadataOptions.httpTokens: "required"`, so its instances accept IMDSv1 requests (unless the AMI itself is IMDSv2-only). A server-side request forgery in any process on the instance can then read the instance role\'s credentials; require IMDSv2 (AWS Security Hub EC2.8).',
    optional: '`{{name}}` sets `metadataOptions.httpTokens` to "optional", which keeps IMDSv1 open: a server-side request forgery can read the instance role\'s credentials without a session token. Set it to "required" (AWS Security Hub EC2.8).',
  },
  title: {
    missing: 'IMDSv1 still allowed on {{counted}} (httpTokens not required)',
    optional: 'IMDSv1 allowed on {{counted}} (httpTokens optional)',
  },
  fixHint: 'metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 } (metadata_options={...} in Python).',
  fixable: true,
  docs: {
    summary: 'EC2 instances, launch templates and launch configurations that do not require IMDSv2 (`metadataOptions.httpTokens: "required"`).',
    why: 'IMDSv1 answers plain GET requests, so a server-side request forgery or an open proxy on the instance is enough to read the credentials of its IAM role from the metadata service. IMDSv2 requires a session token obtained with a PUT, which blocks these attacks. AWS Security Hub control EC2.8 fails instances and launch templates that leave it optional.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.ec2.LaunchTemplate('web', {\n  imageId: 'ami-0123456789abcdef0',\n  instanceType: 't3.micro',\n});\n`,
      py: `import pulumi_aws as aws\naws.ec2.Instance("web", ami="ami-0123456789abcdef0", instance_type="t3.micro",\n    metadata_options={"http_endpoint": "enabled", "http_tokens": "optional"})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.ec2.LaunchTemplate('web', {\n  imageId: 'ami-0123456789abcdef0',\n  instanceType: 't3.micro',\n  metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 },\n});\n`,
      py: `import pulumi_aws as aws\naws.ec2.Instance("web", ami="ami-0123456789abcdef0", instance_type="t3.micro",\n    metadata_options={"http_endpoint": "enabled", "http_tokens": "required"})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8',
      'https://www.pulumi.com/registry/packages/aws/api-docs/ec2/launchtemplate/#launchtemplatemetadataoptions',
    ],
    notes: 'Not reported when the metadata endpoint is disabled (`httpEndpoint: "disabled"`), when the program sets account-wide defaults with `aws.ec2.InstanceMetadataDefaults` (whatever their value, as they cannot be checked here reliably), or when `metadataOptions` is built from unknown values. An AMI registered as IMDSv2-only (`imdsSupport: v2.0`, e.g. Amazon Linux 2023) makes instances that omit the setting require tokens too; the rule still asks for the explicit setting, which is what Security Hub checks.',
    fix: '`httpTokens: "optional"` becomes `"required"`; `metadataOptions` without `httpTokens` gets `httpTokens: "required"`, and a resource without `metadataOptions` gets `metadataOptions: { httpTokens: "required" }`. The hop limit and the endpoint setting are left alone.',
  },
  check(ctx) {
    if (ctx.model.resources.some((r) => r.type === METADATA_DEFAULTS)) return;
    const out = new FixingReporter(ctx);
    for (const r of ctx.resources()) check(ctx, out, r);
    out.flush();
  },
});

const REQUIRE = 'Require IMDSv2 (httpTokens: "required")';

function check(ctx: RuleContext, out: FixingReporter, r: Resource): void {
  const name = nameOf(r);
  if (knownAbsent(ctx, r, 'metadataOptions')) {
    out.report({ messageId: 'missing', data: { name }, resource: r }, fix(REQUIRE, [insertEntry(ctx, r, r.args, 'metadataOptions', { httpTokens: 'required' })]));
    return;
  }
  const options = r.args.props.get('metadataOptions');
  if (!isObj(options) || options.open) return;
  if (str(options.props.get('httpEndpoint')) === 'disabled') return;
  const tokens = options.props.get('httpTokens');
  if (!tokens || tokens.kind === 'absent') {
    if (inFragment(ctx, r)) return;
    out.report({ messageId: 'missing', data: { name }, at: options.at, resource: r }, fix(REQUIRE, [insertEntry(ctx, r, options, 'httpTokens', 'required')]));
    return;
  }
  if (str(tokens) === 'optional') out.report({ messageId: 'optional', data: { name }, at: tokens.at, resource: r }, fix(REQUIRE, [replaceValue(ctx, r, options, 'httpTokens', 'required')]));
}

function nameOf(r: Resource): string {
  return describe(r.name).replace(/^"|"$/g, '');
}
