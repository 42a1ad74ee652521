// `--dump model`: the resource model as plain JSON. Field names `resources[].type/name/args/options/
// file/line` are a contract other tools read.

import { locate } from '../core/locate.js';
import type { Value } from '../ir/values.js';
import { describe } from '../ir/values.js';
import { extLabel } from './host.js';
import type { ResourceModel } from './types.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function valueToJson(v: Value, model: ResourceModel, depth = 0): Json {
  if (depth > 16) return { $truncated: true };
  switch (v.kind) {
    case 'known':
      return v.value;
    case 'absent':
      return null;
    case 'unknown': {
      if (v.alts) return { $oneOf: v.alts.map((a) => valueToJson(a, model, depth + 1)) };
      const o: { [k: string]: Json } = { $unknown: v.why };
      if (v.default) o.default = valueToJson(v.default, model, depth + 1);
      return o;
    }
    case 'str':
      return { $template: templateText(v.parts, model) };
    case 'list': {
      const items = v.items.map((x) => valueToJson(x, model, depth + 1));
      if (v.open) items.push({ $more: true });
      return items;
    }
    case 'obj': {
      if (v.cls) return { $instance: v.cls.name };
      if (v.props.has('__regex_source')) return { $regex: valueToJson(v.props.get('__regex_source')!, model) };
      const o: { [k: string]: Json } = {};
      for (const [k, x] of v.props) if (x.kind !== 'absent') o[k] = valueToJson(x, model, depth + 1);
      if (v.open) o.$open = true;
      return o;
    }
    case 'output': {
      const o: { [k: string]: Json } = { $output: v.src };
      if (v.inner.kind === 'known' || v.inner.kind === 'list' || v.inner.kind === 'obj') o.value = valueToJson(v.inner, model, depth + 1);
      if (v.inner.kind === 'unknown' && v.inner.default) o.default = valueToJson(v.inner.default, model, depth + 1);
      return o;
    }
    case 'ext':
      return { $ref: extLabel(v, model.resources) };
    case 'func':
      return { $function: v.name ?? v.node.name ?? 'anonymous' };
    case 'class':
      return { $class: v.name };
    case 'builtin':
      return { $builtin: v.name };
    case 'module':
      return { $module: v.path };
    case 'super':
      return { $super: true };
  }
}

function templateText(parts: Value[], model: ResourceModel): string {
  return parts
    .map((p) => {
      if (p.kind === 'known') return String(p.value);
      if (p.kind === 'unknown') return `\${${p.why}${p.default && p.default.kind === 'known' ? `|${String(p.default.value)}` : ''}}`;
      if (p.kind === 'output') return `\${output:${p.src}}`;
      if (p.kind === 'ext') return `\${${extLabel(p, model.resources)}}`;
      return `\${${describe(p)}}`;
    })
    .join('');
}

function nameOf(v: Value): string | null {
  return v.kind === 'known' && typeof v.value === 'string' ? v.value : null;
}

export function dumpModel(model: ResourceModel): Json {
  const where = (at: { f: string; s: number; e: number }) => {
    const loc = locate(model.input, at);
    return { file: loc?.virtualPath ?? at.f, host: loc?.file ?? null, line: loc?.line ?? null };
  };
  const resources = model.resources.map((r) => {
    const w = where(r.at);
    const o: { [k: string]: Json } = {
      id: r.id,
      type: r.type,
      typePath: r.typePath,
      name: nameOf(r.name),
      args: valueToJson(r.args, model),
      options: valueToJson(r.opts, model),
      file: w.file,
      line: w.line,
      lang: r.lang,
      reached: r.reached,
    };
    if (nameOf(r.name) === null) o.nameValue = valueToJson(r.name, model);
    if (r.component !== undefined) o.component = r.component;
    if (r.parent !== undefined) o.parent = r.parent;
    if (r.provider !== undefined) o.provider = r.provider;
    if (r.dependsOn) o.dependsOn = r.dependsOn;
    if (r.inLoop) o.inLoop = true;
    if (r.conditional) o.conditional = true;
    if (r.inApply) o.inApply = true;
    if (r.isProvider) o.isProvider = true;
    return o;
  });
  const components = model.components.map((c) => {
    const w = where(c.at);
    const o: { [k: string]: Json } = {
      id: c.id,
      type: valueToJson(c.type, model),
      className: c.className,
      name: nameOf(c.name),
      file: w.file,
      line: w.line,
      registerOutputs: !!c.registerOutputs,
      reached: c.reached,
    };
    if (nameOf(c.name) === null) o.nameValue = valueToJson(c.name, model);
    if (c.component !== undefined) o.component = c.component;
    if (c.parent !== undefined) o.parent = c.parent;
    if (c.dependsOn) o.dependsOn = c.dependsOn;
    return o;
  });
  return {
    root: model.input.root,
    kind: model.input.kind,
    entry: model.entry ?? null,
    languages: model.languages,
    files: model.input.files.map((f) => ({ path: f.path, language: f.language, role: f.role, snippet: f.snippet })),
    project: model.project ? { name: model.project.name ?? null, runtime: model.project.runtime ?? null, main: model.project.main ?? null } : null,
    resources,
    components,
    providers: model.resources.filter((r) => r.isProvider).map((r) => r.id),
    exports: model.exports.map((e) => ({ name: e.name, value: valueToJson(e.value, model), via: e.via, ...where(e.at) })),
    configReads: model.configReads.map((c) => ({ key: c.key, method: c.method, secret: c.secret, required: c.required, ...where(c.at) })),
    envReads: model.envReads.map((e) => ({ name: e.name, ...where(e.at) })),
    assets: model.assets.map((a) => ({ kind: a.kind, path: a.path ? valueToJson(a.path, model) : null, ...where(a.at) })),
    imports: model.imports.map((i) => ({ module: i.module, ...where(i.at) })),
    unused: model.unused.map((u) => ({ name: u.name, kind: u.kind, resource: u.resource ?? null, ...where(u.at) })),
    events: model.events.map((e) => ({ kind: e.kind, detail: e.detail ?? null, source: e.source ?? null, ...where(e.at) })),
    stats: { steps: model.stats.steps, budgetExhausted: model.stats.budgetExhausted },
  };
}
