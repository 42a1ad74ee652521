import { estimateString } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceRef } from '../_shared/labels.js';
import { literalTexts, type LiteralText } from '../_shared/literal-text.js';
import { outputTexts } from '../_shared/program-texts.js';
import { projectRegion, providerRegion } from '../_shared/regions.js';
import { quotedName } from '../_shared/resource-refs.js';
import { isAbsent } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const REGION = '(?:us|eu|ap|ca|sa|me|af|il|mx)(?:-gov)?-(?:north|south|east|west|central|northeast|southeast|southwest|northwest)-\\d';
const ARN_REGION = new RegExp(`arn:aws[a-z-]*:[a-z0-9-]+:(${REGION}):`);
/** A VPC endpoint service name: `com.amazonaws.us-east-1.s3`. It must name the VPC's own region. */
const SERVICE_NAME_REGION = new RegExp(`com\\.amazonaws\\.(${REGION})\\.`);
/** A regional endpoint or service principal: `logs.eu-west-1.amazonaws.com`. */
const ENDPOINT_REGION = new RegExp(`\\.(${REGION})\\.amazonaws\\.com`);
const WHOLE_REGION = new RegExp(`^${REGION}$`);
/** Keys that set a region inside a resource's configuration (`awslogs-region`, a dashboard widget's `region`, `REGION`). */
const REGION_KEY = /region$/i;
/** An ARN of another account's resource: aws/hardcoded-account-id reports it, its region is secondary. */
const FOREIGN_ARN = /arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:\d{12}:/;

type Kind = 'an ARN' | 'a VPC endpoint service name' | 'a service endpoint' | 'a region setting';

/** The region a literal names, and in what form; undefined when it names none (or is not ours to judge). */
function regionIn(t: LiteralText): { region: string; kind: Kind } | undefined {
  const path = t.path.split('.');
  // Tags describe; policy conditions such as `aws:RequestedRegion` restrict on purpose.
  if (path.includes('tags') || path.includes('Condition') || FOREIGN_ARN.test(t.text)) return undefined;
  const arn = ARN_REGION.exec(t.text);
  if (arn) return { region: arn[1]!, kind: 'an ARN' };
  const service = SERVICE_NAME_REGION.exec(t.text);
  if (service) return { region: service[1]!, kind: 'a VPC endpoint service name' };
  const endpoint = ENDPOINT_REGION.exec(t.text);
  if (endpoint) return { region: endpoint[1]!, kind: 'a service endpoint' };
  // A top-level `region` argument (provider v7) chooses where the resource goes: that is a pin, not a reference.
  if (t.whole && t.path !== 'region' && REGION_KEY.test(t.key) && WHOLE_REGION.test(t.text)) return { region: t.text, kind: 'a region setting' };
  return undefined;
}

/**
 * A provider nothing uses, in a program read whole where no resource or component takes a provider
 * the model could not resolve: its region says nothing about where the resources go.
 */
function definitelyUnused(model: ResourceModel, p: Resource): boolean {
  if (!programIsComplete(model)) return false;
  if (model.resources.some((r) => r.provider === p.id || r.provider === 'unknown' || r.opts.open)) return false;
  return !model.components.some((c) => c.opts.open || ['provider', 'providers'].some((k) => !isAbsent(c.opts.props.get(k))));
}

/** Regions the program pins: used explicit providers' regions (or their configured defaults) and the project's `aws:region`. */
function pinnedRegions(model: ResourceModel): Set<string> {
  const out = new Set<string>();
  for (const r of model.resources) {
    const region = r.isProvider && !definitelyUnused(model, r) ? estimateString(r.args.props.get('region'), r.lang) : undefined;
    if (region) out.add(region);
  }
  const project = projectRegion(model);
  if (project) out.add(project);
  return out;
}

/**
 * The literal region the resource is deployed to: its explicit provider's region, or the project's
 * `aws:region` for a top-level resource on the default provider. Undefined when it cannot be told
 * (a parent may pass a provider down, options are built from unknown values, the region is configured).
 */
function deployedRegion(model: ResourceModel, r: Resource): { region: string; by: string } | undefined {
  if (typeof r.provider === 'number') {
    const p = providerRegion(model, r);
    return p ? { region: p.region, by: `its provider ${quotedName(p.provider)}` } : undefined;
  }
  if (r.provider !== undefined || r.parent !== undefined || r.opts.open) return undefined;
  const region = projectRegion(model);
  return region ? { region, by: 'the project\'s `aws:region`' } : undefined;
}

export default defineRule({
  id: 'aws/hardcoded-region',
  class: 'REGION-CONFIG',
  severity: 'low',
  category: 'aws',
  resourceTypes: [],
  messages: {
    unpinned: '`{{path}}` writes the region `{{region}}` into {{kind}}, but the program does not pin that region (no provider that resources use, and no project setting, says `{{region}}`). Deployed anywhere else it points at the wrong region; build it from `aws.getRegion()` / `aws.config.region`.',
    output: 'The output `{{path}}` writes the region `{{region}}` into {{kind}}, but the program does not pin that region (no provider that resources use, and no project setting, says `{{region}}`). Deployed to another region, the output points at resources that are not there; build it from `aws.getRegion()` / `aws.config.region` or from the resource\'s own attributes.',
    contradicts: '`{{path}}` names the region `{{region}}` in {{kind}}, but {{resource}} is deployed to `{{deployed}}` ({{by}}). The program pins two different regions, so this reference points at the wrong one; derive it from `aws.getRegion()` with the same provider.',
  },
  title: {
    unpinned: 'Region {{region}} written into {{kind}} of {{counted|resources}} while the stack\'s region is not pinned',
    output: 'Region {{region}} written into the stack output{{path:s}} {{path:code}} while the stack\'s region is not pinned',
    contradicts: 'Region {{region}} in {{counted|resources}} deployed to {{deployed}}',
  },
  fixHint: 'Build ARNs, endpoints and region settings from aws.getRegion() / aws.getRegionOutput() (with the resource\'s provider) or aws.config.region instead of writing the region.',
  docs: {
    summary: 'Region literals inside ARNs, service endpoints and region settings of resources, instead of the region the stack is deployed to.',
    why: 'A region written into an ARN (`arn:aws:logs:us-west-1:*:*`), a VPC endpoint service name (`com.amazonaws.us-east-1.s3`) or a setting such as `awslogs-region` silently breaks when the stack is deployed to another region: policies grant nothing, endpoints fail to create, logs go elsewhere. When the program itself deploys the resource to a different literal region (its provider, or the project\'s `aws:region`), the two regions contradict each other and the reference is wrong in every deployment.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst provider = new aws.Provider('west', { region: 'us-west-1' });\nconst role = new aws.iam.Role('fn-role', {\n  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),\n});\nnew aws.iam.RolePolicy('logs', {\n  role: role.id,\n  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: 'arn:aws:logs:us-west-2:*:*' }] }),\n}, { provider });\nexport const roleArn = role.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nendpoint = aws.ec2.VpcEndpoint("s3", vpc_id=vpc.id, service_name="com.amazonaws.us-east-1.s3")\npulumi.export("endpoint", endpoint.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst region = aws.getRegionOutput();\nconst role = new aws.iam.Role('fn-role', {\n  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),\n});\nnew aws.iam.RolePolicy('logs', {\n  role: role.id,\n  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: pulumi.interpolate\`arn:aws:logs:\${region.name}:*:*\` }] }),\n});\nexport const roleArn = role.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nregion = aws.get_region()\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nendpoint = aws.ec2.VpcEndpoint("s3", vpc_id=vpc.id, service_name=f"com.amazonaws.{region.name}.s3")\npulumi.export("endpoint", endpoint.id)\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/getregion/',
      'https://www.pulumi.com/registry/packages/aws/api-docs/provider/',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
    ],
    notes: 'A region the program pins (the region of an explicit provider that something uses, or a `default` declared for `aws:region` in Pulumi.yaml; a plain `aws:region: <value>` is not visible to rules yet) is not reported where it is written again, except when it contradicts the region the resource itself is deployed to (medium). ARNs that name another region the program also deploys to are cross-region references and are not reported. ARNs with a literal account id are left to aws/hardcoded-account-id; Availability Zones of the wrong region to aws/hardcoded-availability-zone. Region settings are values of keys ending in `region` (e.g. `awslogs-region`, a dashboard widget\'s `region`); a resource\'s own top-level `region` argument is a choice of region, not a reference, and policy conditions (`aws:RequestedRegion`) restrict regions on purpose. Each region is reported once per resource, where it is first written. Stack exports and component outputs (endpoint URLs, ARNs) are checked for regions the program does not pin.',
  },
  check(ctx) {
    const pinned = pinnedRegions(ctx.model);
    for (const r of ctx.resources()) {
      if (r.isProvider) continue;
      const deployed = deployedRegion(ctx.model, r);
      // One finding per resource and region: a dashboard or policy repeats its region in every widget or statement.
      const seen = new Set<string>();
      for (const t of literalTexts(r.args)) {
        const hit = regionIn(t);
        if (!hit || seen.has(hit.region)) continue;
        seen.add(hit.region);
        // ARNs, endpoints and settings may point at another region the program also deploys to (a
        // replica, a dashboard of the other region); a VPC endpoint can only serve its own region.
        const crossRegion = hit.kind !== 'a VPC endpoint service name' && pinned.has(hit.region);
        if (deployed && deployed.region !== hit.region && !crossRegion) {
          ctx.report({ messageId: 'contradicts', data: { path: t.path, region: hit.region, kind: hit.kind, resource: resourceRef(r), deployed: deployed.region, by: deployed.by }, at: t.at, resource: r, severity: 'medium' });
        } else if (!pinned.has(hit.region)) {
          ctx.report({ messageId: 'unpinned', data: { path: t.path, region: hit.region, kind: hit.kind }, at: t.at, resource: r });
        }
      }
    }
    // Stack and component outputs (endpoint URLs, ARNs) that name a region the program does not pin.
    const seen = new Set<string>();
    for (const t of outputTexts(ctx.model)) {
      const hit = regionIn(t);
      if (!hit || pinned.has(hit.region) || seen.has(`${t.path}\u0000${hit.region}`)) continue;
      seen.add(`${t.path}\u0000${hit.region}`);
      ctx.report({ messageId: 'output', data: { path: t.path, region: hit.region, kind: hit.kind }, at: t.at });
    }
  },
});
