import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/object-literal-shape-mismatch',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    missing: 'This object is passed where the program\'s `{{type}}` is expected, but it has no `{{member}}`, which `{{type}}` requires: TypeScript does not compile the program (TS2345 "Property \'{{member}}\' is missing"), so nothing is deployed. Pass `{{member}}`, or mark it optional (`{{member}}?:`) in `{{type}}`.',
    excess: '`{{member}}` is not a member of the program\'s `{{type}}`, which this object literal is passed as: TypeScript does not compile the program (TS2353 "Object literal may only specify known properties"), so nothing is deployed. Add `{{member}}` to `{{type}}` (and use it), or remove it here.',
  },
  title: {
    missing: 'Required {{member:code}} of `{{type}}` missing',
    excess: '{{member:code}} is not a member of `{{type}}`',
  },
  fixHint: 'Make the object match the interface the function or component declares: every member without `?`, and no member the interface lacks.',
  docs: {
    summary: 'An object literal given to one of the program\'s own functions or components whose parameter is typed with one of the program\'s interfaces, while the literal lacks a member the interface requires or writes one the interface does not declare.',
    why: 'Components are wired by their args interfaces, and generated programs change one side only: `new DatabaseStack("db", { vpcId, environment })` while `DatabaseStackArgs` requires `subnetIds` too, or passes `region` the interface never declares. TypeScript rejects such a call, so `pulumi up` stops at compilation and nothing is deployed. Python has no such check at the call (a plain args class\'s missing or unknown keywords are code/wrong-argument-count).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\n\ninterface BucketArgs {\n  name: string;\n  versioned: boolean;\n}\n\nfunction makeBucket(args: BucketArgs) {\n  return new aws.s3.BucketV2(args.name, { tags: { Versioned: String(args.versioned) } });\n}\n\nexport const bucket = makeBucket({ name: 'data', encrypted: true }).bucket;\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\n\ninterface BucketArgs {\n  name: string;\n  versioned?: boolean;\n}\n\nfunction makeBucket(args: BucketArgs) {\n  return new aws.s3.BucketV2(args.name, { tags: { Versioned: String(args.versioned ?? false) } });\n}\n\nexport const bucket = makeBucket({ name: 'data' }).bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\n\n\nclass BucketArgs:\n    def __init__(self, name: str, versioned: bool = False):\n        self.name = name\n        self.versioned = versioned\n\n\ndef make_bucket(args: BucketArgs):\n    return aws.s3.BucketV2(args.name, tags={"Versioned": str(args.versioned)})\n\n\npulumi.export("bucket", make_bucket(BucketArgs("data")).bucket)\n`,
    },
    references: ['https://www.typescriptlang.org/docs/handbook/2/objects.html#optional-properties', 'https://www.typescriptlang.org/docs/handbook/2/objects.html#excess-property-checks'],
    notes: 'TypeScript only. Judged: object literals written in the call itself, for a positional parameter annotated with the plain name of an interface or object type alias that one module of the program declares at its top level, without type parameters or `extends`. Not judged: objects built elsewhere and passed by name (they may be typed `any`), literals with a spread the analysis cannot resolve, types with an index signature (for extra members), names that are also a class or are declared twice, `pulumi.Input<...>`/generic/union parameter types, and fragments of Markdown answers.',
  },
  check(ctx) {
    const lost = new Set(ctx.model.diagnostics.filter((d) => d.code === 'parse/syntax-error' || d.code === 'load/unterminated-fence').map((d) => d.file));
    const seen = new Set<string>();
    for (const e of ctx.model.events) {
      if (e.kind !== 'object-shape-mismatch' || !e.detail) continue;
      const file = ctx.fileOf(e.at);
      if (!file || file.snippet || lost.has(file.path) || file.language !== 'typescript') continue;
      const [type, member, how] = e.detail.split('\u0000') as [string, string, string];
      const key = `${e.at.f}\u0000${e.at.s}\u0000${member}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.report({ messageId: how === 'excess' ? 'excess' : 'missing', data: { type, member }, at: e.at });
    }
  },
});
