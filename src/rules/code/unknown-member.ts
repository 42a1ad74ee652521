import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/unknown-member',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    typescript: '`{{name}}` is read from a `{{cls}}`, but the class never declares or assigns it: TypeScript does not compile the program (TS2339 "Property \'{{name}}\' does not exist on type \'{{cls}}\'"), so nothing is deployed. Add the property to `{{cls}}` (declared and assigned), or read one it has.',
    javascript: '`{{name}}` is read from a `{{cls}}`, but the class never sets it: the value is `undefined`, so whatever receives it (an argument, a stack output) gets nothing. Set `this.{{name}}` in the class, or read a property it has.',
    python: '`{{name}}` is read from a `{{cls}}`, but the class never sets it: Python raises AttributeError when this line runs{{when}}. Assign `self.{{name}}` in the class, or read an attribute it has.',
    method: 'The method `{{name}}` is called on a `{{cls}}`, but the class never defines it: the answer leaves the method out, so {{fails}}. Write the method (or call one the class has).',
  },
  title: {
    typescript: '`{{cls}}.{{name}}` read but never declared',
    javascript: '`{{cls}}.{{name}}` read but never set',
    python: '`{{cls}}.{{name}}` read but never set',
    method: 'Method `{{cls}}.{{name}}` called but never defined',
  },
  fixHint: 'Expose what callers read: declare and assign the property in the component (`public readonly bucketName: pulumi.Output<string>` + `this.bucketName = ...`, or `self.bucket_name = ...`).',
  docs: {
    summary: 'A property read (or method called) on an instance of one of the program\'s classes, usually a ComponentResource, that the class never declares, assigns or defines.',
    why: 'Models wire components together by names they assume: `new LambdaStack(..., { codeObject: s3Stack.lambdaCodeObject })` when `S3Stack` has no `lambdaCodeObject`, `export const url = stack.apiUrl` when the stack never sets `apiUrl`. TypeScript does not compile such a program; Python raises AttributeError when the line runs; in JavaScript the value is silently `undefined`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nclass Storage extends pulumi.ComponentResource {\n  public readonly bucket: aws.s3.BucketV2;\n  constructor(name: string) {\n    super('app:storage:Storage', name, {});\n    this.bucket = new aws.s3.BucketV2(name, {}, { parent: this });\n  }\n}\nconst storage = new Storage('data');\nexport const bucketName = storage.bucketName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\n\nclass Storage(pulumi.ComponentResource):\n    def __init__(self, name, opts=None):\n        super().__init__("app:storage:Storage", name, {}, opts)\n        self.bucket = aws.s3.BucketV2(name, opts=pulumi.ResourceOptions(parent=self))\n\nstorage = Storage("data")\npulumi.export("bucket_name", storage.bucket_name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nclass Storage extends pulumi.ComponentResource {\n  public readonly bucket: aws.s3.BucketV2;\n  public readonly bucketName: pulumi.Output<string>;\n  constructor(name: string) {\n    super('app:storage:Storage', name, {});\n    this.bucket = new aws.s3.BucketV2(name, {}, { parent: this });\n    this.bucketName = this.bucket.bucket;\n  }\n}\nconst storage = new Storage('data');\nexport const bucketName = storage.bucketName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\n\nclass Storage(pulumi.ComponentResource):\n    def __init__(self, name, opts=None):\n        super().__init__("app:storage:Storage", name, {}, opts)\n        self.bucket = aws.s3.BucketV2(name, opts=pulumi.ResourceOptions(parent=self))\n        self.bucket_name = self.bucket.bucket\n\nstorage = Storage("data")\npulumi.export("bucket_name", storage.bucket_name)\n`,
    },
    references: ['https://www.typescriptlang.org/docs/handbook/2/classes.html#fields', 'https://docs.python.org/3/library/exceptions.html#AttributeError'],
    notes: 'A method called but never defined is an omitted helper and is filed as INCOMPLETE-TRUNCATED; a property read as CODE-TYPE-COMPILE. Judged when evaluation is over: a member counts as present when any method assigns it (`this.x = ...` / `self.x = ...`, under any condition), when the class or a program base class declares it (fields, methods, getters, TypeScript parameter properties, Python class attributes), or when a ComponentResource base has it (`urn`, `registerOutputs`). Not judged either: classes in files that lost text (cut off, syntax errors), reads in fragments and unnamed code blocks of Markdown answers, decorated classes (dataclasses, attrs: their fields are annotations), classes that add members dynamically (`setattr`, `Object.assign(this, ...)`, `__getattr__`), other SDK base classes and names starting with `_` are not judged, nor Python reads under a condition the analysis cannot decide (they may be guarded by `hasattr`). Python reads in code no entry point reaches are reported with medium severity.',
  },
  check(ctx) {
    // A class in a file that lost text (cut off, unparsable) may define the member after the loss.
    const lost = new Set(ctx.model.diagnostics.filter((d) => d.code === 'parse/syntax-error' || d.code === 'load/unterminated-fence').map((d) => d.file));
    for (const e of ctx.model.events) {
      if (e.kind !== 'unknown-member' || !e.detail) continue;
      const file = ctx.fileOf(e.at);
      if (!file || file.snippet || lost.has(file.path) || (e.path !== undefined && lost.has(e.path))) continue;
      // Unnamed blocks of an answer are often illustrations next to the real file.
      if (ctx.model.input.kind === 'markdown' && file.nameSource === 'unnamed') continue;
      const [cls, name, call] = e.detail.split('\u0000');
      const language = file.language === 'python' ? 'python' : file.language === 'javascript' ? 'javascript' : 'typescript';
      const when = e.reached ? ', and the deployment stops' : ' (this code runs only if something calls it)';
      const severity = language === 'javascript' ? 'medium' : language === 'python' && !e.reached ? 'medium' : undefined;
      if (call) {
        const fails = language === 'python' ? `Python raises AttributeError when the call runs${when}` : language === 'javascript' ? 'the call throws TypeError ("is not a function") when it runs' : 'TypeScript does not compile the program (TS2339), and nothing is deployed';
        ctx.report({ messageId: 'method', data: { cls: cls!, name: name!, fails }, at: e.at, class: 'INCOMPLETE-TRUNCATED', ...(language === 'python' && !e.reached ? { severity: 'medium' as const } : {}) });
        continue;
      }
      ctx.report({ messageId: language, data: { cls: cls!, name: name!, when }, at: e.at, ...(severity ? { severity } : {}) });
    }
  },
});
