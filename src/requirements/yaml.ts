// The editable YAML form of a requirement list: written by `stacklint requirements PROMPT.md`,
// corrected by hand, read back with `--requirements spec.yaml`. Reading validates every entry against
// the kind's parameter schema and names the first problem with its line in the spec.

import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { CLASSES, type FailureClass } from '../rules/classes.js';
import { isKind, KIND_NAMES, KINDS, type Field, type RequirementKind } from './kinds.js';
import { serviceById } from './services.js';
import type { Requirement } from './types.js';

/** A spec that cannot be read; the CLI reports the message and exits with code 2. */
export class RequirementsSpecError extends Error {
  override readonly name = 'RequirementsSpecError';
}

const HEADER = ` Requirements stacklint read from the request. Correct, delete or add entries, then check a
 program against them with --requirements <this file>. Each entry: kind, params (per kind, see
 src/requirements/kinds.ts), and optionally class, sentence, line, also-at, confidence.`;

export function requirementsToYaml(reqs: readonly Requirement[]): string {
  const source = reqs.find((r) => r.source)?.source;
  const body = {
    ...(source ? { source } : {}),
    requirements: reqs.map((r) => ({
      kind: r.kind,
      params: r.params,
      class: r.class,
      line: r.line,
      ...(r.alsoAt?.length ? { 'also-at': r.alsoAt } : {}),
      confidence: r.confidence,
      sentence: r.sentence,
    })),
  };
  const doc = new Document(body);
  doc.commentBefore = HEADER;
  const list = doc.get('requirements', true);
  if (isSeq(list)) {
    list.items.forEach((item, i) => {
      if (!isMap(item)) return;
      item.commentBefore = ` ${KINDS[reqs[i]!.kind].summary}`;
      for (const key of ['params', 'also-at']) {
        const v = item.get(key, true);
        if (v && (isMap(v) || isSeq(v))) v.flow = true;
      }
    });
  }
  return doc.toString({ lineWidth: 0 });
}

class Reader {
  constructor(
    private readonly path: string,
    private readonly lines: LineCounter,
  ) {}

  error(node: Node | undefined | null, problem: string): RequirementsSpecError {
    const offset = node?.range?.[0];
    const pos = offset !== undefined ? this.lines.linePos(offset) : undefined;
    return new RequirementsSpecError(`${this.path}${pos ? `:${pos.line}:${pos.col}` : ''}: ${problem}`);
  }

  value(node: unknown): unknown {
    return isScalar(node) ? node.value : node;
  }

  field(kind: RequirementKind, name: string, spec: Field, node: unknown): unknown {
    const where = `${kind} parameter '${name}'`;
    const n = node as Node;
    if (Array.isArray(spec.t)) {
      const v = this.value(node);
      if (typeof v !== 'string' || !spec.t.includes(v)) throw this.error(n, `${where} must be one of ${spec.t.join(', ')}`);
      return v;
    }
    switch (spec.t) {
      case 'number': {
        const v = this.value(node);
        if (typeof v !== 'number' || !Number.isFinite(v)) throw this.error(n, `${where} must be a number`);
        return v;
      }
      case 'string': {
        const v = this.value(node);
        if (typeof v !== 'string' && typeof v !== 'number') throw this.error(n, `${where} must be a string`);
        return String(v);
      }
      case 'boolean': {
        const v = this.value(node);
        if (typeof v !== 'boolean') throw this.error(n, `${where} must be true or false`);
        return v;
      }
      case 'strings': {
        if (!isSeq(node)) throw this.error(n, `${where} must be a list of strings`);
        return node.items.map((it) => {
          const v = this.value(it);
          if (typeof v !== 'string' && typeof v !== 'number') throw this.error(it as Node, `${where} must be a list of strings`);
          return String(v);
        });
      }
      case 'map': {
        if (!isMap(node)) throw this.error(n, `${where} must be a mapping of strings`);
        const out: Record<string, string> = {};
        for (const pair of node.items) out[String(this.value(pair.key))] = String(this.value(pair.value));
        return out;
      }
    }
  }

  params(kind: RequirementKind, node: unknown, at: Node): Record<string, unknown> {
    const schema = KINDS[kind].params as Readonly<Record<string, Field>>;
    if (node !== undefined && node !== null && !isMap(node)) throw this.error(node as Node, `params of ${kind} must be a mapping`);
    const out: Record<string, unknown> = {};
    for (const pair of (node as YAMLMap | undefined)?.items ?? []) {
      const name = String(this.value(pair.key));
      const spec = schema[name];
      if (!spec) {
        const known = Object.keys(schema);
        throw this.error(pair.key as Node, `${kind} has no parameter '${name}'${known.length ? ` (it takes ${known.join(', ')})` : ' (it takes none)'}`);
      }
      out[name] = this.field(kind, name, spec, pair.value);
    }
    for (const [name, spec] of Object.entries(schema)) {
      if (spec.req && !(name in out)) throw this.error(at, `${kind} needs the parameter '${name}'`);
    }
    return out;
  }

  requirement(item: unknown, source: string | undefined): Requirement {
    if (!isMap(item)) throw this.error(item as Node, 'each requirement must be a mapping with at least `kind` and `params`');
    const kindNode = item.get('kind', true);
    const kind = this.value(kindNode);
    if (typeof kind !== 'string' || !isKind(kind)) {
      throw this.error(kindNode ?? item, `unknown requirement kind ${JSON.stringify(kind)} (kinds: ${KIND_NAMES.join(', ')})`);
    }
    const params = this.params(kind, item.get('params', true), item);
    const classNode = item.get('class', true);
    const cls = this.value(classNode) ?? defaultClass(kind, params);
    if (typeof cls !== 'string' || !(CLASSES as readonly string[]).includes(cls)) throw this.error(classNode, `unknown class ${JSON.stringify(cls)} (see TAXONOMY.md)`);
    const line = this.value(item.get('line', true)) ?? 0;
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 0) throw this.error(item.get('line', true), '`line` must be a line number');
    const confidence = this.value(item.get('confidence', true)) ?? 1;
    if (typeof confidence !== 'number' || confidence < 0 || confidence > 1) throw this.error(item.get('confidence', true), '`confidence` must be a number from 0 to 1');
    const sentence = this.value(item.get('sentence', true)) ?? `${kind} ${JSON.stringify(params)}`;
    if (typeof sentence !== 'string') throw this.error(item.get('sentence', true), '`sentence` must be a string');
    const r = { kind, params, class: cls as FailureClass, sentence, line, confidence } as Requirement;
    const also = item.get('also-at', true);
    if (also !== undefined) {
      if (!isSeq(also) || !also.items.every((x) => Number.isInteger(this.value(x)))) throw this.error(also as Node, '`also-at` must be a list of line numbers');
      r.alsoAt = also.items.map((x) => this.value(x) as number);
    }
    if (source) r.source = source;
    return r;
  }
}

/** The class of a failure when the spec gives none: the service's, or cost for fewer NAT gateways. */
function defaultClass(kind: RequirementKind, params: Record<string, unknown>): FailureClass {
  if (kind === 'required-service' && typeof params.service === 'string') return serviceById(params.service)?.class ?? KINDS[kind].class;
  if (kind === 'nat-gateways' && params.mode !== 'per-az') return 'COST-OPTIMIZATION';
  return KINDS[kind].class;
}

/** Read a spec written by `requirementsToYaml` (or by hand). Throws RequirementsSpecError. */
export function requirementsFromYaml(text: string, path = 'requirements.yaml'): Requirement[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const reader = new Reader(path, lines);
  const problem = doc.errors[0];
  if (problem) {
    const pos = problem.linePos?.[0];
    throw new RequirementsSpecError(`${path}${pos ? `:${pos.line}:${pos.col}` : ''}: ${problem.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  const list = isSeq(root) ? root : isMap(root) ? root.get('requirements', true) : undefined;
  if (!isSeq(list)) throw reader.error(root, 'expected a `requirements:` list');
  const source = isMap(root) ? reader.value(root.get('source', true)) : undefined;
  return list.items.map((item) => reader.requirement(item, typeof source === 'string' ? source : undefined));
}
