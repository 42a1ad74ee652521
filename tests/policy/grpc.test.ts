// The pack as the Pulumi CLI runs it: `node policy-pack/index.js` serves the analyzer over gRPC and
// prints its port; this test plays the engine and sends AnalyzeStack with a stack's resources (with
// an unknown value and property dependencies, the way a first preview sends them).

import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const grpc = require('@grpc/grpc-js');
const pb = require('@pulumi/pulumi/proto/analyzer_pb');
const rpc = require('@pulumi/pulumi/proto/analyzer_grpc_pb');
const { Struct } = require('google-protobuf/google/protobuf/struct_pb');
const { unknownStringValue } = require('@pulumi/policy/proxy');

const root = join(__dirname, '..', '..');
let child: ChildProcess;
let client: any;

beforeAll(async () => {
  child = spawn(process.execPath, [join(root, 'policy-pack', 'index.js')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /^(\d+)\s/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => reject(new Error(`policy pack exited (${code}): ${err}`)));
  });
  client = new rpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
}, 60_000);

afterAll(() => {
  client?.close();
  child?.kill();
});

const call = <T>(method: string, req: unknown): Promise<T> => new Promise((resolve, reject) => client[method](req, (e: Error | null, r: T) => (e ? reject(e) : resolve(r))));

function resource(type: string, name: string, props: Record<string, unknown>, deps: Record<string, string[]> = {}) {
  const r = new pb.AnalyzerResource();
  const urn = `urn:pulumi:dev::shop::${type}::${name}`;
  r.setType(type);
  r.setName(name);
  r.setUrn(urn);
  r.setProperties(Struct.fromJavaScript(props));
  r.setOptions(new pb.AnalyzerResourceOptions());
  const all = new Set<string>();
  for (const [k, urns] of Object.entries(deps)) {
    const d = new pb.AnalyzerPropertyDependencies();
    d.setUrnsList(urns);
    r.getPropertydependenciesMap().set(k, d);
    for (const u of urns) all.add(u);
  }
  r.setDependenciesList([...all]);
  return { r, urn };
}

test('the engine gets the pack’s policies and the stack’s violations, on their resources', async () => {
  const info: any = await call('getAnalyzerInfo', new (require('google-protobuf/google/protobuf/empty_pb').Empty)());
  expect(info.getName()).toBe('stacklint');
  const names = info.getPoliciesList().map((p: any) => p.getName());
  expect(names).toContain('stacklint-security-sg-open-ingress');
  expect(names).not.toContain('stacklint-code-syntax-error');

  const sg = resource('aws:ec2/securityGroup:SecurityGroup', 'web', { description: 'web', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'], description: 'ssh' }], egress: [] });
  const bucket = resource('aws:s3/bucket:Bucket', 'assets', { forceDestroy: true });
  const pab = resource('aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock', 'assets-pab', { bucket: unknownStringValue, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }, { bucket: [bucket.urn] });
  const lonely = resource('aws:s3/bucket:Bucket', 'uploads', { forceDestroy: true });
  const req = new pb.AnalyzeStackRequest();
  req.setResourcesList([sg.r, bucket.r, pab.r, lonely.r]);
  const res: any = await call('analyzeStack', req);
  const ds = res.getDiagnosticsList().map((d: any) => ({ policy: d.getPolicyname(), urn: d.getUrn(), level: d.getEnforcementlevel(), message: d.getMessage() }));

  const open = ds.filter((d: any) => d.policy === 'stacklint-security-sg-open-ingress');
  expect(open.map((d: any) => d.urn)).toEqual([sg.urn]);
  expect(open[0].level).toBe(pb.EnforcementLevel.MANDATORY);
  // The bucket whose public access block came through a property dependency is fine; the other is not.
  const pabMissing = ds.filter((d: any) => d.policy === 'stacklint-security-s3-public-access-block-missing').map((d: any) => d.urn);
  expect(pabMissing).toEqual([lonely.urn]);
  // No policy was skipped for reading an unknown value.
  expect(ds.filter((d: any) => /can't run/.test(d.message))).toEqual([]);
}, 60_000);
