// The code of a Lambda function as the model records it: `pulumi.asset.AssetArchive({...})` of
// `StringAsset`s (inline code), `FileArchive` / `FileAsset` paths. Asset objects carry `__asset__`
// (the class name) and `assets`, `text` or `path`.

import type { At, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { type HandlerLang, handlerLang } from './lambda-archive.js';
import { str } from './values.js';

export interface InlineSource {
  /** File name inside the archive (`index.js`). */
  name: string;
  /** The code, with unknown parts (interpolated values) left out. */
  text: string;
}

export function assetKind(v: Value | undefined): string | undefined {
  return v && v.kind === 'obj' ? str(v.props.get('__asset__')) : undefined;
}

/** The StringAssets of an inline `AssetArchive`, by archive name. */
export function inlineSources(code: Value | undefined): InlineSource[] {
  if (!code || assetKind(code) !== 'AssetArchive' || code.kind !== 'obj') return [];
  const assets = code.props.get('assets');
  if (!assets || assets.kind !== 'obj') return [];
  const out: InlineSource[] = [];
  for (const [name, a] of assets.props) {
    if (assetKind(a) !== 'StringAsset' || a.kind !== 'obj') continue;
    const text = knownText(a.props.get('text'));
    if (text !== undefined) out.push({ name, text });
  }
  return out;
}

function knownText(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  const s = str(v);
  if (s !== undefined) return s;
  return v.kind === 'str' ? v.parts.map((p) => str(p) ?? '').join('') : undefined;
}

const WRITERS = /^(node:)?(fs|fs\/promises|child_process)$|^(fs-extra|execa|archiver|adm-zip)$|^(shutil|zipfile|tempfile|subprocess)$/;

/** Programs that create files or run build commands at run time (the asset may be made before it is read). */
export function writesFiles(model: ResourceModel): boolean {
  // Only Pulumi program files count: a separate build script is not run by `pulumi up`.
  return usedImports(model).some((i) => WRITERS.test(i.module));
}

/**
 * Imports of external modules in Pulumi program files, except those whose binding is never read
 * (`import shutil` and no `shutil.` anywhere). An import bound under another name counts as used.
 */
export function usedImports(model: ResourceModel): ResourceModel['imports'] {
  const unused = new Set(model.unused.filter((u) => u.kind === 'import').map((u) => `${u.at.f}:${u.at.s}:${u.name}`));
  const pulumiFiles = new Set(model.imports.filter((i) => /^(@pulumi\/|pulumi(_|$|\.))/.test(i.module)).map((i) => i.at.f));
  return model.imports.filter((i) => pulumiFiles.has(i.at.f) && !unused.has(`${i.at.f}:${i.at.s}:${i.module.split(/[./]/)[0]}`));
}

function resolveDots(path: string): string | undefined {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg !== '..') out.push(seg);
    else if (out.pop() === undefined) return undefined;
  }
  return out.join('/');
}

/** The asset path relative to the project root, or undefined when it cannot be known. */
export function assetPath(v: Value, at: At): string | undefined {
  let raw = str(v);
  // `${__dirname}/lambda`: relative to the directory of the file that builds the asset.
  if (raw === undefined && v.kind === 'str' && v.parts[0]?.kind === 'unknown' && v.parts[0].why === '__dirname' && v.parts.slice(1).every((p) => str(p) !== undefined)) {
    const dir = at.f.includes('/') ? at.f.slice(0, at.f.lastIndexOf('/')) : '';
    // `path.join(__dirname, '..', 'lambda')` from lib/: `..` is resolved against the file's own
    // directory, and a path that climbs out of the answer is not known.
    raw = resolveDots(`${dir}/${v.parts.slice(1).map((p) => str(p)).join('')}`);
  }
  if (raw === undefined || raw.startsWith('/') || raw.includes('..') || /^[a-z]+:\/\//i.test(raw)) return undefined;
  const path = raw.replace(/^(\.\/)+/, '').replace(/\/+$/, '').replace(/^\//, '');
  return path.length > 0 && path !== '.' ? path : undefined;
}

/** One piece of Lambda code a rule can read: an answer's handler file or a function's inline StringAsset. */
export interface HandlerText {
  text: string;
  lang: HandlerLang;
  /** How messages name it (`` `index.py` ``). */
  name: string;
  /** Where a finding at `offset` in `text` is shown: the place in the file, or the archive member of inline code. */
  at(offset: number, length: number): At | undefined;
  /** The function whose inline code this is. */
  resource?: Resource;
}

/**
 * Every handler text of the program, once each: the answer's files recognised as Lambda code (not
 * fragments) and the inline StringAsset code of functions whose runtime gives its language. Inline
 * code shared by several functions (one helper building them all with the same text) is read once,
 * at its first function; a helper given other code per call yields each text.
 */
export function handlerTexts(model: ResourceModel, resources: readonly Resource[]): HandlerText[] {
  const out: HandlerText[] = [];
  for (const f of model.input.files) {
    const lang = f.language === 'python' ? 'py' : f.language === 'javascript' || f.language === 'typescript' ? 'js' : undefined;
    if (f.role !== 'asset' || f.snippet || !lang) continue;
    out.push({ text: f.text, lang, name: `\`${f.path}\``, at: (s, n) => ({ f: f.path, s, e: s + n }) });
  }
  const seen = new Set<string>();
  for (const r of resources) {
    if (r.type !== 'aws:lambda/function:Function') continue;
    const lang = handlerLang(str(r.args.props.get('runtime')));
    const code = r.args.props.get('code');
    if (!lang || !code) continue;
    for (const src of inlineSources(code)) {
      const member = memberAt(code, src.name);
      const key = `${member?.f}:${member?.s}:${src.name}:${src.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text: src.text, lang, name: `\`${src.name}\``, at: () => member, resource: r });
    }
  }
  return out;
}

/** Where the archive member `name` is written (`'index.py': new StringAsset(...)`), else the archive. */
export function memberAt(code: Value, name: string): At | undefined {
  const assets = code.kind === 'obj' ? code.props.get('assets') : undefined;
  return (assets?.kind === 'obj' ? assets.props.get(name)?.at : undefined) ?? code.at;
}
