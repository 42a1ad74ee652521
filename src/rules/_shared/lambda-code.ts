// The code of a Lambda function as the model records it: `pulumi.asset.AssetArchive({...})` of
// `StringAsset`s (inline code), `FileArchive` / `FileAsset` paths. Asset objects carry `__asset__`
// (the class name) and `assets`, `text` or `path`.

import type { Value } from '../../ir/values.js';
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
