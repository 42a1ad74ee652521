// What a Lambda function's code archive holds, as far as the answer shows it: inline StringAssets,
// FileAssets of answer files, and FileArchives of answer directories. Rules use it to compare the
// handler string, the imports and the SDK calls of the handler with the function's configuration.

import type { At, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { assetKind, assetPath, inlineSources, usedImports } from './lambda-code.js';
import { arg, str } from './values.js';

/** What reading an archive needs: the answer's files (rules and request checks both have them). */
type Files = Pick<RuleContext, 'model'>;

export interface Archive {
  /** Path inside the archive → file text (undefined when the file is named but not among the answer's). */
  files: Map<string, string | undefined>;
  /** Directories of the answer the archive is built from. */
  dirs: string[];
}

/** Answer files under a directory (`lambda`, or `lib/lambda` written as `lambda` by a loose answer). */
function filesUnder(ctx: Files, dir: string): { rel: string; text: string }[] {
  return ctx.model.input.files
    .filter((f) => f.path.startsWith(`${dir}/`) || f.path.includes(`/${dir}/`))
    .map((f) => ({ rel: f.path.slice(f.path.indexOf(`${dir}/`) + dir.length + 1), text: f.text }));
}

/** The files a `code` archive holds, when every part of it is known. */
export function archiveOf(ctx: Files, code: Value | undefined, fallback: At): Archive | undefined {
  const kind = assetKind(code);
  if (!code || code.kind !== 'obj' || !kind) return undefined;
  const files = new Map<string, string | undefined>();
  const dirs: string[] = [];
  const fromDir = (v: Value | undefined, prefix: string): boolean => {
    const dir = v && assetPath(v, v.at ?? code.at ?? fallback);
    if (!dir) return false;
    const inside = filesUnder(ctx, dir);
    if (inside.length === 0) return false;
    dirs.push(dir);
    for (const f of inside) files.set(prefix + f.rel, f.text);
    return true;
  };
  if (kind === 'FileArchive') return fromDir(code.props.get('path'), '') ? { files, dirs } : undefined;
  if (kind !== 'AssetArchive') return undefined;
  const assets = code.props.get('assets');
  if (!assets || assets.kind !== 'obj' || assets.open) return undefined;
  const inline = new Map(inlineSources(code).map((s) => [s.name, s.text]));
  for (const [name, a] of assets.props) {
    const k = assetKind(a);
    if (!a || a.kind !== 'obj') return undefined;
    if (k === 'StringAsset') {
      files.set(name, inline.get(name));
    } else if (k === 'FileAsset') {
      const path = a.props.get('path');
      const p = path && assetPath(path, path.at ?? a.at ?? fallback);
      const f = p ? ctx.model.input.files.find((x) => x.path === p || x.path.endsWith(`/${p}`)) : undefined;
      files.set(name, f?.text);
    } else if (k === 'FileArchive') {
      if (!fromDir(a.props.get('path'), name === '.' ? '' : `${name.replace(/\/+$/, '')}/`)) return undefined;
    } else return undefined;
  }
  return { files, dirs };
}

/** The archive of a function's `code` argument. */
export function functionArchive(ctx: Files, fn: Resource): Archive | undefined {
  return archiveOf(ctx, arg(fn, 'code'), fn.at);
}

export type HandlerLang = 'py' | 'js';

/** Language of the handler for a known runtime: Python, Node.js, or undefined for the others. */
export function handlerLang(runtime: string | undefined): HandlerLang | undefined {
  if (runtime?.startsWith('python')) return 'py';
  if (runtime?.startsWith('nodejs')) return 'js';
  return undefined;
}

export const HANDLER_EXTENSIONS: Record<HandlerLang, string[]> = { py: ['.py'], js: ['.js', '.mjs', '.cjs'] };

/** `index.handler` → module `index`, function `handler`; `src/app.main` → `src/app`, `main`. */
export function splitHandler(handler: string): { module: string; fn: string } | undefined {
  const dot = handler.lastIndexOf('.');
  if (dot <= 0 || dot === handler.length - 1) return undefined;
  return { module: handler.slice(0, dot), fn: handler.slice(dot + 1) };
}

/** The file of the archive the handler string names, with its text when the answer has it. */
export function handlerFile(archive: Archive, handler: string, lang: HandlerLang): { name: string; text: string | undefined } | undefined {
  const parts = splitHandler(handler);
  if (!parts) return undefined;
  // Python handlers may name a module of a package with dots (`pkg.module.handler`).
  const modules = lang === 'py' ? [parts.module, parts.module.replace(/\./g, '/')] : [parts.module];
  for (const m of modules) {
    for (const ext of HANDLER_EXTENSIONS[lang]) {
      if (archive.files.has(m + ext)) return { name: m + ext, text: archive.files.get(m + ext) };
    }
  }
  return undefined;
}

/** The handler code of a function: runtime language, handler file and its text, when all are known. */
export interface HandlerSource {
  lang: HandlerLang;
  handler: string;
  fn: string;
  file: string;
  text: string;
  archive: Archive;
}

export function handlerSource(ctx: Files, fn: Resource): HandlerSource | undefined {
  const lang = handlerLang(str(arg(fn, 'runtime')));
  const handler = str(arg(fn, 'handler'));
  if (!lang || !handler) return undefined;
  const archive = functionArchive(ctx, fn);
  // A TypeScript source the answer forgot to compile still tells what the handler does.
  const file = archive && (handlerFile(archive, handler, lang) ?? (lang === 'js' ? typeScriptSource(archive, handler) : undefined));
  const parts = splitHandler(handler);
  if (!archive || !file || file.text === undefined || !parts) return undefined;
  return { lang, handler, fn: parts.fn, file: file.name, text: file.text, archive };
}

function typeScriptSource(archive: Archive, handler: string): { name: string; text: string | undefined } | undefined {
  const module = splitHandler(handler)?.module;
  const name = module && [`${module}.ts`, `${module}.mts`].find((n) => archive.files.has(n));
  return name ? { name, text: archive.files.get(name) } : undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The answer's prose and shell blocks: where it tells the reader what to run before `pulumi up`. */
export function instructionText(model: ResourceModel): string {
  return [...model.input.hosts.values(), ...model.input.files.filter((f) => f.language === 'shell').map((f) => f.text)].join('\n');
}

/**
 * Does the answer tell the reader to run one of `commands` (a regex source) in one of these
 * directories (`cd lambda && npm install`, `pip install -t lambda/`, `cd lambda && npm run build`)?
 */
export function instructedInDirs(model: ResourceModel, dirs: readonly string[], commands: string, targeted?: string): boolean {
  const text = instructionText(model);
  return dirs.some((dir) => {
    const d = escapeRe(dir.split('/').pop()!);
    const cd = new RegExp(`cd\\s+\\S*\\b${d}\\b\\S*\\s*(?:&&|;|\\n)\\s*(?:[^\\n]*(?:&&|;)\\s*)?(?:${commands})`);
    const t = targeted ? new RegExp(`(?:${targeted})\\s*=?\\s*\\S*\\b${d}\\b`) : undefined;
    return cd.test(text) || (t?.test(text) ?? false);
  });
}

const COMMAND_RUNNERS = /^(node:)?child_process$|^(execa|shelljs|zx|@pulumi\/command|pulumi_command)$|^(subprocess)$/;

/**
 * Does the Pulumi program run external commands (a build, `pip install`, `docker push`) when it
 * runs? Imports that are never used do not count.
 */
export function runsCommands(model: ResourceModel): boolean {
  return usedImports(model).some((i) => COMMAND_RUNNERS.test(i.module)) || model.resources.some((r) => r.pkg === 'command');
}
