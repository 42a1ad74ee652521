'use strict';
// stacklint's rules as CrossGuard policies. Each rule that can judge a stack from the resources
// Pulumi hands a policy (policy-pack/rules.json, generated from src/policy/catalog.ts) is a stack
// validation policy: the resources of the stack are turned into stacklint's resource model once per
// preview, every rule runs over it, and each policy reports its own rule's findings, on the resource
// they concern. Stack policies rather than per-resource ones, because most rules need the other
// resources too (a bucket's public access block, a function's log group, a role's policies).

const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const rules = require('./rules.json');

const RANK = { low: 1, medium: 2, high: 3, critical: 4 };

/**
 * The pack's settings: `stacklint.config.json` / `.yaml` in the working directory or the file named
 * by STACKLINT_CONFIG, with the same keys as for the CLI (`rules`, `classes`, `severityThreshold`,
 * plus `awsVersion`). Findings at or above the threshold (default high) are mandatory, the others
 * advisory; rules turned off are disabled.
 */
function loadConfig(dir = process.cwd()) {
  const file = process.env.STACKLINT_CONFIG || ['stacklint.config.json', 'stacklint.config.yaml', 'stacklint.config.yml'].map((n) => join(dir, n)).find((p) => existsSync(p));
  if (!file) return {};
  const text = readFileSync(file, 'utf8');
  return /\.json$/.test(file) ? JSON.parse(text) : require('yaml').parse(text) || {};
}

function setting(value) {
  if (value === 'off' || value === false) return { enabled: false };
  if (value === 'on' || value === true || value === undefined) return { enabled: true };
  if (typeof value === 'string') return { enabled: true, severity: value };
  return { enabled: value.enabled !== false, severity: value.severity };
}

/** The values a policy sees, unwrapped from the SDK's unknown-checking proxies; unknowns become `unknown`. */
function plain(value, proxy, unknown, depth = 0) {
  if (proxy.sentinels.has(value)) return unknown;
  if (value === null || typeof value !== 'object') return value;
  if (depth > 40) return unknown;
  const raw = value[proxy.getSpecialProxyTarget] || value;
  if (Array.isArray(raw)) return raw.map((x) => plain(x, proxy, unknown, depth + 1));
  const out = {};
  for (const [k, v] of Object.entries(raw)) out[k] = plain(v, proxy, unknown, depth + 1);
  return out;
}

function previewResource(r, proxy, unknown) {
  const deps = {};
  for (const [k, list] of Object.entries(r.propertyDependencies || {})) deps[k] = list.map((d) => d.urn);
  const out = { urn: r.urn, type: r.type, name: r.name, props: plain(r.props, proxy, unknown), propertyDependencies: deps, dependsOn: (r.dependencies || []).map((d) => d.urn) };
  if (r.parent) out.parent = r.parent.urn;
  if (r.provider) out.provider = r.provider.urn;
  if (r.opts && r.opts.protect) out.protect = true;
  if (r.opts && r.opts.deleteBeforeReplace) out.deleteBeforeReplace = true;
  return out;
}

/** The SDK's unknown sentinels and proxy key, from @pulumi/policy (or given by a test). */
function policyProxy() {
  const p = require('@pulumi/policy/proxy');
  const sentinels = new Set([p.unknownBooleanValue, p.unknownNumberValue, p.unknownStringValue, p.unknownArrayValue, p.unknownAssetValue, p.unknownArchiveValue, p.unknownObjectValue]);
  return { getSpecialProxyTarget: p.getSpecialProxyTarget, sentinels };
}

/** stacklint's preview evaluation (ES module), from the installed package or this repository's build. */
async function stacklint() {
  let path;
  try {
    path = require.resolve('stacklint/dist/policy/evaluate.js');
  } catch {
    path = join(__dirname, '..', 'dist', 'policy', 'evaluate.js');
  }
  return import(require('node:url').pathToFileURL(path).href);
}

/** The policies of the pack, as PolicyPack takes them. */
function createPolicies(config = loadConfig(), proxy = policyProxy()) {
  const threshold = RANK[config.severityThreshold || 'high'];
  // The engine calls the policies one after another, each with its own copy of the stack's
  // resources: the stack is evaluated once, for the first policy, and reused while it is the same.
  let last = { key: undefined, findings: undefined };
  const chosen = [];
  for (const rule of rules) {
    const own = config.rules && config.rules[rule.id] !== undefined ? setting(config.rules[rule.id]) : undefined;
    const cls = config.classes && config.classes[rule.class] !== undefined ? setting(config.classes[rule.class]) : undefined;
    const s = own || cls || { enabled: true };
    if (!s.enabled) continue;
    chosen.push({ rule, severity: s.severity || (cls && cls.severity) || rule.severity });
  }
  const severity = Object.fromEntries(chosen.map((c) => [c.rule.id, c.severity]));
  const ids = chosen.map((c) => c.rule.id);
  return chosen.map(({ rule, severity: sev }) => ({
    name: `stacklint-${rule.id.replace(/\//g, '-')}`,
    description: `${rule.summary} (${rule.id})`,
    enforcementLevel: RANK[sev] >= threshold ? 'mandatory' : 'advisory',
    severity: sev,
    validateStack: async (args, reportViolation) => {
      const { evaluatePreview, UNKNOWN } = await stacklint();
      const resources = args.resources.map((r) => previewResource(r, proxy, UNKNOWN));
      const key = JSON.stringify(resources, (_k, v) => (v === UNKNOWN ? '\u0000unknown' : v));
      if (last.key !== key) last = { key, findings: evaluatePreview(resources, { rules: ids, severity, awsVersion: config.awsVersion }) };
      for (const f of last.findings) if (f.ruleId === rule.id) reportViolation(`${f.message} [${f.ruleId}, ${f.severity}]`, f.urn);
    },
  }));
}

module.exports = { createPolicies, loadConfig, previewResource };
