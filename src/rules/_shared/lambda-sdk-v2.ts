// Node.js Lambda handlers that load the AWS SDK for JavaScript v2 (`aws-sdk`) on a runtime that only
// ships v3, and whether the function may bring v2 itself (archive, layer).

import type { At } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { functionArchive, handlerSource, instructedInDirs } from './lambda-archive.js';
import { inlineSources } from './lambda-code.js';
import { arg, definitelyAbsent, str } from './values.js';

// Node.js 18 and later Lambda runtimes ship the AWS SDK for JavaScript v3 only.
const SDK_V3_ONLY = /^nodejs(\d+)\.x$/;
const REQUIRES_SDK_V2 = /\brequire\(\s*['"]aws-sdk['"]\s*\)|\bfrom\s+['"]aws-sdk['"]|\bimport\s+['"]aws-sdk['"]/;

export interface SdkV2Use {
  runtime: string;
  /** ` \`file\`` when the handler file is named (or one of several inline sources), else empty. */
  file: string;
  /** The function may get `aws-sdk` from its archive or a layer. */
  bundled: boolean;
  at: At | undefined;
}

/** A function on nodejs18.x or later whose handler code loads `aws-sdk` (v2), when its code is known. */
export function sdkV2Use(ctx: RuleContext, r: Resource): SdkV2Use | undefined {
  const runtimeV = arg(r, 'runtime');
  const runtime = str(runtimeV);
  const m = runtime !== undefined ? SDK_V3_ONLY.exec(runtime) : null;
  if (!runtime || !m || Number(m[1]) < 18) return undefined;
  const handler = handlerSource(ctx, r);
  const texts = handler ? [{ name: handler.file, text: handler.text }] : inlineSources(arg(r, 'code'));
  const v2 = texts.find((src) => REQUIRES_SDK_V2.test(src.text));
  if (!v2) return undefined;
  return { runtime, file: handler || texts.length > 1 ? ` \`${v2.name}\`` : '', bundled: bundlesSdkV2(ctx, r), at: arg(r, 'code')?.at ?? runtimeV?.at };
}

/** May the function get `aws-sdk` v2 from its archive (vendored or installed there) or from a layer? */
function bundlesSdkV2(ctx: RuleContext, r: Resource): boolean {
  if (!definitelyAbsent(r, 'layers')) return true;
  const archive = functionArchive(ctx, r);
  if (!archive) return !inlineOnly(r);
  const names = [...archive.files.keys()];
  if (names.some((n) => n.startsWith('node_modules/aws-sdk/') || n.includes('/node_modules/aws-sdk/'))) return true;
  const manifest = names.find((n) => n === 'package.json');
  const lists = manifest !== undefined && /"aws-sdk"\s*:/.test(archive.files.get(manifest) ?? '');
  return lists && instructedInDirs(ctx.model, archive.dirs, '(?:npm|yarn|pnpm)\\s+(?:install|ci|i|add)\\b');
}

/** A `code` archive made only of inline StringAssets (nothing else can bring a module). */
function inlineOnly(r: Resource): boolean {
  const code = arg(r, 'code');
  const assets = code?.kind === 'obj' ? code.props.get('assets') : undefined;
  return !!assets && assets.kind === 'obj' && !assets.open && inlineSources(code).length === assets.props.size;
}
