// Runs one bundled Pulumi program under @pulumi/pulumi's mock runtime and records every resource
// registration. Usage: node --enable-source-maps child.cjs <spec.json>
// Each registration is appended to spec.outFile as one JSON line at once, so a killed run still
// leaves what it recorded; the last line is {"done": …}.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = fs.openSync(spec.outFile, 'w');
const emit = (o) => fs.writeSync(out, JSON.stringify(o) + '\n');

let finished = false;
const errors = [];
const placeholders = [];
let recorded = 0;
let calls = 0;
let phase = 'setup';
const marks = {};
const t0 = Date.now();

function finish(status, why) {
  if (finished) return;
  finished = true;
  emit({ done: true, status, why: why || null, phase, errors: errors.slice(0, 5), placeholders, recorded, calls, marks, ms: Date.now() - t0 });
  try {
    fs.closeSync(out);
  } catch {}
  process.exit(0);
}

let errorTimer;
function programError(kind, err) {
  const raw = err && err.stack ? String(err.stack) : String(err);
  let msg = raw;
  try {
    msg = mapStackText(raw);
  } catch {}
  if (errors.some((e) => e.message.split('\n')[0] === msg.split('\n')[0])) return;
  errors.push({ kind, phase, message: msg.split('\n').slice(0, 6).join('\n').slice(0, 1500) });
  // An exception inside apply() on a mock value can leave the runtime waiting forever: stop soon.
  if (!errorTimer) errorTimer = setTimeout(() => finish('error', kind), spec.errorGraceMs ?? 2000);
}
process.on('uncaughtException', (e) => programError('uncaughtException', e));
process.on('unhandledRejection', (e) => programError('unhandledRejection', e));
process.on('exit', () => {
  if (!finished) {
    finished = true;
    emit({ done: true, status: 'exited', why: `process.exit during ${phase}`, phase, errors: errors.slice(0, 5), placeholders, recorded, calls, ms: Date.now() - t0 });
  }
});
setTimeout(() => finish('timeout', `no completion within ${spec.softTimeoutMs} ms`), spec.softTimeoutMs).unref?.();
// keep the soft timeout referenced: the program may be waiting on nothing but a dead promise
setTimeout(() => {}, spec.softTimeoutMs + 1000);

const { newResourceState, invokeResult } = require('./mockvalues.cjs');
const index = JSON.parse(fs.readFileSync(spec.indexPath, 'utf8'));

process.chdir(spec.progDir);
const pulumi = require('@pulumi/pulumi');
const runtimeResource = require('@pulumi/pulumi/runtime/resource');
const pulumiConfig = require('@pulumi/pulumi/config');
const settings = require('@pulumi/pulumi/runtime/settings');

// --- where a resource was created: first stack frame in the program's own files
Error.stackTraceLimit = 60;
const progPrefix = spec.progDir.endsWith('/') ? spec.progDir : spec.progDir + '/';
// The bundle's source map (external file), read with node:module's SourceMap: frames in the bundle
// are mapped back to the program's own files; node_modules frames keep their real paths.
let sourceMap = null;
try {
  const { SourceMap } = require('node:module');
  sourceMap = new SourceMap(JSON.parse(fs.readFileSync(spec.bundle + '.map', 'utf8')));
} catch {}
function mapFrame(file, line, col) {
  if (file !== spec.bundle || !sourceMap) return { file, line, col };
  const e = sourceMap.findEntry(line - 1, col - 1);
  if (!e || !e.originalSource) return { file, line, col };
  const src = e.originalSource.replace(/^file:\/\//, '');
  return { file: path.resolve(path.dirname(spec.bundle), src), line: e.originalLine + 1, col: e.originalColumn + 1 };
}
function mapStackText(text) {
  return String(text).replace(/((?:file:\/\/)?\/[^\s():]+):(\d+):(\d+)/g, (all, f, l, c) => {
    const m = mapFrame(f.replace(/^file:\/\//, ''), Number(l), Number(c));
    return `${m.file.startsWith(progPrefix) ? m.file.slice(progPrefix.length) : m.file}:${m.line}:${m.col}`;
  });
}

function callSite() {
  const stack = String(new Error().stack || '').split('\n').slice(1);
  const viaApply = stack.some((fr) => /@pulumi\/pulumi\/output\.js/.test(fr));
  const frames = [];
  for (const fr of stack) {
    const m = /\(?((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?\s*$/.exec(fr);
    if (!m) continue;
    frames.push({ ...mapFrame(m[1].replace(/^file:\/\//, ''), Number(m[2]), Number(m[3])), ctor: /^\s*at new /.test(fr) });
  }
  // below the resource: skip this harness and @pulumi/pulumi, then the SDK class's constructor chain
  // (`new Chart` → `new CollectionComponentResource` …); a next frame still inside node_modules means
  // library code created the resource (e.g. the mixin `bucket.onObjectCreated`)
  const rest = frames.filter((f) => f.file !== __filename && !/\/node_modules\/@pulumi\/pulumi\//.test(f.file));
  let i = 0;
  while (i < rest.length && rest[i].ctor && rest[i].file.includes('/node_modules/')) i++;
  let viaLibrary = null;
  if (i > 0 && i < rest.length && rest[i].file.includes('/node_modules/')) viaLibrary = rest[i].file.replace(/^.*\/node_modules\//, '');
  for (const f of frames) {
    if (!f.file.startsWith(progPrefix) || f.file.includes('/node_modules/') || f.file === spec.bundle) continue;
    return { file: path.relative(spec.progDir, f.file), line: f.line, col: f.col, viaApply, viaLibrary };
  }
  return null;
}

const ids = new WeakMap();
let nextId = 0;
const origRegister = runtimeResource.registerResource;
runtimeResource.registerResource = function (res, parent, t, name, custom, remote, ...rest) {
  try {
    const id = nextId++;
    ids.set(res, id);
    const site = callSite();
    emit({ r: id, type: t, name, custom: !!custom, remote: !!remote, parent: parent ? ids.get(parent) ?? null : null, site, phase });
    recorded++;
  } catch (e) {
    errors.push({ kind: 'oracle', phase, message: String(e) });
  }
  return origRegister.call(this, res, parent, t, name, custom, remote, ...rest);
};
const origRead = runtimeResource.readResource;
if (typeof origRead === 'function') {
  runtimeResource.readResource = function (res, parent, t, name, ...rest) {
    try {
      emit({ read: true, type: t, name, site: callSite() });
    } catch {}
    return origRead.call(this, res, parent, t, name, ...rest);
  };
}

// --- required config: a placeholder for any key the stack config does not hold
function placeholder(key, kind) {
  const k = key.toLowerCase();
  if (kind === 'number') {
    if (/port/.test(k)) return '8080';
    if (/days|retention/.test(k)) return '7';
    if (/memory|mb/.test(k)) return '512';
    return '2';
  }
  if (kind === 'boolean') return 'true';
  if (kind === 'object') {
    if (/azs|zones/.test(k)) return JSON.stringify(['us-east-1a', 'us-east-1b']);
    if (/cidrs|ips|ranges/.test(k)) return JSON.stringify(['10.0.0.0/16']);
    if (/(s|list|array|ids|arns)$/.test(k)) return JSON.stringify(['placeholder-1', 'placeholder-2']);
    return '{}';
  }
  if (/region/.test(k)) return 'us-east-1';
  if (/(^|[^a-z])(env|environment|stage|suffix)([^a-z]|$)|environmentsuffix|envsuffix/.test(k)) return 'dev';
  if (/cidr/.test(k)) return '10.0.0.0/16';
  if (/email/.test(k)) return 'ops@example.com';
  if (/arn/.test(k)) return `arn:aws:iam::123456789012:role/placeholder`;
  if (/password|secret|token|apikey/.test(k)) return 'Placeholder-Secret-123';
  if (/domain|host/.test(k)) return 'example.com';
  if (/ami/.test(k)) return 'ami-0abcdef1234567890';
  if (/instancetype/.test(k)) return 't3.micro';
  if (/vpcid/.test(k)) return 'vpc-0123456789abcdef0';
  if (/subnet/.test(k)) return 'subnet-0123456789abcdef0';
  if (/account/.test(k)) return '123456789012';
  if (/zone|az$/.test(k)) return 'us-east-1a';
  if (/image/.test(k)) return 'nginx:latest';
  if (/port/.test(k)) return '8080';
  if (/count|size|capacity|days|memory|timeout/.test(k)) return '2';
  if (/key/.test(k)) return 'placeholder-key';
  if (/name/.test(k)) return 'placeholder-name';
  return 'placeholder';
}
const implKinds = { requireImpl: 'string', requireBooleanImpl: 'boolean', requireNumberImpl: 'number', requireObjectImpl: 'object' };
for (const [method, kind] of Object.entries(implKinds)) {
  const orig = pulumiConfig.Config.prototype[method];
  if (typeof orig !== 'function') continue;
  pulumiConfig.Config.prototype[method] = function (key, ...rest) {
    try {
      return orig.call(this, key, ...rest);
    } catch (e) {
      if (!(e && /Missing required configuration variable/.test(String(e.message)))) throw e;
      const full = this.fullKey(key);
      const value = placeholder(key, kind);
      pulumi.runtime.setConfig(full, value);
      placeholders.push({ key: full, kind, value });
      return orig.call(this, key, ...rest);
    }
  };
}

// --- mocks
const mocks = {
  newResource(args) {
    calls++;
    try {
      const state = newResourceState(index, args);
      // What a policy pack would be handed for this resource: its resolved inputs (and, here, outputs).
      if (spec.recordInputs) emit({ mock: true, type: args.type, name: args.name, inputs: args.inputs, outputs: { ...state.state, id: state.id }, provider: args.provider || null });
      return state;
    } catch (e) {
      errors.push({ kind: 'mock', phase, message: String(e && e.stack ? e.stack : e).slice(0, 500) });
      return { id: `${args.name}-id`, state: { ...args.inputs } };
    }
  },
  call(args) {
    calls++;
    try {
      return invokeResult(index, args);
    } catch (e) {
      errors.push({ kind: 'mock', phase, message: String(e && e.stack ? e.stack : e).slice(0, 500) });
      return { ...args.inputs };
    }
  },
};

function withTimeout(p, ms) {
  return Promise.race([p, new Promise((resolve) => setTimeout(() => resolve('timeout'), ms))]);
}

(async () => {
  pulumi.runtime.setAllConfig(spec.config || {});
  await pulumi.runtime.setMocks(mocks, spec.project, spec.stack, false);
  phase = 'program';
  marks.program = Date.now() - t0;
  const outputs = pulumi.runtime.runInPulumiStack(async () => {
    let m = require(spec.bundle);
    if (typeof m === 'function') m = await m();
    else if (m && m.__esModule && typeof m.default === 'function') m = await m.default();
    return m;
  });
  try {
    await withTimeout(outputs, spec.softTimeoutMs);
  } catch (e) {
    programError('stack', e);
  }
  phase = 'drain';
  marks.stack = Date.now() - t0;
  try {
    if (typeof settings.waitForRPCs === 'function') await withTimeout(settings.waitForRPCs(), 5000);
  } catch (e) {
    programError('drain', e);
  }
  marks.rpcs = Date.now() - t0;
  // let late registrations (e.g. in apply callbacks resolved on the last tick) arrive
  let last = -1;
  while (last !== recorded) {
    last = recorded;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (errors.some((e) => e.kind !== 'mock' && e.kind !== 'oracle')) {
    // an error already scheduled the stop; finish now rather than wait out the grace period
    finish('error', errors[0].kind);
  } else finish('ok');
})().catch((e) => {
  programError('harness', e);
});
