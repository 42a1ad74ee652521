// `@deprecated` JSDoc of SDK declarations, and what their messages tell the user to use instead.
// The messages are free text written by the provider (and often quote the Terraform snake_case name), so
// the replacement is read with a few patterns and kept only when replacements.mjs can resolve it to
// something the schema knows.

import ts from 'typescript';
import { camelName } from './python-names.mjs';

/**
 * The `@deprecated` message of a declaration (source files must be parsed with parent pointers).
 * @param {ts.Node} node
 * @returns {string | undefined}
 */
export function deprecationOf(node) {
  const tag = ts.getJSDocDeprecatedTag(node);
  if (!tag) return undefined;
  const text = ts.getTextOfJSDocComment(tag.comment) ?? '';
  return text.replace(/\s+/g, ' ').trim() || 'deprecated';
}

const PATTERNS = [
  { kind: 'path', re: /\bin favou?r of\s+`?([\w./]+?)`?(?=[\s,;]|\.?$)/g },
  { kind: 'path', re: /\b[Uu]se\s+(?:the\s+)?['"`]?(aws\.[\w./]*\w)/g },
  { kind: 'name', re: /\b(?:[Uu]se|Configure)\s+(?:the\s+top-level\s+parameter\s+)?['"`]([\w.]+)['"`]/g },
  { kind: 'name', re: /\b(?:[Uu]se|Configure)\s+(?:the\s+top-level\s+parameter\s+)?([\w.]+)\s+instead\b/g },
  { kind: 'name', re: /\b[Uu]se\s+(?:the\s+top-level\s+parameter\s+)?([a-z][a-z0-9]*[A-Z]\w*)/g },
];

/**
 * What a deprecation message names as replacements, unresolved and in the order the message mentions
 * them: module paths (`s3.Bucket`, `ec2.getVpnConnection`, `getRegion`) and member names (`state`,
 * `reverseDnsName`, `X1_32XLarge`).
 * @param {string} message
 * @returns {Array<{ path: string } | { name: string }>}
 */
export function replacementCandidates(message) {
  const found = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of message.matchAll(re)) {
      const text = m[1];
      const candidate =
        kind === 'path'
          ? { path: modulePath(text) }
          : { name: text.includes('_') && text === text.toLowerCase() ? camelName(text) : text };
      found.push({ at: m.index, candidate });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.candidate);
}

/**
 * Messages spell paths as TS paths (`aws.s3.Bucket`, `s3.Bucket`) or as token-like paths
 * (`aws.s3/bucketacl.BucketAcl`, `aws.ec2/getvpnconnection.getVpnConnection`); both → `s3.BucketAcl`.
 */
function modulePath(text) {
  const path = text.replace(/^aws\./, '').replace(/\.$/, '');
  const slash = /^([\w]+)\/[\w]+\.(\w+)$/.exec(path);
  return slash ? `${slash[1] === 'index' ? '' : `${slash[1]}.`}${slash[2]}` : path;
}
