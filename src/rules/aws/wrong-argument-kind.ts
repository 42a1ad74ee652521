import type { At, ObjV, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import type { Kind } from '../../schema/index.js';
import { fileIntact, isArgObject, schemaArgs, siteAt } from '../_shared/aws-schema-args.js';
import { accepts, describeKind, describeShape, type Shape, shapeOf } from '../_shared/aws-schema-kinds.js';
import { type Fix, fix, FixingReporter, replaceValue, wrapValue } from '../_shared/fixes.js';
import { resourcePath } from '../_shared/aws-schema-names.js';
import { inFragment } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const FAILS = {
  ts: 'TypeScript rejects it',
  py: 'the provider cannot convert it and fails the preview',
};

export default defineRule({
  id: 'aws/wrong-argument-kind',
  class: 'PULUMI-INVALID-ARG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [],
  messages: {
    kind: '`{{path}}` of `{{owner}}` expects {{expected}} but is given {{given}}: {{fails}}. {{fix}}',
  },
  title: '{{path:arg:code}} of {{owner:code}} given {{given}} instead of {{expected}}',
  fixHint: 'Give the value the kind the provider declares: numbers unquoted (`port: 80`), lists as lists (`subnetIds: [a.id, b.id]`), JSON documents as strings (`JSON.stringify(...)`), and never a Promise or Output of a list inside a list.',
  fixable: true,
  docs: {
    summary: 'An argument given a known value of the wrong kind: a string for a number, an object for a list, a list for an object, a Promise of a list inside a list.',
    why: 'TypeScript checks argument kinds, so `port: \'80\'` or `subnetIds: [getSubnets().then(s => s.ids)].flat()` does not compile (the Promise of a list is one element of type `Promise<string[]>`, not the subnet ids). Python checks nothing and the provider converts scalars loosely (`"80"` becomes 80), but it cannot turn a dict into a list, a list into an object or a string into a list: the preview fails. Only values whose kind is certain are judged.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst listener = new aws.lb.Listener('http', {\n  loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1',\n  port: '80',\n  protocol: 'HTTP',\n  defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }],\n});\nexport const arn = listener.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("web", ingress=[aws.ec2.SecurityGroupIngressArgs(from_port=443, to_port=443, protocol="tcp", cidr_blocks="10.0.0.0/16")])\npulumi.export("sg", sg.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst listener = new aws.lb.Listener('http', {\n  loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1',\n  port: 80,\n  protocol: 'HTTP',\n  defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }],\n});\nexport const arn = listener.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("web", ingress=[aws.ec2.SecurityGroupIngressArgs(from_port=443, to_port=443, protocol="tcp", cidr_blocks=["10.0.0.0/16"])])\npulumi.export("sg", sg.id)\n`,
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/inputs-outputs/',
      'https://github.com/pulumi/pulumi-terraform-bridge/pull/1366',
      'https://www.pulumi.com/registry/packages/aws/api-docs/lb/listener/',
    ],
    notes: 'Python scalars that the provider converts (numeric strings for numbers, `"true"` for booleans, numbers for strings) and one-element lists of a scalar given for a scalar (the SDK flattens one-item Terraform lists, and the provider accepts either form) are not reported; in TypeScript they are compile errors and are, with the class CODE-TYPE-COMPILE. In TypeScript, with strict null checks, no input accepts a data-source result attribute the SDK declares optional (`aws.cloudfront.getCachePolicyOutput(...).id` is `Output<string | undefined>`); Python accepts it. In TypeScript an input that takes only an enum\'s members (`rds.ClusterInstance.engine`, an `rds.EngineType`) does not accept another resource\'s attribute typed as a plain string (`engine: cluster.engine`); Python accepts it, since the value is a member at run time. Resource objects passed where an ARN or name string is expected are not judged (the model does not expose which values are resource objects). Invoke results read in Python (`get_subnets().ids`) are not judged yet: their provenance does not name the function\'s module. Excerpts and files with syntax errors or cut off are not judged.',
    fix: 'in TypeScript a quoted number or boolean given for a number or boolean loses its quotes (`port: \'80\'` → `port: 80`) and a number or boolean given for a string is quoted (`statusCode: 200` → `\'200\'`); in both languages a single literal value or object given for a list is put in a list (`cidrBlocks: \'10.0.0.0/16\'` → `[\'10.0.0.0/16\']`). Values that are not literals written in the argument, and other mismatches (a document for a string, an Output of a list inside a list), are left to the author.',
  },
  check(ctx) {
    const out = new FixingReporter(ctx);
    for (const site of schemaArgs(ctx.model).args) {
      if (site.prop && judged(ctx, site.resource)) checkValue(ctx, out, site.resource, site.value, site.prop.kind, site.path, siteAt(site), 0, { holder: site.holder, key: site.key });
    }
    out.flush();
  },
});

/** Where a value is written as the value of a key (list elements and map values are not fixed). */
interface Place {
  holder: ObjV;
  key: string;
}

function checkValue(ctx: RuleContext, out: FixingReporter, r: Resource, v: Value, kind: Kind, path: string, fallback: At | undefined, depth: number, place?: Place): void {
  if (depth > 8) return;
  const shape = shapeOf(ctx.model, v);
  if (!shape || (r.lang === 'py' && singleScalarList(v))) return;
  if (!accepts(kind, shape, r.lang)) {
    const data = { path, owner: resourcePath(r), expected: describeKind(kind), given: describeShape(shape), fails: FAILS[r.lang], fix: fixFor(kind, shape.kind, path.endsWith('[]'), shape.maybeUndefined === true) };
    // In TypeScript the program does not compile: reviewers file it as a type error.
    out.report({ messageId: 'kind', data, at: v.at ?? fallback, resource: r, ...(r.lang === 'ts' ? { class: 'CODE-TYPE-COMPILE' as const } : {}) }, place && conversion(ctx, r, place, kind, shape));
    return;
  }
  // Elements of lists and values of maps; the keys of objects are sites of their own.
  if (v.kind === 'list') {
    const item = alternative(kind, 'array');
    if (item?.kind === 'array') for (const x of v.items) checkValue(ctx, out, r, x, item.of, `${path}[]`, x.at ?? v.at ?? fallback, depth + 1);
  } else if (isArgObject(v)) {
    const map = alternative(kind, 'map');
    if (map?.kind === 'map') for (const [k, x] of v.props) checkValue(ctx, out, r, x, map.of, `${path}.${k}`, x.at ?? fallback, depth + 1);
  }
}

/**
 * The fixes whose result is certain: a literal that only has the wrong kind of scalar (`'80'` for a
 * number, `'true'` for a boolean, `200` for a string), and a single literal value or object given
 * where a list of such values is expected (`cidrBlocks: '10.0.0.0/16'`).
 */
function conversion(ctx: RuleContext, r: Resource, place: Place, kind: Kind, shape: Shape): Fix | undefined {
  if (shape.output) return undefined;
  const { holder, key } = place;
  const array = alternative(kind, 'array');
  if (array?.kind === 'array' && accepts(array.of, shape, r.lang)) return fix('Make it a one-element list', [wrapValue(ctx, r, holder, key, '[', ']')]);
  const scalar = (k: Kind['kind']) => kind.kind === k || (kind.kind === 'union' && kind.of.some((x) => x.kind === k));
  const known = shape.known;
  if (typeof known === 'string' && scalar('number') && String(Number(known)) === known) return fix(`Write the number ${known}`, [replaceValue(ctx, r, holder, key, Number(known))]);
  if ((known === 'true' || known === 'false') && scalar('boolean')) return fix(`Write ${known} unquoted`, [replaceValue(ctx, r, holder, key, known === 'true')]);
  if ((typeof known === 'number' || typeof known === 'boolean') && scalar('string')) return fix('Write it as a string', [replaceValue(ctx, r, holder, key, String(known))]);
  return undefined;
}

/**
 * `types=["REGIONAL"]` for a string: Terraform lists limited to one item appear in the SDK as a single
 * value, and the provider passes a one-element list of a scalar through to them unchanged, so in
 * Python (where nothing checks the declared type) it works.
 */
function singleScalarList(v: Value): boolean {
  return v.kind === 'list' && !v.open && v.items.length === 1 && (v.items[0]!.kind === 'known' || v.items[0]!.kind === 'str');
}

/** Excerpts and files with lost or recovered text yield values the author did not write. */
function judged(ctx: RuleContext, r: Resource): boolean {
  return !inFragment(ctx, r) && fileIntact(ctx.model, r);
}

function alternative(kind: Kind, which: 'array' | 'map'): Kind | undefined {
  if (kind.kind === which) return kind;
  return kind.kind === 'union' ? kind.of.find((k) => k.kind === which) : undefined;
}

function fixFor(kind: Kind, given: string, inList: boolean, maybeUndefined = false): string {
  if (maybeUndefined) return 'The data source declares this attribute optional, so it may be undefined, which the property does not accept under strict null checks: assert that it is set (`.apply((v) => v!)`, after checking that the lookup finds it) or take the value from a resource the program creates.';
  if (inList && given === 'array') return 'The list holds a list (a Promise or Output of a list is one element): pass the list itself (`subnetIds: subnets.then(s => s.ids)` / `subnet_ids=subnets.ids`).';
  const k = kind.kind === 'union' ? kind.of[0]!.kind : kind.kind;
  if (k === 'enum' && given === 'string') return 'The property takes only the enum\'s members, and another resource\'s attribute is typed as a plain string: write the value (the literal or the SDK\'s enum constant), or cast the attribute to the enum type when it surely holds a member.';
  if (k === 'number' && given === 'string') return 'Write the number without quotes.';
  if (k === 'boolean' && given === 'string') return 'Write `true`/`false` without quotes.';
  if (k === 'array') return 'Wrap the value in a list.';
  if (k === 'string' && given === 'object') return 'Serialise it (`JSON.stringify` / `json.dumps`, inside `apply` when it holds Outputs).';
  if (k === 'string' && given === 'array') return 'Give a string: serialise a document (`JSON.stringify` / `json.dumps`), or give the single value the property takes.';
  if (k === 'string' && (given === 'boolean' || given === 'number')) return 'Write it as a string (`\'false\'`, `\'80\'`).';
  if ((k === 'object' || k === 'map') && given === 'array') return 'Give the object itself, not a list holding it.';
  return 'Give a value of the declared kind.';
}
