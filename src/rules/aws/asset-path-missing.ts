import type { SourceFile } from '../../core/source.js';
import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { definesHandler } from '../_shared/handler-code.js';
import { type Archive, archiveOf, functionArchive, handlerFile, handlerLang, instructedInDirs, instructionText, runsCommands, splitHandler } from '../_shared/lambda-archive.js';
import { assetKind, assetPath, writesFiles } from '../_shared/lambda-code.js';
import { arg, str } from '../_shared/values.js';
import { walk } from '../_shared/walk.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const FUNCTION = 'aws:lambda/function:Function';
const LAYER = 'aws:lambda/layerVersion:LayerVersion';
const FILE_ASSETS = new Set(['FileArchive', 'FileAsset']);
/** Images built from a directory of the answer: awsx `context` (v1 `path`), docker `build.context`, docker-build `context.location`. */
const IMAGES = ['awsx:ecr:Image', 'docker:index/image:Image', 'docker-build:index:Image'];
const CODE_FILE = /\.(py|m?js|cjs|ts|go|java|rb|cs|rs)$/;
/** Directories builds write to: a handler there names a file the answer cannot contain. */
const BUILD_OUTPUT = /^(dist|build|out|target|bin|\.build)\//;

export default defineRule({
  id: 'aws/asset-path-missing',
  class: 'PACKAGING-ASSETS',
  severity: 'high',
  category: 'aws',
  resourceTypes: [FUNCTION, LAYER, ...IMAGES],
  messages: {
    buildContext: 'The image is built from `{{path}}`, but no file of the answer is in that directory: `docker build` fails ("unable to prepare context: path not found", or no Dockerfile) and so does `pulumi up`. Give the Dockerfile and application files under `{{path}}`, or point the build context at the directory that holds them.',
    missing: '{{kind}} `{{path}}` is not among the files of the answer: `pulumi up` fails with "failed to compute archive hash" because the path does not exist. Include the code it packages, or point the asset at a file the answer provides.',
    mainRelative: '`pulumi up` runs the program from `{{base}}/` (Pulumi.yaml `main: {{main}}`), so the relative path `{{path}}` names `{{resolved}}`, which does not exist: the deployment fails with "failed to compute archive hash". Build the path from `__dirname` (Python: the module\'s directory) or make it relative to `{{base}}/`.',
    fileAssetDir: 'FileAsset `{{path}}` is a directory of the answer, but a FileAsset must be one file: `pulumi up` fails reading it. Use `new pulumi.asset.FileArchive("{{path}}")` (Python: `pulumi.FileArchive`) to package a directory.',
    handlerFile: 'Handler `{{handler}}` names module `{{module}}`, but the code archive only holds {{files}}: every invocation fails with "Cannot find module" / "No module named". Make the handler match the file name.',
    handlerFunction: 'Handler `{{handler}}` names function `{{fn}}`, which `{{file}}` does not define{{exportNote}}: every invocation fails. Rename the handler or the function.',
    tsSource: 'Handler `{{handler}}` needs `{{module}}.js`, but the archive holds only the TypeScript source `{{source}}` and nothing compiles it before `pulumi up`: the Node.js runtime cannot load TypeScript, so every invocation fails with "Cannot find module \'{{module}}\'". Compile the handler (tsc, esbuild) into the packaged directory, or write it in JavaScript.',
    tsOutDir: 'Handler `{{handler}}` needs `{{module}}.js` at the root of the archive, but `{{tsconfig}}` compiles `{{source}}` to `{{outDir}}/{{module}}.js`: even after the build every invocation fails with "Cannot find module \'{{module}}\'". Set the handler to `{{outDir}}/{{module}}.{{fn}}`, or package the `{{outDir}}` directory.',
    indented: 'The code of `{{file}}` is indented as a whole (the lines of a multi-line string keep their indentation): importing it raises "IndentationError: unexpected indent", so every invocation fails. Start the code at column 0, or pass it through `textwrap.dedent`.',
    archiveOfFile: 'FileArchive `{{path}}` names a single {{ext}} file, but a FileArchive must be a directory or an archive (.zip, .jar, .tar, .tgz): `pulumi up` fails ("neither a recognized archive type nor a directory"). Package the directory that holds it (`new pulumi.asset.FileArchive("{{dir}}")`), or wrap the file: `new pulumi.asset.AssetArchive({ "{{name}}": new pulumi.asset.FileAsset("{{path}}") })`.',
    layerLayout: 'The layer packages {{files}} at the top of its archive, but Lambda extracts layers into `/opt` and the {{runtime}} runtime only looks in `/opt/{{folder}}`: functions that import these modules fail with {{error}}. Put the files under `{{folder}}/` in the layer directory (`{{dir}}/{{folder}}/...`).',
    codeNotArchive: 'The function\'s `code` is a {{kind}}, but Lambda code must be an archive: TypeScript rejects it (an Asset is not an Archive) and the provider cannot upload it as a deployment package. Wrap it: `new pulumi.asset.AssetArchive({ "<file name>": ... })` (Python: `pulumi.AssetArchive`), or use a FileArchive of the directory or .zip.',
    binary: 'Runtime `{{runtime}}` starts the executable `{{binary}}`, but the archive holds only {{language}} sources ({{files}}){{built}}: every invocation fails because there is nothing to run. Compile `{{binary}}` for Linux into the packaged directory before `pulumi up` (e.g. `GOOS=linux GOARCH=amd64 go build -o {{binary}}`).',
  },
  title: {
    missing: '{{kind}} {{path:code}} not included in the answer',
    handlerFile: 'Handler {{handler:code}} names module {{module:code}}, missing from the code of {{counted}}',
    handlerFunction: 'Handler {{handler:code}} names function {{fn:code}}, not defined in {{file}}',
    mainRelative: 'Asset path {{path:code}} resolves to the missing {{resolved:code}} from `{{base}}/`',
    fileAssetDir: 'FileAsset {{path:code}} is a directory',
    tsSource: 'Handler {{handler:code}} packaged as TypeScript source {{source:code}}, never compiled',
    tsOutDir: 'Handler {{handler:code}} points at the archive root, but {{source:code}} compiles to `{{outDir}}/`',
    indented: 'Inline code of {{file:code}} indented as a whole (IndentationError)',
    binary: 'Runtime {{runtime:code}} starts {{binary:code}}, which the archive does not contain',
    archiveOfFile: 'FileArchive {{path:code}} names a single file, not a directory or archive',
    buildContext: 'Image build context {{path:code}} not included in the answer',
    layerLayout: 'Layer files outside the `{{folder}}/` folder the {{runtime}} runtime reads',
    codeNotArchive: 'Lambda `code` given a {{kind}} instead of an archive',
  },
  fixHint: 'Ship the Lambda code with the answer (e.g. lambda/index.py) and reference it with a path relative to the Pulumi project; keep `handler` = "<file>.<function>".',
  docs: {
    summary: 'Lambda code assets and image build contexts that point at files the answer does not contain or are of the wrong kind (a FileArchive of one source file, an Asset as `code`), layers whose modules sit outside the `python/` or `nodejs/` folder, and handlers that name a file, function or executable the code archive does not hold (including TypeScript sources nothing compiles).',
    why: 'Pulumi hashes `FileArchive`/`FileAsset` paths when it builds the plan; a path that does not exist stops the whole deployment. A Markdown answer that references `./lambda` or `lambda.zip` without providing them cannot be deployed as given, and neither can one whose relative paths assume the project root while Pulumi.yaml `main` makes Pulumi run the program from a subdirectory. A handler string that does not match the packaged files deploys, then fails on every invocation: a wrong file or function name, a `.ts` file where Node.js needs `.js`, a tsconfig `outDir` that moves the compiled file away from the handler path, or a Go runtime with sources but no compiled executable.',
    bad: {
      md: `# Answer\n\n## lib/tap-stack.ts\n\n\`\`\`typescript\nimport * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nexport const fn = new aws.lambda.Function('fn', {\n  runtime: 'python3.13',\n  handler: 'handler.main',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.FileArchive('./lambda_code.zip'),\n});\n\`\`\`\n`,
    },
    good: {
      md: `# Answer\n\n## lib/tap-stack.ts\n\n\`\`\`typescript\nimport * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nexport const fn = new aws.lambda.Function('fn', {\n  runtime: 'python3.13',\n  handler: 'handler.main',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.FileArchive('./lambda'),\n});\n\`\`\`\n\n## lambda/handler.py\n\n\`\`\`python\ndef main(event, context):\n    return {"statusCode": 200}\n\`\`\`\n`,
    },
    references: ['https://www.pulumi.com/docs/concepts/assets-archives/', 'https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html', 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html'],
    notes: 'Paths are checked in Markdown answers only (a program on disk has a real file system that the rule does not read). A path counts as present when an answer file has it, lies under it, or has its last path segment as a file or directory name, so answers that name their files loosely are not reported; a path relative to the directory of Pulumi.yaml `main` is reported only when the answer has Pulumi.yaml at its root and the files exist exactly at the project-relative path. Archives made of inline code are always compared with the handler; archives of answer directories only when the program neither runs commands nor writes files and no code block of the answer is unnamed. Handlers in build-output directories (`dist/`, `build/`) are not judged, nor TypeScript handlers the answer tells the reader to build in the packaged directory (`cd lambda && npm run build`) when no tsconfig `outDir` moves the output. Paths built from unknown values are skipped. The kind of an asset is judged everywhere, whatever the answer contains: a FileArchive whose path ends in a source or text extension (`.js`, `.py`, `.json`, ...) is one file, which Pulumi does not read as an archive, and a function `code` that is a FileAsset or StringAsset is not an archive at all. Paths built from the file\'s own directory (`path.join(__dirname, "..", "lambda")`, Python `os.path.join(os.path.dirname(__file__), "lambda")`) are resolved against the file\'s path in the answer, `..` included; a path that climbs above the answer\'s root is not judged (`pathlib.Path(__file__)` is not followed). Layers (`aws.lambda.LayerVersion`) of answer directories are reported when their Python or Node.js sources sit outside the `python/` or `nodejs/` folder Lambda puts on the module path, unless some file of the answer names `/opt` (an absolute import) or the instructions build that folder or install into the layer directory; the language comes from `compatibleRuntimes`, or from the sources when it is not given. Image build contexts (awsx `ecr.Image` `context`, docker `Image` `build.context`, docker-build `context.location`) are checked like asset paths, and not when the answer has an unnamed Dockerfile block.',
  },
  check(ctx) {
    // Answers whose program builds or writes files, or that hold code in unnamed blocks, may have
    // files the answer does not name: their archives are judged only when made of inline code.
    const filesKnown = ctx.model.input.kind === 'markdown' && !writesFiles(ctx.model) && !runsCommands(ctx.model) && !unnamedCode(ctx);
    if (filesKnown) checkPaths(ctx);
    checkArchiveKinds(ctx);
    for (const r of ctx.resources()) {
      if (r.type === FUNCTION) checkHandler(ctx, r, filesKnown);
      if (r.type === LAYER && filesKnown) checkLayer(ctx, r);
    }
  },
});

// ---------------------------------------------------------------- asset paths

/** Files a FileArchive cannot read as an archive: source and text files (archives are .zip, .jar, .tar, .tgz). */
const NOT_ARCHIVE = /\.(py|m?js|cjs|ts|go|java|rb|json|txt|sh|ya?ml|html)$/i;

/** Assets whose kind, not path, is wrong: a FileArchive of one source file, a function `code` that is an Asset. */
function checkArchiveKinds(ctx: RuleContext): void {
  for (const a of ctx.model.assets) {
    if (a.kind !== 'FileArchive' || !a.path) continue;
    const path = assetPath(a.path, a.at);
    const ext = path && NOT_ARCHIVE.exec(path)?.[1];
    if (!path || !ext) continue;
    const dir = path.includes('/') ? `./${path.slice(0, path.lastIndexOf('/'))}` : '.';
    ctx.report({ messageId: 'archiveOfFile', data: { path: str(a.path) ?? path, ext: `.${ext}`, dir, name: path.split('/').pop()! }, at: a.path.at ?? a.at });
  }
  for (const r of ctx.resources()) {
    const code = arg(r, 'code');
    const kind = assetKind(code);
    if (kind === 'FileAsset' || kind === 'StringAsset' || kind === 'RemoteAsset') ctx.report({ messageId: 'codeNotArchive', data: { kind }, at: code?.at ?? r.at, resource: r });
  }
}

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

/** Code in blocks the answer did not name may be the files an asset packages. */
function unnamedCode(ctx: RuleContext): boolean {
  return ctx.model.input.files.some((f) => f.nameSource === 'unnamed' && f.role !== 'program' && CODE_FILE.test(f.path));
}

function checkPaths(ctx: RuleContext): void {
  const files = ctx.model.input.files;
  const users = assetUsers(ctx);
  const base = programDirectory(ctx);
  for (const a of ctx.model.assets) {
    if (!FILE_ASSETS.has(a.kind) || !a.path || users.get(`${a.at.f}:${a.at.s}`)?.conditional) continue;
    const path = assetPath(a.path, a.at);
    if (path === undefined) continue;
    const at = a.path.at ?? a.at;
    const written = str(a.path) ?? path;
    if (base && !fromDirname(a.path) && exactly(`${base.dir}/${path}`, files) === 'none' && exactly(path, files) !== 'none') {
      ctx.report({ messageId: 'mainRelative', data: { path: written, base: base.dir, main: base.main, resolved: `${base.dir}/${path}` }, at });
      continue;
    }
    if (a.kind === 'FileAsset' && exactly(path, files) === 'dir') {
      ctx.report({ messageId: 'fileAssetDir', data: { path: written }, at });
      continue;
    }
    if (present(path, files) || builtByInstructions(ctx, path)) continue;
    ctx.report({ messageId: 'missing', data: { kind: a.kind, path: written }, at });
  }
  // An unnamed Dockerfile block may be the one the context holds.
  if (files.some((f) => f.nameSource === 'unnamed' && /^[ \t]*FROM\s/im.test(f.text))) return;
  for (const r of ctx.resources()) {
    if (!IMAGES.includes(r.type) || r.conditional) continue;
    const build = arg(r, 'build');
    const context = r.type === 'awsx:ecr:Image' ? (arg(r, 'context') ?? arg(r, 'path')) : r.type === 'docker-build:index:Image' ? objProp(arg(r, 'context'), 'location') : objProp(build, 'context');
    const path = context && assetPath(context, context.at ?? r.at);
    if (!context || !path || present(path, files) || builtByInstructions(ctx, path)) continue;
    ctx.report({ messageId: 'buildContext', data: { path: str(context) ?? path }, at: context.at ?? r.at, resource: r });
  }
}

function objProp(v: Value | undefined, key: string): Value | undefined {
  return v?.kind === 'obj' ? v.props.get(key) : undefined;
}

/**
 * The directory `pulumi up` runs the program in when Pulumi.yaml (at the answer's root) points
 * `main` into a subdirectory: Pulumi changes to the directory of `main` (or to `main` itself when
 * it is a directory), and relative asset paths are resolved from there.
 */
function programDirectory(ctx: RuleContext): { dir: string; main: string } | undefined {
  const project = ctx.model.input.project;
  const main = project?.main?.replace(/^\.\//, '').replace(/\/+$/, '');
  if (!project || project.file !== 'Pulumi.yaml' || !main || main.includes('..') || main.startsWith('/')) return undefined;
  const isFile = /\.[a-z]+$/i.test(main);
  const dir = isFile ? main.slice(0, Math.max(0, main.lastIndexOf('/'))) : main;
  return dir ? { dir, main: project.main! } : undefined;
}

/** A path built from `__dirname`: resolved from the file's own directory, not the working directory. */
function fromDirname(v: Value): boolean {
  return v.kind === 'str' && v.parts[0]?.kind === 'unknown' && v.parts[0].why === '__dirname';
}

/** Is the path exactly a file of the answer, a directory of its files, or neither? */
function exactly(path: string, files: readonly SourceFile[]): 'file' | 'dir' | 'none' {
  if (files.some((f) => f.path === path)) return 'file';
  return files.some((f) => f.path.startsWith(`${path}/`)) ? 'dir' : 'none';
}

/** Does the answer's build script or instructions produce a file of that name (`go build -o main`, `zip -r fn.zip .`)? */
function builtByInstructions(ctx: RuleContext, path: string): boolean {
  const last = path.split('/').pop()!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:go\\s+build|zip|cp|mv|tar|jar|mvn|gradle|cargo|npm\\s+run|esbuild|tsc)\\b[^\\n]*(?:^|[\\s/=])${last}(?![\\w.-])`, 'm').test(instructionText(ctx.model));
}

function present(path: string, files: readonly SourceFile[]): boolean {
  const last = path.split('/').pop()!;
  return files.some((f) => {
    const p = f.path;
    return p === path || p.startsWith(`${path}/`) || p.endsWith(`/${path}`) || p.includes(`/${path}/`) || p.split('/').includes(last);
  });
}

// ---------------------------------------------------------------- layers

/** Where each runtime finds a layer's modules under /opt (AWS "Layer paths for each Lambda runtime"). */
const LAYER_FOLDERS = {
  py: { folder: 'python', runtime: 'Python', error: '"No module named ..."', source: /\.py$/ },
  js: { folder: 'nodejs', runtime: 'Node.js', error: '"Cannot find module ..."', source: /\.(m?js|cjs)$/ },
} as const;

/** The languages of a layer: from `compatibleRuntimes` when known, else from the sources it holds. */
function layerLang(r: Resource, names: string[]): 'py' | 'js' | undefined {
  const runtimes = arg(r, 'compatibleRuntimes');
  const known = runtimes?.kind === 'list' && !runtimes.open ? runtimes.items.map((v) => handlerLang(str(v))) : [];
  const langs = new Set(known.length > 0 ? known : names.map((n) => (LAYER_FOLDERS.py.source.test(n) ? 'py' : LAYER_FOLDERS.js.source.test(n) ? 'js' : undefined)).filter((l) => l !== undefined));
  return langs.size === 1 && !langs.has(undefined) ? [...langs][0] : undefined;
}

/** A layer whose modules sit at the archive root, where the runtime's module path does not reach. */
function checkLayer(ctx: RuleContext, r: Resource): void {
  const code = arg(r, 'code');
  const archive = archiveOf(ctx, code, r.at);
  if (!archive || archive.dirs.length === 0) return;
  const names = [...archive.files.keys()];
  const lang = layerLang(r, names);
  if (!lang) return;
  const { folder, runtime, error, source } = LAYER_FOLDERS[lang];
  const sources = names.filter((n) => source.test(n));
  if (sources.length === 0 || names.some((n) => n.startsWith(`${folder}/`))) return;
  // Code that imports from `/opt` by absolute path, or build steps that arrange the folder, make it work.
  if (ctx.model.input.files.some((f) => /["'`]\/opt\b/.test(f.text))) return;
  const text = instructionText(ctx.model);
  if (archive.dirs.some((d) => text.includes(`${d.split('/').pop()}/${folder}`))) return;
  if (instructedInDirs(ctx.model, archive.dirs, 'mkdir|cp|mv|pip3?\\s+install|npm\\s+(?:install|ci)|zip', 'pip3?\\s+install[^\\n]*(?:-t|--target)')) return;
  const files = sources.slice(0, 3).map((n) => `\`${n}\``).join(', ') + (sources.length > 3 ? ', ...' : '');
  ctx.report({ messageId: 'layerLayout', data: { files, runtime, folder, error, dir: archive.dirs[0]! }, at: code?.at ?? r.at, resource: r });
}

// ---------------------------------------------------------------- handlers

function checkHandler(ctx: RuleContext, r: Resource, filesKnown: boolean): void {
  const runtime = str(arg(r, 'runtime'));
  const handlerV = arg(r, 'handler');
  const handler = str(handlerV);
  const archive = functionArchive(ctx, r);
  if (!runtime || !handler || !archive) return;
  // An archive built from answer directories is complete only when the answer's files are.
  if (archive.dirs.length > 0 && !filesKnown) return;
  const at = handlerV?.at;
  if (/^(go1\.x|provided)/.test(runtime)) {
    checkBinary(ctx, r, archive, runtime, handler);
    return;
  }
  const lang = handlerLang(runtime);
  const parts = splitHandler(handler);
  if (!lang || !parts) return;
  const file = handlerFile(archive, handler, lang);
  if (!file) {
    if (lang === 'js' && checkTypeScript(ctx, r, archive, handler, parts)) return;
    if (BUILD_OUTPUT.test(parts.module) || archive.files.size === 0) return;
    // A directory archive whose handler file the answer shows elsewhere (named loosely), or may show
    // in an unnamed block, is not known to lack it.
    if (archive.dirs.length > 0 && elsewhere(ctx, parts.module, lang)) return;
    const names = [...archive.files.keys()];
    const files = names.slice(0, 6).map((n) => `\`${n}\``).join(', ') + (names.length > 6 ? ', ...' : '');
    ctx.report({ messageId: 'handlerFile', data: { handler, module: parts.module, files }, at, resource: r });
    return;
  }
  if (file.text !== undefined && lang === 'py' && indentedModule(file.text)) {
    ctx.report({ messageId: 'indented', data: { file: file.name }, at: arg(r, 'code')?.at ?? at, resource: r });
    return;
  }
  if (file.text !== undefined && !definesHandler(file.text, parts.fn, lang)) {
    ctx.report({ messageId: 'handlerFunction', data: { handler, fn: parts.fn, file: file.name, exportNote: lang === 'py' ? '' : ' or export' }, at, resource: r });
  }
}

function elsewhere(ctx: RuleContext, module: string, lang: 'py' | 'js'): boolean {
  const base = module.split('/').pop()!;
  const exts = lang === 'py' ? ['.py'] : ['.js', '.mjs', '.cjs', '.ts'];
  const language = lang === 'py' ? 'python' : 'javascript';
  return ctx.model.input.files.some((f) => exts.some((e) => f.path === base + e || f.path.endsWith(`/${base}${e}`)) || (f.nameSource === 'unnamed' && (f.language === language || (lang === 'js' && f.language === 'typescript'))));
}

/** Python code whose first statement is indented: importing it raises IndentationError. */
function indentedModule(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  return first !== undefined && /^[ \t]+\S/.test(first);
}

/** Reported a Node.js handler whose archive holds its TypeScript source instead of the compiled file? */
function checkTypeScript(ctx: RuleContext, r: Resource, archive: Archive, handler: string, parts: { module: string; fn: string }): boolean {
  const source = [`${parts.module}.ts`, `${parts.module}.mts`].find((n) => archive.files.has(n));
  const tsconfigName = [...archive.files.keys()].find((n) => n === 'tsconfig.json');
  const outDir = tsconfigName ? /"outDir"\s*:\s*"([^"]+)"/.exec(archive.files.get(tsconfigName) ?? '')?.[1]?.replace(/^\.\//, '').replace(/\/+$/, '') : undefined;
  const at = arg(r, 'handler')?.at;
  if (!source) {
    // `dist/index.handler` with `index.ts` and tsconfig `outDir: dist`: compiled by a build the rule cannot see.
    return outDir !== undefined && parts.module.startsWith(`${outDir}/`) && archive.files.has(`${parts.module.slice(outDir.length + 1)}.ts`);
  }
  if (outDir && outDir !== '.') {
    ctx.report({ messageId: 'tsOutDir', data: { handler, module: parts.module, fn: parts.fn, tsconfig: tsconfigName!, source, outDir }, at, resource: r });
    return true;
  }
  if (!instructedInDirs(ctx.model, archive.dirs, '(?:npm|yarn|pnpm)\\s+(?:run\\s+)?build\\b|(?:npx\\s+)?tsc\\b|esbuild\\b|webpack\\b|ncc\\s+build\\b')) {
    ctx.report({ messageId: 'tsSource', data: { handler, module: parts.module, source }, at, resource: r });
  }
  return true;
}

/** Go custom runtimes: the archive must hold the compiled executable, which an answer can only build. */
function checkBinary(ctx: RuleContext, r: Resource, archive: Archive, runtime: string, handler: string): void {
  const binary = runtime === 'go1.x' ? handler : 'bootstrap';
  const names = [...archive.files.keys()];
  if (archive.dirs.length === 0 || names.length === 0 || names.includes(binary) || !names.every((n) => /\.go$|(^|\/)go\.(mod|sum)$|\.md$/.test(n))) return;
  if (!names.some((n) => n.endsWith('.go'))) return;
  const text = instructionText(ctx.model);
  const built = archive.dirs.some((d) => {
    const dir = d.split('/').pop()!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`\\b${dir}\\b[^\\n]*go\\s+build|go\\s+build[^\\n]*\\b${dir}\\b`).test(text);
  });
  const output = /go\s+build\b[^\n]*?-o\s+(\S+)/.exec(text)?.[1]?.split('/').pop();
  if (built && (output === undefined || output === binary)) return;
  const files = names.slice(0, 4).map((n) => `\`${n}\``).join(', ');
  const note = built && output ? `; the build instructions produce \`${output}\`, not \`${binary}\`` : '';
  ctx.report({ messageId: 'binary', data: { runtime, binary, language: 'Go', files, built: note }, at: arg(r, 'handler')?.at ?? arg(r, 'code')?.at, resource: r });
}
