import type { ObjV, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceRef } from '../_shared/labels.js';
import { resourceById } from '../_shared/resource-refs.js';
import { isObj } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

/** An object value seen through an Output, when it is one. */
function objectOf(v: Value | undefined): ObjV | undefined {
  const inner = v?.kind === 'output' ? v.inner : v;
  return isObj(inner) ? inner : undefined;
}

/** The tag keys AWS receives for a resource: its own and its explicit provider's `defaultTags`. */
function tagKeys(model: ResourceModel, r: Resource): string[] {
  const own = objectOf(r.args.props.get('tags'))?.props.keys() ?? [];
  const provider = resourceById(model, r.provider);
  const defaults = objectOf(objectOf(provider?.args.props.get('defaultTags'))?.props.get('tags'))?.props.keys() ?? [];
  return [...new Set([...own, ...defaults])];
}

/** Pairs of keys equal but for letter case: `Environment` / `environment`. */
function caseClashes(keys: string[]): [string, string][] {
  const seen = new Map<string, string>();
  const out: [string, string][] = [];
  for (const k of keys) {
    const prior = seen.get(k.toLowerCase());
    if (prior !== undefined && prior !== k) out.push([prior, k]);
    else seen.set(k.toLowerCase(), k);
  }
  return out;
}

export default defineRule({
  id: 'naming/tag-keys-differ-in-case',
  class: 'TAGGING',
  severity: 'low',
  category: 'naming',
  resourceTypes: [],
  messages: {
    iam: 'The tags of {{resource}} hold keys that differ only in letter case ({{pairs}}). IAM compares tag keys without regard to case, so it rejects the request with "Duplicate tag keys" and the role or policy is not created; keep one spelling of each key.{{more}}',
    other: 'The tags of {{resource}} hold keys that differ only in letter case ({{pairs}}). They are two different tags to AWS, so cost allocation and tag-based policies see the value under one spelling only and miss the other; keep one spelling of each key.{{more}}',
  },
  title: {
    iam: 'Tag keys that differ only in case ({{pairs}}) on {{counted}}, which IAM rejects',
    other: 'Tag keys that differ only in case ({{pairs}}) on {{counted}}',
  },
  fixHint: 'Use one spelling per tag key across the program (`Environment`, not also `environment`), including the provider\'s `defaultTags`.',
  docs: {
    summary: 'Tag keys that are equal except for letter case on one resource (its own tags and its provider\'s default tags).',
    why: 'Programs merge tags from several places (common tags from the entry point, a component\'s own tags, provider `defaultTags`), and generated code often spells the same key twice (`Environment` and `environment`, `Team` and `team`). Most services keep both as separate tags, which splits cost and ownership reports and defeats tag-based IAM conditions; IAM and STS compare keys case-insensitively and refuse the request outright, so roles, users and policies fail to create.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst tags = { Environment: 'dev', environment: 'dev', Team: 'platform' };\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: '{}', tags });\nexport const arn = role.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("jobs", tags={"Team": "platform", "team": "payments"})\npulumi.export("queue", queue.url)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst tags = { Environment: 'dev', Team: 'platform' };\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: '{}', tags });\nexport const arn = role.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("jobs", tags={"Team": "platform"})\npulumi.export("queue", queue.url)\n`,
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html#id_tags_rules', 'https://docs.aws.amazon.com/whitepapers/latest/tagging-best-practices/adopt-a-standardized-approach-for-tag-names.html'],
    notes: 'Keys are compared on the resource\'s own `tags` merged with the `defaultTags` of its explicit provider; tags built from unknown values are judged on the keys that are known. IAM resources are reported at high severity (the request fails), others at low; one finding per file and kind, at the first resource, counting the others.',
  },
  check(ctx) {
    const byFile = new Map<string, { r: Resource; pairs: [string, string][]; count: number }>();
    for (const r of ctx.resources()) {
      if (!r.reached || r.isProvider) continue;
      const pairs = caseClashes(tagKeys(ctx.model, r));
      if (pairs.length === 0) continue;
      const key = `${r.module === 'iam' ? 'iam' : 'other'}\u0000${r.at.f}`;
      const known = byFile.get(key);
      if (known) known.count++;
      else byFile.set(key, { r, pairs, count: 1 });
    }
    for (const { r, pairs, count } of byFile.values()) {
      const iam = r.module === 'iam';
      const more = count === 1 ? '' : ` ${count - 1} other ${iam ? 'IAM ' : ''}${count === 2 ? 'resource has' : 'resources have'} the same keys in this file.`;
      const data = { resource: resourceRef(r), pairs: pairs.map(([a, b]) => `\`${a}\` / \`${b}\``).join(', '), more };
      ctx.report({ messageId: iam ? 'iam' : 'other', data, resource: r, ...(iam ? { severity: 'high' as const } : {}) });
    }
  },
});
