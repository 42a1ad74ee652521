// The CrossGuard policy pack: the policies are called the way the Pulumi engine calls them (a stack
// validation with every resource of the stack, properties deserialised and wrapped in the SDK's
// unknown-checking proxy, dependencies as resource objects), and report on the right resource.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluatePreview, UNKNOWN, type PreviewResource } from '../../src/policy/evaluate.js';
import { previewRules, SOURCE_ONLY, sourceOnlyReason } from '../../src/policy/catalog.js';
import { RULES } from '../../src/rules/index.js';

const require = createRequire(import.meta.url);
const root = join(__dirname, '..', '..');
const proxy = require('@pulumi/policy/proxy');
const { createPolicies } = require(join(root, 'policy-pack', 'policies.js'));

const PROJECT = 'urn:pulumi:dev::shop';
const urn = (type: string, name: string) => `${PROJECT}::${type}::${name}`;

interface EngineResource {
  type: string;
  name: string;
  urn: string;
  props: unknown;
  opts: Record<string, unknown>;
  dependencies: EngineResource[];
  propertyDependencies: Record<string, EngineResource[]>;
  parent?: EngineResource;
  provider?: { type: string; name: string; urn: string; props: unknown };
}

/** A resource as the SDK's server hands it to validateStack. */
function engine(type: string, name: string, props: Record<string, unknown>): EngineResource {
  return { type, name, urn: urn(type, name), props: proxy.unknownCheckingProxy(props), opts: {}, dependencies: [], propertyDependencies: {} };
}

/** Every violation each policy reports, as `policy: urn`. */
async function run(resources: EngineResource[], config: Record<string, unknown> = {}) {
  const policies = createPolicies(config);
  const out: { policy: string; level: string; message: string; urn?: string }[] = [];
  for (const p of policies) {
    await p.validateStack({ resources, getConfig: () => ({}) }, (message: string, u?: string) => out.push({ policy: p.name, level: p.enforcementLevel, message, urn: u }));
  }
  return out;
}

const SG = 'aws:ec2/securityGroup:SecurityGroup';
const BUCKET = 'aws:s3/bucket:Bucket';
const PAB = 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock';

const sshFromAnywhere = () => engine(SG, 'web', { description: 'web', vpcId: 'vpc-0abc1234', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'], description: 'ssh' }], egress: [] });

describe('policy pack', () => {
  test('SSH open to the internet is a mandatory violation on the security group', async () => {
    const sg = sshFromAnywhere();
    const hits = (await run([sg])).filter((v) => v.policy === 'stacklint-security-sg-open-ingress');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ level: 'mandatory', urn: sg.urn });
    expect(hits[0]!.message).toMatch(/22/);
  });

  test('a value unknown at preview is never a violation', async () => {
    const sg = engine(SG, 'web', { description: 'web', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: [proxy.unknownStringValue], description: 'ssh' }], egress: [] });
    const bucket = engine(BUCKET, 'logs', { acl: proxy.unknownStringValue, forceDestroy: true });
    const all = await run([sg, bucket]);
    expect(all.filter((v) => v.policy === 'stacklint-security-sg-open-ingress')).toEqual([]);
    // The SDK's placeholder for an unknown string is not a value the program wrote.
    expect(all.filter((v) => v.message.includes(proxy.unknownStringValue) || /invalid-enum|acl/.test(v.policy))).toEqual([]);
  });

  test('a public access block bound to the bucket through property dependencies counts', async () => {
    const bucket = engine(BUCKET, 'assets', { forceDestroy: true });
    const pab = engine(PAB, 'assets-pab', { bucket: proxy.unknownStringValue, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
    pab.propertyDependencies = { bucket: [bucket] };
    pab.dependencies = [bucket];
    const missing = (rs: EngineResource[]) => run(rs).then((vs) => vs.filter((v) => v.policy === 'stacklint-security-s3-public-access-block-missing'));
    expect(await missing([bucket, pab])).toEqual([]);
    expect((await missing([engine(BUCKET, 'assets', { forceDestroy: true })])).map((v) => v.urn)).toEqual([urn(BUCKET, 'assets')]);
  });

  test('a value computed from another resource does not say which of its attributes it is', async () => {
    const REPLICATION = 'aws:s3/bucketReplicationConfig:BucketReplicationConfig';
    const source = engine(BUCKET, 'source', { forceDestroy: true });
    const target = engine(BUCKET, 'target', { forceDestroy: true });
    const rules = [{ id: 'all', status: 'Enabled', priority: 1, filter: {}, deleteMarkerReplication: { status: 'Enabled' }, destination: { bucket: proxy.unknownStringValue } }];
    const config = engine(REPLICATION, 'replication', { bucket: proxy.unknownStringValue, role: 'arn:aws:iam::123456789012:role/replication', rules });
    config.propertyDependencies = { bucket: [source], rules: [target] };
    config.dependencies = [source, target];
    const hits = (await run([source, target, config])).filter((v) => v.policy === 'stacklint-aws-s3-replication-rule-invalid');
    expect(hits).toEqual([]);
  });

  test('configuration turns rules off and sets what is mandatory', async () => {
    const sg = sshFromAnywhere();
    expect((await run([sg], { rules: { 'security/sg-open-ingress': 'off' } })).filter((v) => v.policy === 'stacklint-security-sg-open-ingress')).toEqual([]);
    const policies = createPolicies({ severityThreshold: 'critical', rules: { 'security/sg-open-ingress': 'medium' } });
    const p = policies.find((x: { name: string }) => x.name === 'stacklint-security-sg-open-ingress');
    expect(p).toMatchObject({ enforcementLevel: 'advisory', severity: 'medium' });
  });

  test('Pulumi’s default providers are not the program’s resources; findings keep their resource', async () => {
    const provider = engine('pulumi:providers:aws', 'default_6_0_0', { region: 'us-east-1' });
    const sg = sshFromAnywhere();
    const hits = (await run([provider, sg])).filter((v) => v.policy === 'stacklint-security-sg-open-ingress');
    expect(hits.map((v) => v.urn)).toEqual([sg.urn]);
  });
});

describe('preview evaluation', () => {
  test('a secret value is judged by what it holds', () => {
    const secret = { '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', value: 'hunter2-Password!' };
    const r: PreviewResource = { urn: urn('aws:rds/instance:Instance', 'db'), type: 'aws:rds/instance:Instance', name: 'db', props: { engine: 'postgres', instanceClass: 'db.t3.micro', allocatedStorage: 20, username: 'app', password: secret, storageEncrypted: true } };
    expect(evaluatePreview([r]).map((f) => f.ruleId)).toContain('security/hardcoded-secret');
    const unknown: PreviewResource = { ...r, props: { ...r.props, password: UNKNOWN } };
    expect(evaluatePreview([unknown]).map((f) => f.ruleId)).not.toContain('security/hardcoded-secret');
  });
});

describe('preview evaluation of names', () => {
  test('an alarm whose own name comes back among its outputs is not a copy of itself', () => {
    const ALARM = 'aws:cloudwatch/metricAlarm:MetricAlarm';
    const props = { name: 'cpu-high', namespace: 'AWS/EC2', metricName: 'CPUUtilization', comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, period: 300, statistic: 'Average', threshold: 80, alarmActions: [] };
    const r: PreviewResource = { urn: urn(ALARM, 'cpu'), type: ALARM, name: 'cpu', props, outputs: { ...props, arn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:cpu-high' } };
    expect(evaluatePreview([r]).map((f) => f.ruleId)).not.toContain('aws/cloudwatch-name-collision');
  });
});

describe('catalogue', () => {
  test('every rule it names exists, and each source-only rule has a reason', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const g of SOURCE_ONLY) for (const id of g.ids) if (!id.endsWith('/')) expect(ids.has(id), id).toBe(true);
    expect(previewRules(RULES).every((r) => sourceOnlyReason(r.id) === undefined)).toBe(true);
    expect(previewRules(RULES).length).toBeGreaterThan(RULES.length / 2);
  });

  test('the pack lists exactly the rules that run at preview (npm run gen)', () => {
    const pack = JSON.parse(readFileSync(join(root, 'policy-pack', 'rules.json'), 'utf8')) as { id: string }[];
    expect(pack.map((r) => r.id)).toEqual(previewRules(RULES).map((r) => r.id));
  });
});
