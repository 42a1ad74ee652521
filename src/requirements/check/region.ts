// The region the stack deploys to, and the regions of a multi-region design. Regions are set by
// aws.Provider resources, by `aws:region` in the stack configuration, or by `pulumi config set
// aws:region …` in the answer's instructions; region names inside ARNs, endpoint service names and
// availability zones show where resources really go.

import { knownString, type At } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { walk } from '../../rules/_shared/walk.js';
import { arg, str } from '../../rules/_shared/values.js';
import { fail, pass, resourcesOf, TYPES, unknown, type Check, type CheckContext } from './context.js';

const REGION = String.raw`((?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov)?-(?:north|south|east|west|central|northeast|southeast|southwest|northwest)-\d)`;
// Stack files set `aws:region: x` (or `value: x`); a project file's config block gives `default: x`.
const CONFIG_REGION = new RegExp(String.raw`aws:region["']?\s*[:=]?\s*(?:(?:value|default):\s*)?["']?${REGION}\b`, 'g');
// Region names embedded in other values: ARNs, endpoint service names, availability zones.
const EMBEDDED = new RegExp(String.raw`arn:aws[\w-]*:[\w-]+:${REGION}:|com\.amazonaws\.${REGION}\.|^${REGION}[a-f]$`);

interface RegionSetting {
  region?: string;
  /** Where it is set; absent for settings read from the answer's prose. */
  at?: At;
  provider?: Resource;
}

/** Every place the program or its configuration sets a region; `region` undefined when not known. */
function regionSettings(ctx: CheckContext): RegionSetting[] {
  const out: RegionSetting[] = [];
  for (const p of ctx.model.resources.filter((r) => TYPES.provider.test(r.type))) {
    const v = arg(p, 'region');
    const region = str(v);
    out.push(region ? { region, at: v?.at ?? p.at, provider: p } : { provider: p, at: p.at });
  }
  for (const f of ctx.model.input.files.filter((f) => f.role !== 'program')) {
    for (const m of f.text.matchAll(CONFIG_REGION)) out.push({ region: m[1]!, at: { f: f.path, s: m.index, e: m.index + m[0].length } });
    // The project template's deployment scripts read the region from lib/AWS_REGION, a file holding
    // nothing but the region (in an answer, a text block that may have lost its name).
    const fileRegion = new RegExp(`^\\s*${REGION}\\s*$`).exec(f.text);
    if (fileRegion) out.push({ region: fileRegion[1]!, at: { f: f.path, s: 0, e: f.text.length } });
  }
  for (const text of ctx.model.input.hosts.values()) {
    for (const m of text.matchAll(new RegExp(String.raw`pulumi config set\s+aws:region\s+${REGION}`, 'g'))) out.push({ region: m[1]! });
  }
  // `aws.config.region` / `Config('aws').get('region')` read the region the stack is configured with.
  if (ctx.model.configReads.some((c) => (c.namespace === 'aws' && c.key === 'region') || c.key === 'aws:region')) out.push({});
  return out;
}

/** Region names embedded in argument values that are not the expected ones. */
function embeddedRegions(ctx: CheckContext, expected: string[]): { region: string; at: At; resource: Resource }[] {
  const out: { region: string; at: At; resource: Resource }[] = [];
  for (const r of resourcesOf(ctx, /./)) {
    walk(r.args, ({ value }) => {
      const s = knownString(value);
      const m = s ? EMBEDDED.exec(s) : null;
      const region = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
      if (region && !expected.includes(region)) out.push({ region, at: value.at ?? r.at, resource: r });
    });
  }
  return out;
}

// CloudFront certificates and web ACLs must be created in us-east-1 whatever the stack's region, so
// a provider used only for them says nothing about where the stack deploys.
const GLOBAL_SERVICE = /^aws:(acm|cloudfront|wafv2|route53|iam)\//;

function deploysRegionally(ctx: CheckContext, provider: Resource): boolean {
  return ctx.model.resources.some((r) => r.provider === provider.id && !GLOBAL_SERVICE.test(r.type));
}

export const checkRegion: Check<'region'> = (req, ctx) => {
  if (!ctx.hasProgram) return unknown('the program creates no resources');
  const want = req.params.region;
  const others = ctx.requirements.flatMap((r) => (r.kind === 'multi-region' ? r.params.regions : r.kind === 'region' ? [r.params.region] : []));
  const settings = regionSettings(ctx);
  const wrong = settings.find((s) => s.region && !others.includes(s.region) && (!s.provider || deploysRegionally(ctx, s.provider)));
  if (wrong?.region) return fail(req, `${wrong.provider ? 'an aws.Provider' : 'the stack configuration'} sets the region to ${wrong.region}`, wrong.provider, wrong.at);
  const embedded = embeddedRegions(ctx, others)[0];
  if (embedded) return fail(req, `a value of ${embedded.resource.typePath} names region ${embedded.region}`, embedded.resource, embedded.at);
  const set = settings.find((s) => s.region === want);
  if (set) return pass(`the region is set to ${want}`, set.provider, set.at);
  if (settings.length > 0) return unknown('the region comes from configuration or a value that is not known statically');
  // Unset is not wrong, only unpinned: medium, where a wrong region is the kind's high.
  return { ...fail(req, 'the program never sets it (no aws.Provider region, no aws:region in the stack configuration), so it deploys to whatever region the deploying shell is configured for'), severity: 'medium' };
};

export const checkMultiRegion: Check<'multi-region'> = (req, ctx) => {
  if (!ctx.hasProgram) return unknown('the program creates no resources');
  const settings = regionSettings(ctx);
  const known = new Set(settings.flatMap((s) => (s.region ? [s.region] : [])));
  // DynamoDB global table replicas put data in other regions without a provider.
  for (const t of resourcesOf(ctx, TYPES.table)) {
    walk(arg(t, 'replicas') ?? t.args, ({ key, value }) => {
      const r = key === 'regionName' ? knownString(value) : undefined;
      if (r) known.add(r);
    });
  }
  const unresolved = settings.some((s) => !s.region);
  const wanted = req.params.regions;
  const missing = wanted.filter((r) => !known.has(r));
  if (wanted.length > 0 ? missing.length === 0 : known.size >= 2) {
    // A request that lists its regions does not ask for others: a provider that deploys elsewhere
    // puts resources (and their cost and data) in a region nobody asked for.
    const asked = ctx.requirements.flatMap((r) => (r.kind === 'multi-region' ? r.params.regions : r.kind === 'region' ? [r.params.region] : []));
    const extra = wanted.length >= 2 ? settings.find((s) => s.region && s.provider && !asked.includes(s.region) && deploysRegionally(ctx, s.provider)) : undefined;
    if (extra?.region) return { ...fail(req, `an aws.Provider also deploys to ${extra.region}, a region the request does not name`, extra.provider, extra.at, { variant: 'extra', extra: extra.region }), class: 'REGION-CONFIG' };
    const shown = settings.find((s) => s.region && s.provider);
    return pass(`regions ${[...known].join(', ')}`, shown?.provider, shown?.at);
  }
  if (unresolved) return unknown('some providers take their region from values not known statically');
  if (wanted.length === 0) return fail(req, `it deploys to ${known.size === 0 ? 'a single, unconfigured region' : `only ${[...known].join(', ')}`}`, undefined, undefined, { variant: 'single' });
  return fail(req, `no aws.Provider (or stack configuration) targets ${missing.join(' or ')}`, undefined, undefined, { missing: missing.join(', ') });
};
