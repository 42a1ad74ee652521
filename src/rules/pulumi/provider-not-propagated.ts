import { provenance, type Value } from '../../ir/values.js';
import type { Component, Resource, ResourceModel } from '../../model/types.js';
import { resourceRef } from '../_shared/labels.js';
import { resourceById } from '../_shared/resource-refs.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

/** How a resource gets its provider: an explicit/inherited one, the default one, or cannot be told. */
type Source = 'explicit' | 'default' | 'unknown';

/** Is an option set (true), definitely not set (false), or built from an unknown value (undefined)? */
function given(v: Value | undefined): boolean | undefined {
  if (!v || v.kind === 'absent' || (v.kind === 'known' && v.value === null)) return false;
  if ((v.kind === 'list' && v.items.length === 0 && !v.open) || (v.kind === 'obj' && v.props.size === 0 && !v.open)) return false;
  return v.kind === 'unknown' ? undefined : true;
}

/** A component passes a provider to its children through `provider` or `providers`. */
function componentProvides(c: Component): boolean | undefined {
  const p = given(c.opts.props.get('provider'));
  const ps = given(c.opts.props.get('providers'));
  if (p || ps) return true;
  if (p === undefined || ps === undefined || c.opts.open) return undefined;
  return false;
}

/** Follow `provider`, then the parent chain (components' `provider(s)`, parent resources' provider). */
function sourceOf(model: ResourceModel, r: Resource): Source {
  if (r.provider !== undefined) return 'explicit';
  if (r.opts.open) return 'unknown';
  let parent = r.parent;
  for (let depth = 0; depth < 16; depth++) {
    if (parent === undefined) return 'default';
    if (parent === 'unknown') return 'unknown';
    const id = parent;
    const comp = model.components.find((c) => c.id === id);
    if (comp) {
      const provides = componentProvides(comp);
      if (provides !== false) return provides ? 'explicit' : 'unknown';
      parent = comp.parent;
      continue;
    }
    const res = resourceById(model, id);
    if (!res) return 'unknown';
    if (res.provider !== undefined) return 'explicit';
    if (res.opts.open) return 'unknown';
    parent = res.parent;
  }
  return 'unknown';
}

/** Services whose resources are global: the region of the provider does not matter. */
const GLOBAL_MODULES = new Set(['iam', 'cloudfront', 'organizations', 'budgets', 'globalaccelerator']);
function isGlobal(r: Resource): boolean {
  return GLOBAL_MODULES.has(r.module) || (r.module === 'route53' && !r.className.startsWith('Resolver'));
}

/**
 * Resources that must live in us-east-1 whatever the stack's region (CloudFront certificates, WAF
 * ACLs, Lambda@Edge functions and their roles): a provider used only for them is a special-purpose
 * provider, and the rest of the program is meant to use the default one.
 */
const EDGE_TYPES = new Set([
  'aws:acm/certificate:Certificate',
  'aws:acm/certificateValidation:CertificateValidation',
  'aws:wafv2/webAcl:WebAcl',
  'aws:wafv2/ipSet:IpSet',
  'aws:wafv2/ruleGroup:RuleGroup',
  'aws:lambda/function:Function',
  'aws:iam/role:Role',
  'aws:iam/rolePolicyAttachment:RolePolicyAttachment',
]);

/** Where the default provider takes its region from: `aws:region`, AWS_REGION / AWS_DEFAULT_REGION, the region data source. */
const DEFAULT_REGION = /^(?:call:)*(?:config:aws:region|env:AWS_(?:DEFAULT_)?REGION|invoke:getRegion\.)/;

/** Provider settings that change neither the region nor the account or credentials. */
const NEITHER_REGION_NOR_ACCOUNT = new Set([
  'defaultTags',
  'ignoreTags',
  'maxRetries',
  'retryMode',
  'skipCredentialsValidation',
  'skipMetadataApiCheck',
  'skipRegionValidation',
  'skipRequestingAccountId',
]);

/**
 * A provider that differs from the default one only by its default tags: no other region (none, or
 * the one the default provider reads too), no assumed role, profile or credentials. A resource that
 * misses it lands in the same place and only lacks the tags.
 */
function onlyTags(p: Resource): boolean {
  if (!p.argsKnown || p.args.open || !given(p.args.props.get('defaultTags'))) return false;
  for (const [key, v] of p.args.props) {
    if (v.kind === 'absent' || NEITHER_REGION_NOR_ACCOUNT.has(key)) continue;
    if (key === 'region' && v.kind !== 'known' && [...provenance(v)].some((l) => DEFAULT_REGION.test(l))) continue;
    return false;
  }
  return true;
}

/** Share of regional resources with an explicit provider from which the program's convention is clear. */
const CONVENTION = 0.8;

/**
 * The class of the component that was given a provider and inside which `r` was created without
 * `parent` (so it escaped the inheritance), or undefined.
 */
function escapedFrom(model: ResourceModel, r: Resource): string | undefined {
  for (let id = r.component, depth = 0; id !== undefined && depth < 16; depth++) {
    const c = model.components.find((x) => x.id === id);
    if (!c) return undefined;
    if (componentProvides(c)) return c.className;
    id = c.component;
  }
  return undefined;
}

export default defineRule({
  id: 'pulumi/provider-not-propagated',
  class: 'PROVIDER-PROPAGATION',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    missing: '{{resource}} does not get the explicit AWS provider `{{provider}}` that the rest of the program uses (no `provider` option, no parent that carries it), so it is created with the default provider: in the stack\'s default region and account, without the provider\'s default tags or assumed role. Pass `{ provider }` / `opts=ResourceOptions(provider=...)`.',
    escaped: '{{resource}} is created inside `{{component}}`, which was given an AWS provider, but without `parent: this` / `parent=self` (or its own `provider`), so it does not inherit that provider: it is created with the default provider, in the stack\'s default region and account, without the provider\'s default tags or assumed role. Create it with `{ parent: this }` / `opts=ResourceOptions(parent=self)`.',
    partial: '{{resource}} is created {{total}} times in a loop, and only some copies get an explicit provider (such as `{{provider}}`); the others get none (`provider: undefined` / `None`) and are created with the default provider, in whatever region the stack\'s `aws:region` says, not necessarily the one the loop meant. Pass an explicit provider in every iteration (one per region, the primary included).{{others}}',
    missingTags: '{{resource}} does not get the explicit AWS provider `{{provider}}` that the rest of the program uses (no `provider` option, no parent that carries it), so it is created with the default provider. Here that lands it in the same region and account (`{{provider}}` differs from the default provider only by its default tags), so the effect is that the resource misses those tags. Pass `{ provider }` / `opts=ResourceOptions(provider=...)`.',
    escapedTags: '{{resource}} is created inside `{{component}}`, which was given an AWS provider, but without `parent: this` / `parent=self` (or its own `provider`), so it does not inherit that provider and is created with the default one. Here that lands it in the same region and account (the program\'s providers differ from the default only by their default tags), so the effect is that the resource misses those tags and sits outside the component in the resource tree. Create it with `{ parent: this }` / `opts=ResourceOptions(parent=self)`.',
    unused: 'The AWS provider `{{provider}}` is created but no resource or component uses it, so everything is deployed with the default provider and whatever region/credentials it was meant to select are ignored. Pass it to the resources (`{ provider }`) or to the top-level component (`{ providers: [provider] }`), or remove it.',
  },
  title: {
    missing: 'Explicit AWS provider {{provider:code}} not given to {{counted}}',
    escaped: '{{counted}} created inside {{component:code}} without parent, missing its provider',
    partial: 'Only some of the {{total}} copies of {{counted}} get the provider {{provider:code}}',
    unused: 'AWS provider {{provider:code}} created but used by no resource',
    missingTags: 'Default tags of provider {{provider:code}} not applied to {{counted}}',
    escapedTags: '{{counted}} created inside {{component:code}} without parent, missing its provider\'s default tags',
  },
  fixHint: 'Pass the provider explicitly ({ provider: p } / ResourceOptions(provider=p)) or give it to the component ({ providers: [p] }) and create children with { parent: this }.',
  docs: {
    summary: 'An explicit `aws.Provider` that some regional resources do not receive (or that nothing uses), so they deploy with the default provider.',
    why: 'Programs create an explicit provider to choose a region, an account (assumed role) or default tags. A resource receives it only through its own `provider` option or through its parent chain (a component that got `provider`/`providers` and children created with `parent: this`). Any other resource silently uses the default provider: it lands in the default region and account, which for multi-region and cross-account designs means the wrong place.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nclass Network extends pulumi.ComponentResource {\n  public readonly vpcId: pulumi.Output<string>;\n  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {\n    super('tap:network:Network', name, {}, opts);\n    const vpc = new aws.ec2.Vpc(\`\${name}-vpc\`, { cidrBlock: '10.0.0.0/16' });\n    this.vpcId = vpc.id;\n    this.registerOutputs({ vpcId: this.vpcId });\n  }\n}\nconst west = new aws.Provider('west', { region: 'us-west-2' });\nexport const vpcId = new Network('network', { providers: [west] }).vpcId;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nwest = aws.Provider("west", region="us-west-2")\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\npulumi.export("vpc", vpc.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nclass Network extends pulumi.ComponentResource {\n  public readonly vpcId: pulumi.Output<string>;\n  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {\n    super('tap:network:Network', name, {}, opts);\n    const vpc = new aws.ec2.Vpc(\`\${name}-vpc\`, { cidrBlock: '10.0.0.0/16' }, { parent: this });\n    this.vpcId = vpc.id;\n    this.registerOutputs({ vpcId: this.vpcId });\n  }\n}\nconst west = new aws.Provider('west', { region: 'us-west-2' });\nexport const vpcId = new Network('network', { providers: [west] }).vpcId;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nwest = aws.Provider("west", region="us-west-2")\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16", opts=pulumi.ResourceOptions(provider=west))\npulumi.export("vpc", vpc.id)\n`,
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/resources/providers/',
      'https://www.pulumi.com/docs/iac/concepts/resources/options/provider/',
      'https://www.pulumi.com/docs/iac/concepts/resources/options/providers/',
    ],
    notes: 'Reported when a loop creates copies of a resource of which some get an explicit provider and others none (`provider=p if region != "us-east-1" else None`, medium), when a resource escapes a component that was given a provider (created inside it without `parent`), when a single explicit provider is used by at least 80% of the regional resources and some do not get it, and when a provider is used by nothing. Programs with several providers (primary and disaster-recovery regions) often keep the default provider for the primary region on purpose, so resources outside components are not reported there. Resources of global services (IAM, CloudFront, Route 53 zones and records, Organizations, Budgets) are not reported. A provider used only for us-east-1-bound edge resources (ACM certificates and WAF ACLs for CloudFront) is taken as special-purpose: the rest of the program is meant to use the default provider. Options built from unknown values, and components whose options are unknown, keep the rule silent. Code the entry point never reaches is not deployed: its providers and resources are not judged. An answer without an entry point (component files only) is judged whole, except functions and classes nothing could call (neither called in the answer nor exported; in Python, private names). When the program\'s providers differ from the default provider only by their default tags (no region other than the one the default provider reads, `aws:region` or AWS_REGION; no assumed role, profile or credentials), a resource that misses them only misses the tags: reported at medium, saying so.',
  },
  check(ctx) {
    const model = ctx.model;
    const providers = model.resources.filter((r) => r.isProvider && r.pkg === 'aws');
    if (providers.length === 0) return;
    // Code no entry point reaches runs with unknown options: when the program has an entry point,
    // only what it reaches counts (a provider or resource in code it never calls is not deployed). An
    // answer without one (library files only) is judged whole, except code nothing could call.
    const entry = model.resources.some((r) => r.reached);
    const relevant = <T extends { reached: boolean; dead?: true }>(xs: T[]) => xs.filter((x) => (entry ? x.reached : !x.dead));
    const componentsMayUse = relevant(model.components).some((c) => componentProvides(c) !== false);
    const usedBy = (p: Resource) => model.resources.filter((r) => r.provider === p.id);
    // "Unused" is an absence: trusted only when the whole program was read and no component or
    // resource anywhere (reached or not) takes a provider the model could not resolve.
    const mayBeUsedUnseen =
      !programIsComplete(model) ||
      model.components.some((c) => componentProvides(c) !== false) ||
      model.resources.some((r) => r.provider === 'unknown' || r.opts.open);
    const unused = mayBeUsedUnseen ? [] : providers.filter((p) => usedBy(p).length === 0);
    for (const p of unused) ctx.report({ messageId: 'unused', data: { provider: shownName(p) }, resource: p, severity: 'medium' });
    // Providers meant for the program's resources, not only for us-east-1 edge resources.
    const mainProviders = relevant(providers).filter((p) => {
      if (unused.includes(p)) return false;
      const users = usedBy(p);
      return users.length === 0 ? componentsMayUse : users.some((r) => !EDGE_TYPES.has(r.type));
    });
    const regional = relevant(model.resources).filter((r) => r.pkg === 'aws' && !r.isProvider && !isGlobal(r));
    const sources = new Map(regional.map((r) => [r, sourceOf(model, r)]));
    const explicit = [...sources.values()].filter((s) => s === 'explicit').length;
    // With a single main provider used almost everywhere, the rest were forgotten; with several
    // (primary and disaster-recovery regions) the default provider is often the primary on purpose.
    const convention = mainProviders.length === 1 && explicit >= CONVENTION * regional.length;
    // Copies made by one loop (one per region) of which some get an explicit provider and others none.
    const bySite = new Map<string, Resource[]>();
    for (const r of regional) if (r.inLoop && !r.conditional) bySite.set(`${r.at.f}:${r.at.s}`, [...(bySite.get(`${r.at.f}:${r.at.s}`) ?? []), r]);
    const partial = new Set<Resource>();
    // One finding per file: the conditional provider is one habit, repeated for every resource of the loop.
    const partialByFile = new Map<string, { first: Resource; given: Resource; total: number; sites: number }>();
    for (const copies of bySite.values()) {
      const given = copies.filter((r) => typeof r.provider === 'number');
      const missing = copies.filter((r) => sources.get(r) === 'default' && !escapedFrom(model, r));
      if (given.length === 0 || missing.length === 0) continue;
      for (const r of missing) partial.add(r);
      const known = partialByFile.get(missing[0]!.at.f);
      if (known) known.sites++;
      else partialByFile.set(missing[0]!.at.f, { first: missing[0]!, given: given[0]!, total: copies.length, sites: 1 });
    }
    for (const { first, given, total, sites } of partialByFile.values()) {
      const provider = resourceById(model, given.provider);
      const others = sites === 1 ? '' : ` The same holds for ${sites - 1} other ${sites === 2 ? 'resource' : 'resources'} of this file.`;
      ctx.report({ messageId: 'partial', data: { resource: resourceRef(first, true), total, provider: provider ? shownName(provider) : 'an explicit provider', others }, resource: first, severity: 'medium' });
    }
    // Providers that only add default tags: a resource that misses them misses the tags, not the
    // region or account.
    const escapedTags = mainProviders.length > 0 && mainProviders.every(onlyTags);
    const missingTags = convention && onlyTags(mainProviders[0]!);
    for (const [r, source] of sources) {
      if (source !== 'default' || partial.has(r)) continue;
      const component = escapedFrom(model, r);
      if (component && escapedTags) ctx.report({ messageId: 'escapedTags', data: { resource: resourceRef(r, true), component }, resource: r, severity: 'medium' });
      else if (component) ctx.report({ messageId: 'escaped', data: { resource: resourceRef(r, true), component }, resource: r });
      else if (missingTags) ctx.report({ messageId: 'missingTags', data: { resource: resourceRef(r, true), provider: shownName(mainProviders[0]!) }, resource: r, severity: 'medium' });
      else if (convention) ctx.report({ messageId: 'missing', data: { resource: resourceRef(r, true), provider: shownName(mainProviders[0]!) }, resource: r });
    }
  },
});

function shownName(r: Resource): string {
  return r.name.kind === 'known' ? String(r.name.value) : r.typePath;
}
