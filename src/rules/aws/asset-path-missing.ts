import type { SourceFile } from '../../core/source.js';
import type { Resource } from '../../model/types.js';
import { assetKind, assetPath, inlineSources, writesFiles } from '../_shared/lambda-code.js';
import { arg, str } from '../_shared/values.js';
import { walk } from '../_shared/walk.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const FUNCTION = 'aws:lambda/function:Function';
const FILE_ASSETS = new Set(['FileArchive', 'FileAsset']);
const CODE_FILE = /\.(py|m?js|cjs|ts|go|java|rb|cs|rs)$/;

export default defineRule({
  id: 'aws/asset-path-missing',
  class: 'PACKAGING-ASSETS',
  severity: 'high',
  category: 'aws',
  resourceTypes: [FUNCTION],
  messages: {
    missing: '{{kind}} `{{path}}` is not among the files of the answer: `pulumi up` fails with "failed to compute archive hash" because the path does not exist. Include the code it packages, or point the asset at a file the answer provides.',
    handlerFile: 'Handler `{{handler}}` names module `{{module}}`, but the inline archive only holds {{files}}: every invocation fails with "Cannot find module" / "No module named". Make the handler match the file name.',
    handlerFunction: 'Handler `{{handler}}` names function `{{fn}}`, which `{{file}}` does not define{{exportNote}}: every invocation fails. Rename the handler or the function.',
  },
  title: {
    missing: '{{kind}} {{path:code}} not included in the answer',
    handlerFile: 'Handler {{handler:code}} names module {{module:code}}, missing from the code of {{counted}}',
    handlerFunction: 'Handler {{handler:code}} names function {{fn:code}}, not defined in {{file}}',
  },
  fixHint: 'Ship the Lambda code with the answer (e.g. lambda/index.py) and reference it with a path relative to the Pulumi project; keep `handler` = "<file>.<function>".',
  docs: {
    summary: 'Lambda code assets that point at files the answer does not contain, and handlers that name a file or function the inline code does not define.',
    why: 'Pulumi hashes `FileArchive`/`FileAsset` paths when it builds the plan; a path that does not exist stops the whole deployment. A Markdown answer that references `./lambda` or `lambda.zip` without providing them cannot be deployed as given. A handler string that does not match the packaged file and function deploys, then fails on every invocation.',
    bad: {
      md: `# Answer\n\n## lib/tap-stack.ts\n\n\`\`\`typescript\nimport * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nexport const fn = new aws.lambda.Function('fn', {\n  runtime: 'python3.13',\n  handler: 'handler.main',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.FileArchive('./lambda_code.zip'),\n});\n\`\`\`\n`,
    },
    good: {
      md: `# Answer\n\n## lib/tap-stack.ts\n\n\`\`\`typescript\nimport * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nexport const fn = new aws.lambda.Function('fn', {\n  runtime: 'python3.13',\n  handler: 'handler.main',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.FileArchive('./lambda'),\n});\n\`\`\`\n\n## lambda/handler.py\n\n\`\`\`python\ndef main(event, context):\n    return {"statusCode": 200}\n\`\`\`\n`,
    },
    references: ['https://www.pulumi.com/docs/concepts/assets-archives/', 'https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html', 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html'],
    notes: 'Only Markdown answers are checked for missing paths (a program on disk has a real file system that the rule does not read). A path counts as present when an answer file has it, lies under it, or has its last path segment as a file or directory name, so answers that name their files loosely are not reported. Answers with unnamed code blocks of a program language, or whose program writes files itself, are not checked. Paths built from unknown values are skipped.',
  },
  check(ctx) {
    if (ctx.model.input.kind === 'markdown' && !writesFiles(ctx.model)) checkPaths(ctx);
    for (const r of ctx.resources()) checkInlineHandler(ctx, r);
  },
});

// ---------------------------------------------------------------- asset paths

/** Resources that use each asset object, by the asset's position. */
function assetUsers(ctx: RuleContext): Map<string, Resource> {
  const users = new Map<string, Resource>();
  for (const r of ctx.model.resources) {
    walk(r.args, ({ value }) => {
      if (assetKind(value) && value.at) users.set(`${value.at.f}:${value.at.s}`, r);
    });
  }
  return users;
}

function checkPaths(ctx: RuleContext): void {
  const files = ctx.model.input.files;
  // Code in blocks the answer did not name may be the missing asset.
  if (files.some((f) => f.nameSource === 'unnamed' && f.role !== 'program' && CODE_FILE.test(f.path))) return;
  const users = assetUsers(ctx);
  for (const a of ctx.model.assets) {
    if (!FILE_ASSETS.has(a.kind) || !a.path || users.get(`${a.at.f}:${a.at.s}`)?.conditional) continue;
    const path = assetPath(a.path, a.at);
    if (path === undefined || present(path, files)) continue;
    ctx.report({ messageId: 'missing', data: { kind: a.kind, path: str(a.path) ?? path }, at: a.path.at ?? a.at });
  }
}

function present(path: string, files: readonly SourceFile[]): boolean {
  const last = path.split('/').pop()!;
  return files.some((f) => {
    const p = f.path;
    return p === path || p.startsWith(`${path}/`) || p.endsWith(`/${path}`) || p.includes(`/${path}/`) || p.split('/').includes(last);
  });
}

// ---------------------------------------------------------------- handlers of inline code

function checkInlineHandler(ctx: RuleContext, r: Resource): void {
  const code = arg(r, 'code');
  if (assetKind(code) !== 'AssetArchive' || !code || code.kind !== 'obj') return;
  const assets = code.props.get('assets');
  if (!assets || assets.kind !== 'obj' || assets.open) return;
  const sources = inlineSources(code);
  // Only archives made entirely of inline code can be checked completely.
  if (sources.length === 0 || sources.length !== assets.props.size) return;
  const handlerV = arg(r, 'handler');
  const handler = str(handlerV);
  const runtime = str(arg(r, 'runtime')) ?? '';
  if (!handler || !/^(nodejs|python)/.test(runtime)) return;
  const dot = handler.lastIndexOf('.');
  if (dot <= 0) return;
  const module = handler.slice(0, dot);
  const fn = handler.slice(dot + 1);
  const src = sources.find((s) => s.name.replace(/\.(m?js|cjs|py)$/, '') === module);
  if (!src) {
    ctx.report({ messageId: 'handlerFile', data: { handler, module, files: sources.map((s) => `\`${s.name}\``).join(', ') }, at: handlerV?.at, resource: r, severity: 'medium' });
    return;
  }
  if (!defines(src.text, fn, runtime.startsWith('python'))) {
    ctx.report({ messageId: 'handlerFunction', data: { handler, fn, file: src.name, exportNote: runtime.startsWith('python') ? '' : ' or export' }, at: handlerV?.at, resource: r, severity: 'medium' });
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Does the handler code define (Python) or export (Node.js) the function? */
function defines(text: string, fn: string, python: boolean): boolean {
  const f = escape(fn);
  if (python) return new RegExp(`^\\s*(async\\s+)?def\\s+${f}\\s*\\(|^\\s*${f}\\s*=`, 'm').test(text);
  return new RegExp(
    `exports\\.${f}\\b|exports\\[['"]${f}['"]\\]|module\\.exports\\s*=\\s*\\{[^}]*\\b${f}\\b|export\\s+(async\\s+)?(function\\*?|const|let|var)\\s+${f}\\b|export\\s*\\{[^}]*\\b${f}\\b|module\\.exports\\s*=\\s*${f}\\b`,
  ).test(text);
}
