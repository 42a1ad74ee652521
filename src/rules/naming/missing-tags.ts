import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { inFragment, knownAbsent, programIsComplete } from '../_shared/whole-program.js';
import { isAbsent } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/** Share of taggable resources that must carry tags before the rest are expected to. */
const CONVENTION = 0.5;
const MIN_TAGGED = 3;
/** Taggable resources from which a program that tags none of them is reported. */
const NO_TAGS_MIN = 5;

/**
 * Taggable types that configure another resource and cost nothing themselves: the resource they
 * belong to carries the tags that matter (a launch template's instances get theirs from
 * `tagSpecifications`), and well-tagged programs routinely leave these untagged.
 */
const ANCILLARY = new Set([
  'aws:lb/listener:Listener',
  'aws:lb/listenerRule:ListenerRule',
  'aws:alb/listener:Listener',
  'aws:alb/listenerRule:ListenerRule',
  'aws:lambda/eventSourceMapping:EventSourceMapping',
  'aws:appautoscaling/target:Target',
  'aws:iam/instanceProfile:InstanceProfile',
  'aws:ec2/launchTemplate:LaunchTemplate',
  'aws:rds/globalCluster:GlobalCluster',
]);

/** Does the AWS schema give the resource a `tags` argument? */
function taggable(model: ResourceModel, r: Resource): boolean {
  return r.pkg === 'aws' && !r.isProvider && !!model.aws.schema.resource(r.type)?.inputs.property('tags');
}

/**
 * Tags that show a convention: anything but a lone `Name` (which only labels a resource in the
 * console). A tags value built from unknown parts (`{ ...commonTags }`, a parameter) counts.
 */
function conventionTags(v: Value | undefined): boolean {
  if (!v || isAbsent(v)) return false;
  if (v.kind === 'obj') return !!v.open || [...v.props.keys()].some((k) => k.toLowerCase() !== 'name');
  if (v.kind === 'list') return v.items.length > 0 || !!v.open;
  return true;
}

/**
 * Default tags may reach resources from an explicit provider (`defaultTags`), from the project
 * configuration (`aws:defaultTags`), or from a provider whose arguments the model cannot see.
 */
function defaultTagsPossible(model: ResourceModel): boolean {
  if (model.project?.config.some((c) => c.key === 'aws:defaultTags')) return true;
  return model.resources.some((r) => r.isProvider && r.pkg === 'aws' && (r.args.open || !isAbsent(r.args.props.get('defaultTags'))));
}

/** An example of the convention to cite: a tagged resource's type. */
function example(tagged: Resource[]): string {
  const types = [...new Set(tagged.map((r) => r.typePath))];
  return types.slice(0, 3).join(', ') + (types.length > 3 ? ', …' : '');
}

function judged(ctx: RuleContext, r: Resource): boolean {
  // A provider given through unknown options (or a parent's) may carry default tags.
  return !r.inApply && r.provider !== 'unknown' && !r.opts.open && knownAbsent(ctx, r, 'tags');
}

export default defineRule({
  id: 'naming/missing-tags',
  class: 'TAGGING',
  severity: 'low',
  category: 'naming',
  resourceTypes: [],
  messages: {
    noTags: 'None of the {{count}} taggable resources of this program ({{types}}) carries tags beyond a console `Name`, and no provider sets `defaultTags`. Their cost, owner and environment cannot be told apart in billing and inventory, and tag-based access policies and automation cannot select them; define common tags (project, environment, owner) once, preferably as the provider\'s `defaultTags`.',
    untagged: '{{count}} in {{file}} {{verb}} no `tags`, although the program tags most of its resources ({{example}}) and sets no provider `defaultTags`. Untagged resources fall out of cost allocation, ownership and environment reports and tag-based access policies; pass the common tags to them too, or set them once as the provider\'s `defaultTags`.',
  },
  title: {
    noTags: 'No tags on any of the {{count}} taggable resources',
    untagged: '{{kind}} resources without tags in {{file}}, unlike the rest of the program',
  },
  fixHint: 'Pass the program\'s common tags (`tags: { ...commonTags, Name: ... }`) to every taggable resource, or set them once with `new aws.Provider(..., { defaultTags: { tags: commonTags } })`.',
  docs: {
    summary: 'A taggable resource created without `tags` in a program that tags its other resources, or a program that tags nothing, with no provider `defaultTags`.',
    why: 'Tags are how AWS accounts attribute cost, ownership and environment, and tag-based IAM conditions and automation depend on them. Generated programs usually build a set of common tags and then forget it on some resources (log groups, roles, security groups, alarms). Those resources drop out of cost reports and tag-based policies; a provider with `defaultTags` applies them everywhere at once.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst tags = { Project: 'tap', Environment: 'dev' };\nconst bucket = new aws.s3.BucketV2('data', { tags });\nnew aws.sns.Topic('alerts', { tags });\nnew aws.kms.Key('key', { enableKeyRotation: true, tags });\nconst logs = new aws.cloudwatch.LogGroup('app-logs', { retentionInDays: 14 });\nexport const names = [bucket.bucket, logs.name];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntags = {"Project": "tap", "Environment": "dev"}\nbucket = aws.s3.BucketV2("data", tags=tags)\naws.sns.Topic("alerts", tags=tags)\naws.kms.Key("key", enable_key_rotation=True, tags=tags)\nlogs = aws.cloudwatch.LogGroup("app-logs", retention_in_days=14)\npulumi.export("bucket", bucket.bucket)\npulumi.export("logs", logs.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst tags = { Project: 'tap', Environment: 'dev' };\nconst bucket = new aws.s3.BucketV2('data', { tags });\nnew aws.sns.Topic('alerts', { tags });\nnew aws.kms.Key('key', { enableKeyRotation: true, tags });\nconst logs = new aws.cloudwatch.LogGroup('app-logs', { retentionInDays: 14, tags });\nexport const names = [bucket.bucket, logs.name];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntags = {"Project": "tap", "Environment": "dev"}\nprovider = aws.Provider("aws", region="us-east-1", default_tags=aws.ProviderDefaultTagsArgs(tags=tags))\nopts = pulumi.ResourceOptions(provider=provider)\nbucket = aws.s3.BucketV2("data", tags=tags, opts=opts)\naws.sns.Topic("alerts", tags=tags, opts=opts)\naws.kms.Key("key", enable_key_rotation=True, tags=tags, opts=opts)\nlogs = aws.cloudwatch.LogGroup("app-logs", retention_in_days=14, opts=opts)\npulumi.export("bucket", bucket.bucket)\npulumi.export("logs", logs.name)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/provider/#default_tags_python',
      'https://www.pulumi.com/blog/automatically-enforcing-aws-resource-tagging-policies/',
    ],
    notes: 'A program in which no taggable resource carries tags beyond a lone `Name` is reported once, when it creates at least five taggable resources and every one of them is fully visible (no unknown options or arguments). Runs only on whole programs with a known entry point (an entry point the answer leaves out may configure a provider with `defaultTags`, as the project templates do). Silent when any AWS provider sets `defaultTags` (or its arguments are unknown), when Pulumi.yaml configures `aws:defaultTags`, and unless at least half of the taggable resources carry tags and at least three carry tags beyond a lone `Name`: a program that tags a few resources has no convention to enforce. One finding per resource type and file, at the first untagged resource of that type. A resource counts as taggable when the AWS schema gives it a `tags` argument; listeners, listener rules, event source mappings, scaling targets, instance profiles, launch templates (whose instances are tagged through `tagSpecifications`) and global clusters are not reported, as they configure another resource that carries the tags. Resources whose provider or options come from unknown values, created inside `apply`, written in fragments or in code no entry point reaches are not judged. Stack transformations that add tags (`registerStackTransformation`) are not visible to the model. Which tag keys are required depends on the request and is not checked.',
  },
  check(ctx) {
    const model = ctx.model;
    if (!model.entry || !programIsComplete(model) || defaultTagsPossible(model)) return;
    const candidates = model.resources.filter((r) => taggable(model, r) && r.reached);
    const tagged = candidates.filter((r) => !isAbsent(r.args.props.get('tags')));
    const convention = tagged.filter((r) => conventionTags(r.args.props.get('tags')));
    // A program that tags nothing at all (beyond console names), though it creates a fair number of
    // taggable resources, has no tagging strategy: one finding for the program.
    if (convention.length === 0) {
      const judgedOnes = candidates.filter((r) => !ANCILLARY.has(r.type) && r.provider !== 'unknown' && !r.opts.open && !r.inApply && !inFragment(ctx, r) && r.argsKnown && !r.args.open);
      if (judgedOnes.length >= NO_TAGS_MIN && judgedOnes.length === candidates.filter((r) => !ANCILLARY.has(r.type)).length) {
        const types = [...new Set(judgedOnes.map((r) => r.typePath))];
        const shownTypes = types.slice(0, 3).join(', ') + (types.length > 3 ? ', …' : '');
        ctx.report({ messageId: 'noTags', data: { count: judgedOnes.length, types: shownTypes }, resource: judgedOnes[0]! });
      }
      return;
    }
    // A convention is what most resources follow; a program that tags a few resources has none to enforce.
    if (convention.length < MIN_TAGGED || tagged.length < CONVENTION * candidates.length) return;
    // One finding per resource type and file, at the first untagged one: the omission is a habit.
    const groups = new Map<string, Resource[]>();
    for (const r of candidates) {
      if (ANCILLARY.has(r.type) || !judged(ctx, r)) continue;
      const key = `${r.type}\u0000${r.at.f}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const group of groups.values()) {
      const first = group[0]!;
      const sites = new Set(group.map((r) => r.at.s)).size;
      const count = sites === 1 ? `This ${first.typePath}` : `${sites} ${first.typePath} resources`;
      const data = { count, verb: sites === 1 ? 'has' : 'have', file: first.at.f, example: example(convention) };
      ctx.report({ messageId: 'untagged', data, resource: first });
    }
  },
});
