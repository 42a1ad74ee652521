import type { At, Value } from '../../ir/values.js';
import type { Component, ResourceModel, StackExport } from '../../model/types.js';
import { resourceById } from '../_shared/resource-refs.js';
import { programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/**
 * Stack outputs: the model keeps the entry module's TypeScript exports and every reached
 * `pulumi.export`, which only exists in Python.
 */
function stackOutputs(ctx: RuleContext) {
  return ctx.model.exports.filter((e) => e.reached && !pythonExportInNode(ctx, e));
}

/** `pulumi.export(...)` written in a TypeScript or JavaScript file. */
function pythonExportInNode(ctx: RuleContext, e: StackExport): boolean {
  const lang = ctx.fileOf(e.at)?.language;
  return e.via === 'pulumi.export' && (lang === 'typescript' || lang === 'javascript');
}

/** Resource ids whose attributes a value holds, looking inside containers and Outputs. */
function referencedResources(v: Value, out: Set<number> = new Set(), depth = 0): Set<number> {
  if (depth > 8) return out;
  if (v.kind === 'output') {
    if (v.resource !== undefined) out.add(v.resource);
    referencedResources(v.inner, out, depth + 1);
  } else if (v.kind === 'list') for (const x of v.items) referencedResources(x, out, depth + 1);
  else if (v.kind === 'obj' && !v.cls) for (const x of v.props.values()) referencedResources(x, out, depth + 1);
  else if (v.kind === 'str') for (const x of v.parts) referencedResources(x, out, depth + 1);
  return out;
}

/** Names of the outputs a component registers with a non-empty object, when it does. */
function registeredNames(c: Component): string[] {
  const v = c.registerOutputs?.value;
  return v && v.kind === 'obj' && !v.cls ? [...v.props.keys()] : [];
}

/** Is the resource created inside `comp`, directly or in a nested component? */
function within(model: ResourceModel, componentId: number | undefined, comp: Component): boolean {
  for (let id = componentId, depth = 0; id !== undefined && depth < 16; depth++) {
    if (id === comp.id) return true;
    id = model.components.find((c) => c.id === id)?.component;
  }
  return false;
}

const normal = (name: string) => name.replace(/[_-]/g, '').toLowerCase();

/**
 * Does some stack output carry one of the component's outputs: an attribute of a resource created
 * inside it, or an output with the same name? Components whose registered outputs hold no resource
 * attribute (plain configuration values) count as exported.
 */
function exportsAnyOf(model: ResourceModel, outputs: StackExport[], c: Component): boolean {
  const inside = (id: number) => within(model, resourceById(model, id)?.component, c);
  const registered = [...referencedResources(c.registerOutputs!.value)].filter(inside);
  if (registered.length === 0) return true;
  const exported = new Set<number>();
  for (const e of outputs) referencedResources(e.value, exported);
  if ([...exported].some(inside)) return true;
  const names = new Set(registeredNames(c).map(normal));
  return outputs.some((e) => names.has(normal(e.name)));
}

/** The program builds everything in one top-level component. */
function soleStack(model: ResourceModel): boolean {
  return model.components.filter((c) => c.reached && c.component === undefined).length === 1;
}

/** Diagnostics that mean some program text was lost. */
const TEXT_LOST = new Set(['parse/syntax-error', 'load/unterminated-fence']);

/**
 * Absence of exports is trusted when the evaluation saw all the code that could export: it ran to
 * the end, every local import was found, no text was lost, and the entry file is a complete file
 * (a short fragment elsewhere, such as a docstring-only `__init__.py`, cannot hide an export).
 */
function sawEverything(model: ResourceModel): boolean {
  if (model.stats.budgetExhausted || model.events.some((e) => e.kind === 'unresolved-import')) return false;
  if (model.diagnostics.some((d) => TEXT_LOST.has(d.code))) return false;
  return !model.input.files.some((f) => f.path === model.entry && f.snippet);
}

/**
 * Every program file is a named TypeScript/JavaScript module that is not an entry point (lib/*.ts):
 * whatever an elided part of them holds, a module that is not the entry point cannot declare stack
 * outputs, so their absence does not depend on seeing the text whole. Unnamed blocks may be the
 * entry point under another name and keep the usual caution.
 */
function nodeModulesOnly(model: ResourceModel): boolean {
  if (model.stats.budgetExhausted) return false;
  const programs = model.input.files.filter((f) => f.role === 'program');
  return programs.length > 0 && programs.every((f) => (f.language === 'typescript' || f.language === 'javascript') && f.nameSource !== 'unnamed' && !/^unnamed/.test(f.path));
}

function entryStart(model: ResourceModel): At {
  return { f: model.entry!, s: 0, e: 0 };
}

/**
 * Without an entry point nothing can be judged about "the entry point", but an answer whose only
 * outputs are the ones its components register, and that exports nothing in any file, leaves the
 * stack without outputs whatever entry point is added later.
 */
function reportUnexportedWithoutEntry(ctx: RuleContext): void {
  const model = ctx.model;
  if (model.exports.some((e) => !pythonExportInNode(ctx, e))) return;
  if (!programIsComplete(model) && !nodeModulesOnly(model)) return;
  const registering = model.components.filter((c) => registeredNames(c).length > 0);
  const c = registering.find((x) => x.component === undefined) ?? registering[0];
  if (!c) {
    // No component registers anything: a class (or module) that only builds resources. Its
    // resources' outputs reach no stack either; judged only when several real resources exist, so
    // a short illustration is not held to it.
    const resources = model.resources.filter((r) => !r.isProvider);
    if (resources.length < 3) return;
    ctx.report({ messageId: 'noEntryNothingExported', data: { count: String(resources.length) }, at: resources[0]!.at, resource: resources[0] });
    return;
  }
  const names = registeredNames(c);
  ctx.report({ messageId: 'noEntryNoExports', data: { component: c.className, names: names.slice(0, 6).join(', ') + (names.length > 6 ? ', …' : '') }, at: c.registerOutputs!.at, resource: c });
}

export default defineRule({
  id: 'pulumi/missing-stack-exports',
  class: 'PULUMI-STACK-EXPORTS',
  severity: 'medium',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    noExports: 'The entry point `{{entry}}` creates {{what}} but exports no stack outputs{{registered}}. Nothing (endpoints, ARNs, names) is visible in `pulumi stack output` for users, tests or other stacks; export them: `export const x = stack.x` (TypeScript) / `pulumi.export("x", stack.x)` (Python).',
    componentNotExported: 'The stack component `{{component}}` registers outputs ({{names}}) but the entry point exports none of them. `registerOutputs` does not make stack outputs; re-export them from the entry point (`export const x = stack.x` / `pulumi.export("x", stack.x)`).',
    noEntryNoExports: 'The component `{{component}}` registers outputs ({{names}}) but the answer has no entry point and exports nothing anywhere, so the outputs are registered on the component but never exported as stack outputs. An entry point (bin/tap.ts, tap.py, __main__.py) must create the component and export them: `export const x = stack.x` / `pulumi.export("x", stack.x)`.',
    noEntryNothingExported: 'The answer defines {{count}} resources but has no entry point and exports nothing in any file, so none of their names, ARNs or endpoints can become stack outputs. Add the entry point (index.ts / bin/tap.ts, __main__.py / tap.py) that creates them and exports what users need: `export const x = ...` / `pulumi.export("x", ...)`.',
    pythonExportInTs: '`pulumi.export(...)`{{more}} is the Python SDK\'s way to declare a stack output; the Node.js SDK has no `export` function, so TypeScript does not compile ("Property \'export\' does not exist") and JavaScript throws "pulumi.export is not a function": the stack gets no outputs. Write `export const {{name}} = ...` in the entry module.',
    noRegisterOutputs: 'The component `{{component}}` never calls `registerOutputs` / `register_outputs`. Pulumi keeps the component in the "creating" state until the program ends and records no outputs for it; call `this.registerOutputs({...})` at the end of the constructor.',
  },
  title: {
    noExports: 'Entry point `{{entry}}` exports no stack outputs',
    componentNotExported: 'Outputs of component `{{component}}` not exported from the entry point',
    noEntryNoExports: 'No entry point: outputs of component `{{component}}` never become stack outputs',
    noEntryNothingExported: 'No entry point and no stack outputs for the {{count}} resources',
    pythonExportInTs: 'Python `pulumi.export` in TypeScript{{more}}',
    noRegisterOutputs: 'Component `{{component}}` never calls registerOutputs',
  },
  fixHint: 'End each component constructor with this.registerOutputs({...}) / self.register_outputs({...}) and export the values users need from the entry point.',
  docs: {
    summary: 'An entry point without stack outputs, component outputs that are never exported, components that never call registerOutputs, and Python\'s `pulumi.export(...)` written in TypeScript.',
    why: 'Stack outputs are how a deployment reports what it built (URLs, ARNs, names) to users, integration tests and other stacks. Values registered by a component with `registerOutputs` are not stack outputs: the entry point must export them. An entry point that exports nothing leaves every output the components compute unreachable, and a component that never calls `registerOutputs` is considered still being created until the program exits.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nclass TapStack extends pulumi.ComponentResource {\n  public readonly bucketName: pulumi.Output<string>;\n  constructor(name: string) {\n    super('tap:stack:TapStack', name, {});\n    this.bucketName = new aws.s3.BucketV2('data', {}, { parent: this }).bucket;\n    this.registerOutputs({ bucketName: this.bucketName });\n  }\n}\nnew TapStack('tap');\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nclass TapStack(pulumi.ComponentResource):\n    def __init__(self, name):\n        super().__init__("tap:stack:TapStack", name, None)\n        self.bucket = aws.s3.BucketV2("data", opts=pulumi.ResourceOptions(parent=self))\nTapStack("tap")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nclass TapStack extends pulumi.ComponentResource {\n  public readonly bucketName: pulumi.Output<string>;\n  constructor(name: string) {\n    super('tap:stack:TapStack', name, {});\n    this.bucketName = new aws.s3.BucketV2('data', {}, { parent: this }).bucket;\n    this.registerOutputs({ bucketName: this.bucketName });\n  }\n}\nconst stack = new TapStack('tap');\nexport const bucketName = stack.bucketName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nclass TapStack(pulumi.ComponentResource):\n    def __init__(self, name):\n        super().__init__("tap:stack:TapStack", name, None)\n        self.bucket = aws.s3.BucketV2("data", opts=pulumi.ResourceOptions(parent=self))\n        self.register_outputs({"bucket": self.bucket.bucket})\nstack = TapStack("tap")\npulumi.export("bucket", stack.bucket.bucket)\n`,
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/stacks/#outputs',
      'https://www.pulumi.com/docs/iac/concepts/components/#registering-component-outputs',
    ],
    notes: 'The entry point checks run only when the entry point is known (Pulumi.yaml `main`, index.ts, bin/tap.ts, __main__.py, tap.py) and the whole program was read (no missing modules, syntax errors or truncated files). TypeScript stack outputs are the exports of the entry module; Python `pulumi.export` counts wherever it is called. An answer without an entry point is reported once, at a component\'s `registerOutputs`, when it exports nothing in any file (no `pulumi.export`, no exported value) although a component registers outputs: its outputs can never reach the stack. When every file is a named TypeScript or JavaScript module, this holds even if parts of them are elided, since only the entry module\'s exports are stack outputs. An answer without an entry point whose code only builds resources (three or more, in plain classes or functions) and exports nothing anywhere is reported once, at its first resource.',
  },
  check(ctx) {
    const model = ctx.model;
    // One finding per file, at its first `pulumi.export`: the fix is the same for all of them.
    const byFile = new Map<string, StackExport[]>();
    for (const e of model.exports) if (pythonExportInNode(ctx, e)) byFile.set(e.at.f, [...(byFile.get(e.at.f) ?? []), e]);
    for (const [, calls] of byFile) {
      const first = calls[0]!;
      const more = calls.length > 1 ? ` (and the ${calls.length - 1} other calls in this file)` : '';
      ctx.report({ messageId: 'pythonExportInTs', data: { name: /^[A-Za-z_$][\w$]*$/.test(first.name) ? first.name : 'output', more }, at: first.at, severity: 'high' });
    }
    if (!model.entry) {
      reportUnexportedWithoutEntry(ctx);
      return;
    }
    if (!sawEverything(model)) return;
    const outputs = stackOutputs(ctx);
    const topLevel = model.components.filter((c) => c.reached && c.component === undefined && registeredNames(c).length > 0);
    const creates = model.resources.some((r) => r.reached && !r.isProvider) || model.components.some((c) => c.reached);
    if (outputs.length === 0 && creates) {
      const names = topLevel.flatMap(registeredNames);
      const registered = names.length ? `, although ${topLevel.map((c) => c.className).join(', ')} registers ${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}` : '';
      const what = model.components.some((c) => c.reached) ? 'components and resources' : 'resources';
      ctx.report({ messageId: 'noExports', data: { entry: model.entry, what, registered }, at: entryStart(model) });
    } else if (outputs.length > 0 && soleStack(model) && !outputs.some((e) => e.value.kind === 'obj' && e.value.cls)) {
      // Only the one-component-per-stack design (TapStack) is judged: with several top-level
      // components, which outputs matter depends on the request.
      for (const c of topLevel) {
        if (exportsAnyOf(model, outputs, c)) continue;
        ctx.report({ messageId: 'componentNotExported', data: { component: c.className, names: registeredNames(c).slice(0, 6).join(', ') }, at: c.registerOutputs?.at, resource: c });
      }
    }
    // A component's constructor may be cut short in an excerpt; only whole programs are judged.
    if (!programIsComplete(model)) return;
    for (const c of model.components) {
      if (c.registerOutputs === undefined) ctx.report({ messageId: 'noRegisterOutputs', data: { component: c.className }, resource: c, severity: 'low' });
    }
  },
});
