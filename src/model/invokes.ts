// Results of provider functions (data sources). They are unknown at analysis time, except where the
// structure of the result matters to rules: `getPolicyDocument` keeps its statements as a JSON
// document so that IAM rules can read them.

import type { Lang } from '../core/ir.js';
import { camelToSnake } from './packages.js';
import {
  type At,
  knownString,
  list,
  obj,
  type ObjV,
  unknown,
  type Value,
  known,
} from '../ir/values.js';

function field(o: Value, name: string): Value | undefined {
  return o.kind === 'obj' ? o.props.get(name) : undefined;
}

/** Terraform-style `statements` of getPolicyDocument → an IAM policy JSON structure. */
export function policyDocumentFromStatements(args: ObjV, at: At): Value {
  const stmts = field(args, 'statements');
  const out: Value[] = [];
  let open = !!args.open;
  if (stmts?.kind === 'list') {
    if (stmts.open) open = true;
    for (const s of stmts.items) {
      if (s.kind !== 'obj') {
        open = true;
        continue;
      }
      const st = obj(undefined, s.at);
      const sid = field(s, 'sid');
      if (sid) st.props.set('Sid', sid);
      st.props.set('Effect', field(s, 'effect') ?? known('Allow'));
      const map: [string, string][] = [
        ['actions', 'Action'],
        ['notActions', 'NotAction'],
        ['resources', 'Resource'],
        ['notResources', 'NotResource'],
      ];
      for (const [from, to] of map) {
        const v = field(s, from);
        if (v) st.props.set(to, v);
      }
      for (const [from, to] of [
        ['principals', 'Principal'],
        ['notPrincipals', 'NotPrincipal'],
      ] as const) {
        const ps = field(s, from);
        if (ps?.kind === 'list') {
          const p = obj();
          for (const it of ps.items) {
            const type = knownString(field(it, 'type'));
            const ids = field(it, 'identifiers');
            if (type && ids) p.props.set(type, ids);
            else p.open = true;
          }
          st.props.set(to, p);
        } else if (ps) st.props.set(to, unknown('principals', at));
      }
      const conds = field(s, 'conditions');
      if (conds?.kind === 'list') {
        const c = obj();
        for (const it of conds.items) {
          const test = knownString(field(it, 'test'));
          const variable = knownString(field(it, 'variable'));
          const values = field(it, 'values');
          if (!test || !variable || !values) {
            c.open = true;
            continue;
          }
          const t = (c.props.get(test) as ObjV | undefined) ?? obj();
          t.props.set(variable, values);
          c.props.set(test, t);
        }
        st.props.set('Condition', c);
      }
      out.push(st);
    }
  } else if (stmts) {
    open = true;
  }
  const statements = list(out, at);
  if (open) statements.open = true;
  return obj(new Map<string, Value>([
    ['Version', known('2012-10-17')],
    ['Statement', statements],
  ]), at);
}

/** The (unknown, partly structured) result of a data source call. */
export function invokeResult(fnName: string, args: ObjV, at: At, lang: Lang): Value {
  const u = (attr: string) => unknown(`invoke:${fnName}.${attr}`, at);
  const result = obj(undefined, at);
  result.open = true;
  result.origin = `invoke:${fnName}`;
  switch (fnName) {
    case 'getCallerIdentity':
      for (const a of ['accountId', 'arn', 'userId', 'id']) result.props.set(a, u(a));
      break;
    case 'getRegion':
      for (const a of ['name', 'region', 'id', 'description', 'endpoint']) result.props.set(a, u(a));
      break;
    case 'getSecurityGroup':
      // Its id keeps the call's span, so rules can tell which lookup (by name, by filters) a group comes from.
      result.props.set('id', u('id'));
      break;
    case 'getPartition':
      result.props.set('partition', u('partition'));
      result.props.set('dnsSuffix', u('dnsSuffix'));
      break;
    case 'getAvailabilityZones': {
      const names = unknown(`invoke:${fnName}.names`, at);
      result.props.set('names', names);
      result.props.set('zoneIds', u('zoneIds'));
      break;
    }
    case 'getPolicyDocument': {
      const doc = policyDocumentFromStatements(args, at);
      // `.json` is a string whose structure stays inspectable, like JSON.stringify's result.
      const json = { ...unknown(`invoke:${fnName}.json`, at) };
      result.props.set('json', { kind: 'str', parts: [json], json: doc, at });
      break;
    }
    default:
      break;
  }
  if (lang === 'py') {
    // Python result objects expose snake_case attributes.
    const snake = obj(undefined, at);
    snake.open = true;
    snake.origin = result.origin;
    for (const [k, v] of result.props) snake.props.set(camelToSnake(k), v);
    return snake;
  }
  return result;
}
