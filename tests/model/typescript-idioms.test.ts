import { describe, expect, test } from 'vitest';
import { dumpOf, ofType } from '../helpers/program.js';

const HEAD = `import * as pulumi from '@pulumi/pulumi';\nimport * as aws from '@pulumi/aws';\n`;

async function ts(code: string, extra: Record<string, string> = {}) {
  return dumpOf({ 'index.ts': HEAD + code, ...extra }, 'index.ts');
}

describe('TypeScript: values and strings', () => {
  test('literals, template literals, concatenation, join', async () => {
    const d = await ts(`
const prefix = 'app';
const parts = ['a', 'b', 'c'];
new aws.s3.BucketV2('b1', { bucket: \`\${prefix}-logs-\${1 + 2}\` });
new aws.s3.BucketV2('b2', { bucket: prefix + '-' + parts.join('') });
new aws.s3.BucketV2('b3', { bucket: [prefix, 'x'].join('-').toUpperCase().toLowerCase() });
`);
    expect(ofType(d, 'aws.s3.BucketV2').map((r: any) => r.args.bucket)).toEqual(['app-logs-3', 'app-abc', 'app-x']);
  });

  test('split keeps at most `limit` items', async () => {
    const d = await ts(`
new aws.s3.BucketV2('b1', { bucket: 'a.b.c'.split('.', 2).join('-') });
new aws.s3.BucketV2('b2', { bucket: '10.0.0.0/16'.split('/')[0].split('.').slice(0, 3).join('.') });
`);
    expect(ofType(d, 'aws.s3.BucketV2').map((r: any) => r.args.bucket)).toEqual(['a-b', '10.0.0']);
  });

  test('startsWith/endsWith decide on the known end of a partly-known string', async () => {
    const d = await ts(`
const stack = pulumi.getStack();
const n = \`app-\${stack}-logs\`;
new aws.s3.BucketV2('b1', { bucket: n.startsWith('alias/') ? 'yes' : 'no' });
new aws.s3.BucketV2('b2', { bucket: n.startsWith('app-') ? 'yes' : 'no' });
new aws.s3.BucketV2('b3', { bucket: n.endsWith('-logs') ? 'yes' : 'no' });
new aws.s3.BucketV2('b4', { bucket: n.endsWith('.log') ? 'yes' : 'no' });
new aws.s3.BucketV2('b5', { bucket: n.startsWith('app-prod') ? 'yes' : 'no' });
new aws.s3.BucketV2('b6', { bucket: \`a\${stack}\`.startsWith('ab') ? 'yes' : 'no' });
`);
    // b5 and b6: the unknown part may complete the prefix, so both branches stay possible.
    expect(ofType(d, 'aws.s3.BucketV2').map((r: any) => (typeof r.args.bucket === 'string' ? r.args.bucket : 'either'))).toEqual(['no', 'yes', 'yes', 'no', 'either', 'either']);
  });

  test('objects, arrays, spread, member and index access', async () => {
    const d = await ts(`
const base = { Project: 'p', Owner: 'o' };
const tags = { ...base, Name: 'n' };
const cidrs = ['10.0.0.0/24', '10.0.1.0/24'];
const cfg = { db: { port: 5432 } };
new aws.ec2.Subnet('s', { vpcId: 'v', cidrBlock: cidrs[1], tags: { ...tags, Port: String(cfg.db.port), Key: cfg['db']['port'] } });
`);
    const [s] = ofType(d, 'aws:ec2/subnet:Subnet');
    expect(s.args.cidrBlock).toBe('10.0.1.0/24');
    expect(s.args.tags).toEqual({ Project: 'p', Owner: 'o', Name: 'n', Port: '5432', Key: 5432 });
  });

  test('local functions and arrow functions called with arguments', async () => {
    const d = await ts(`
function nameOf(kind: string, n: number) { return \`\${kind}-\${n}\`; }
const mk = (n: string, size = 20) => new aws.ec2.Volume(n, { availabilityZone: 'us-east-1a', size });
mk(nameOf('vol', 1));
mk('v2', 50);
`);
    const vols = ofType(d, 'aws.ec2.Volume');
    expect(vols.map((v: any) => [v.name, v.args.size])).toEqual([
      ['vol-1', 20],
      ['v2', 50],
    ]);
  });
});

describe('TypeScript: SDK enum values', () => {
  test('Runtime members and the deprecated runtime constants', async () => {
    const d = await ts(`
new aws.lambda.Function('a', { runtime: aws.lambda.Runtime.NodeJS18dX, role: 'r' });
new aws.lambda.Function('b', { runtime: aws.lambda.Go1dxRuntime, role: 'r' });
new aws.lambda.Function('c', { runtime: aws.lambda.Python3d8Runtime, role: 'r' });
`);
    expect(ofType(d, 'aws.lambda.Function').map((r: any) => r.args.runtime)).toEqual(['nodejs18.x', 'go1.x', 'python3.8']);
  });
});

describe('TypeScript: classes and components', () => {
  test('ComponentResource subclass: args flow to children, children know their component', async () => {
    const d = await ts(`
interface Args { environmentSuffix: string; tags?: Record<string, string> }
class Storage extends pulumi.ComponentResource {
  public readonly bucket: aws.s3.BucketV2;
  constructor(name: string, args: Args, opts?: pulumi.ComponentResourceOptions) {
    super('tap:storage:Storage', name, {}, opts);
    this.bucket = new aws.s3.BucketV2(\`\${name}-bucket\`, { bucket: \`data-\${args.environmentSuffix}\`, tags: args.tags }, { parent: this });
    new aws.s3.BucketVersioningV2(\`\${name}-ver\`, { bucket: this.bucket.id, versioningConfiguration: { status: 'Enabled' } });
    this.registerOutputs({ bucketName: this.bucket.bucket });
  }
}
const s = new Storage('store', { environmentSuffix: 'qa', tags: { Team: 't' } });
export const bucket = s.bucket.bucket;
`);
    expect(d.components).toHaveLength(1);
    const comp = d.components[0];
    expect(comp).toMatchObject({ type: 'tap:storage:Storage', className: 'Storage', name: 'store', registerOutputs: true });
    const [bucket] = ofType(d, 'aws.s3.BucketV2');
    expect(bucket).toMatchObject({ name: 'store-bucket', args: { bucket: 'data-qa', tags: { Team: 't' } }, component: comp.id, parent: comp.id });
    const [ver] = ofType(d, 'aws.s3.BucketVersioningV2');
    expect(ver.component).toBe(comp.id);
    expect(ver.parent).toBeUndefined();
    expect(d.exports.map((e: any) => e.name)).toEqual(['bucket']);
    expect(d.exports[0].value).toEqual({ $output: 'aws.s3.BucketV2("store-bucket").bucket', value: 'data-qa' });
  });

  test('methods, this, fields, parameter properties, inheritance between program classes', async () => {
    const d = await ts(`
class Base {
  protected region = 'us-east-1';
  constructor(protected readonly prefix: string) {}
  protected name(x: string) { return \`\${this.prefix}-\${x}\`; }
}
class Net extends Base {
  vpc: aws.ec2.Vpc;
  constructor(prefix: string) {
    super(prefix);
    this.vpc = this.makeVpc();
  }
  private makeVpc() { return new aws.ec2.Vpc(this.name('vpc'), { cidrBlock: '10.0.0.0/16', tags: { Region: this.region } }); }
}
new Net('prod');
`);
    const [vpc] = ofType(d, 'aws.ec2.Vpc');
    expect(vpc.name).toBe('prod-vpc');
    expect(vpc.args.tags).toEqual({ Region: 'us-east-1' });
  });
});

describe('TypeScript: modules', () => {
  test('relative imports between program files, named/default/namespace, re-exports', async () => {
    const d = await dumpOf(
      {
        'bin/tap.ts': `import * as pulumi from '@pulumi/pulumi';
import { TapStack } from '../lib/tap-stack';
import naming from '../lib/naming';
const stack = new TapStack(naming('tap'), { environmentSuffix: process.env.ENVIRONMENT_SUFFIX || 'dev' });
export const vpcId = stack.vpcId;`,
        'lib/tap-stack.ts': `import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import * as util from './util';
export * from './util';
export class TapStack extends pulumi.ComponentResource {
  public readonly vpcId: pulumi.Output<string>;
  constructor(name: string, args: { environmentSuffix: string }, opts?: pulumi.ResourceOptions) {
    super('tap:stack:TapStack', name, args, opts);
    const vpc = new aws.ec2.Vpc(util.suffixed('vpc', args.environmentSuffix), { cidrBlock: util.CIDR }, { parent: this });
    this.vpcId = vpc.id;
    this.registerOutputs({ vpcId: this.vpcId });
  }
}`,
        'lib/util.ts': `export const CIDR = '10.1.0.0/16';
export function suffixed(n: string, s: string) { return \`\${n}-\${s}\`; }`,
        'lib/naming.ts': `export default function naming(x: string) { return x.toUpperCase(); }`,
      },
      'bin/tap.ts',
    );
    const [vpc] = ofType(d, 'aws.ec2.Vpc');
    expect(vpc.args.cidrBlock).toBe('10.1.0.0/16');
    expect(vpc.nameValue).toEqual({ $template: 'vpc-${env:ENVIRONMENT_SUFFIX|dev}' });
    expect(d.components[0].name).toBe('TAP');
    expect(vpc.reached).toBe(true);
    expect(d.envReads.map((e: any) => e.name)).toEqual(['ENVIRONMENT_SUFFIX']);
    expect(d.exports.map((e: any) => e.name)).toEqual(['vpcId']);
  });

  test('aliased imports: named members of @pulumi/aws and deep module imports', async () => {
    const d = await dumpOf({
      'index.ts': `import { s3, iam } from '@pulumi/aws';
import * as ec2 from '@pulumi/aws/ec2';
import * as awsx from '@pulumi/awsx';
import * as random from '@pulumi/random';
new s3.BucketV2('a');
new iam.Role('r', { assumeRolePolicy: '{}' });
new ec2.SecurityGroup('sg', { vpcId: 'v' });
new awsx.ec2.Vpc('vpc', { numberOfAvailabilityZones: 3 });
const pw = new random.RandomPassword('pw', { length: 16 });`,
    });
    expect(d.resources.map((r: any) => r.type)).toEqual([
      'aws:s3/bucketV2:BucketV2',
      'aws:iam/role:Role',
      'aws:ec2/securityGroup:SecurityGroup',
      'awsx:ec2:Vpc',
      'random:index/randomPassword:RandomPassword',
    ]);
  });
});

describe('TypeScript: an entry point that exports a function', () => {
  test('export = async () => {...} runs as reached code and its returned object gives the stack outputs', async () => {
    const d = await dumpOf({ 'index.ts': HEAD + `
export = async () => {
  const id = await aws.getCallerIdentity();
  const b = new aws.s3.BucketV2('data', { bucket: \`data-\${id.accountId}\` });
  return { bucketName: b.bucket };
};
` }, 'index.ts');
    const [b] = ofType(d, 'aws.s3.BucketV2');
    expect(b.reached).toBe(true);
    expect(d.exports.map((e: any) => [e.name, e.via])).toEqual([['bucketName', 'ts-export']]);
  });

  test('module.exports = async () => {...} in JavaScript; export default of a CommonJS program is not called (Pulumi calls only a module that is itself a function, or the only default export of an ES module)', async () => {
    const js = await dumpOf({ 'index.js': `const aws = require('@pulumi/aws');
module.exports = async () => {
  new aws.sqs.Queue('q', {});
};
` }, 'index.js');
    expect(ofType(js, 'aws.sqs.Queue')[0].reached).toBe(true);
    const dflt = await dumpOf({ 'index.ts': HEAD + `
export default async () => {
  new aws.sqs.Queue('q', {});
};
` }, 'index.ts');
    expect(ofType(dflt, 'aws.sqs.Queue')[0].reached).toBe(false);
  });
});

describe('TypeScript: program enums', () => {
  test('string and numeric enum members read as their values', async () => {
    const d = await ts(`
enum Tier { Small = 't3.micro', Large = 'm5.large' }
enum Size { Gb = 20 }
new aws.ec2.Instance('i', { ami: 'ami-1', instanceType: Tier.Small, rootBlockDevice: { volumeSize: Size.Gb } });
`);
    expect(ofType(d, 'aws.ec2.Instance')[0].args).toMatchObject({ instanceType: 't3.micro', rootBlockDevice: { volumeSize: 20 } });
  });
});

describe('TypeScript: Map', () => {
  test('entries set in a loop or given to the constructor are read back by get, has, size, forEach, for-of and values', async () => {
    const d = await ts(`
class Regions extends pulumi.ComponentResource {
  private readonly providers: Map<string, aws.Provider> = new Map();
  constructor(name: string) {
    super('x:Regions', name);
    for (const r of ['us-east-1', 'eu-west-1']) this.providers.set(r, new aws.Provider(\`p-\${r}\`, { region: r }, { parent: this }));
    this.bucket('eu-west-1');
  }
  private bucket(region: string) {
    new aws.s3.BucketV2('b', { bucket: 'logs' }, { provider: this.providers.get(region), parent: this });
  }
}
new Regions('r');
const sizes = new Map(Object.entries({ small: 't3.micro' }));
const names = new Map<string, string>([['api', 'orders-api']]);
names.forEach((v, k) => new aws.sqs.Queue(\`q-\${k}\`, { name: v }));
for (const [k, v] of names) new aws.sns.Topic(\`t-\${k}\`, { name: \`\${v}-\${names.size}-\${names.has('api')}\` });
new aws.ec2.Instance('i', { ami: 'ami-1', instanceType: sizes.get('small') ?? 'bad' });
new aws.sqs.Queue('q2', { name: [...names.values()][0] });
`);
    const [eu] = ofType(d, 'pulumi:providers:aws').filter((p: any) => p.name === 'p-eu-west-1');
    expect(ofType(d, 'aws.s3.BucketV2')[0].options.provider).toEqual({ $ref: 'pulumi:providers:aws::"p-eu-west-1"' });
    expect(eu).toBeDefined();
    expect(ofType(d, 'aws.sqs.Queue').map((r: any) => [r.name, r.args.name])).toEqual([['q-api', 'orders-api'], ['q2', 'orders-api']]);
    expect(ofType(d, 'aws.sns.Topic').map((r: any) => r.args.name)).toEqual(['orders-api-1-true']);
    expect(ofType(d, 'aws.ec2.Instance')[0].args.instanceType).toBe('t3.micro');
  });

  test('an unknown key, a Map filled from unknown data and a deleted unknown key stay unknown', async () => {
    const d = await ts(`
const cfg = new pulumi.Config();
const m = new Map<string, string>([['a', 'x']]);
new aws.sqs.Queue('q1', { name: m.get(cfg.require('k')) });
const open = new Map<string, string>(cfg.requireObject<[string, string][]>('pairs'));
new aws.sqs.Queue('q2', { name: open.get('a') });
m.delete(cfg.require('gone'));
new aws.sqs.Queue('q3', { name: m.get('b') });
new aws.sqs.Queue('q4', { name: \`n-\${m.size}\` });
`);
    const qs = ofType(d, 'aws.sqs.Queue').map((r: any) => r.args.name);
    expect(qs[0]).toMatchObject({ $unknown: 'map-get' });
    expect(qs[1]).toMatchObject({ $unknown: 'map:a' });
    expect(qs[2]).toMatchObject({ $unknown: 'map:b' });
    expect(qs[3]).toEqual({ $template: 'n-${size}' });
  });
});

describe('TypeScript: loops and branches', () => {
  test('for-of, for-in, C-style for, map, forEach, Object.entries unrolled over known collections', async () => {
    const d = await ts(`
const azs = ['a', 'b', 'c'];
for (const az of azs) new aws.ec2.Subnet(\`pub-\${az}\`, { vpcId: 'v', availabilityZone: az });
const envs: Record<string, number> = { dev: 1, prod: 2 };
for (const k in envs) new aws.sqs.Queue(\`q-\${k}\`, { delaySeconds: envs[k] });
for (let i = 0; i < 2; i++) new aws.ec2.Eip(\`eip-\${i}\`, { domain: 'vpc' });
azs.map((az, i) => new aws.ec2.RouteTable(\`rt-\${i}\`, { vpcId: 'v' }));
azs.forEach((az) => new aws.ec2.NatGateway(\`nat-\${az}\`, { subnetId: az }));
Object.entries({ logs: 7, audit: 30 }).forEach(([n, days]) => new aws.cloudwatch.LogGroup(n, { retentionInDays: days }));
`);
    expect(ofType(d, 'aws.ec2.Subnet').map((r: any) => r.name)).toEqual(['pub-a', 'pub-b', 'pub-c']);
    expect(ofType(d, 'aws.sqs.Queue').map((r: any) => [r.name, r.args.delaySeconds])).toEqual([
      ['q-dev', 1],
      ['q-prod', 2],
    ]);
    expect(ofType(d, 'aws.ec2.Eip')).toHaveLength(2);
    expect(ofType(d, 'aws.ec2.RouteTable').map((r: any) => r.name)).toEqual(['rt-0', 'rt-1', 'rt-2']);
    expect(ofType(d, 'aws.ec2.NatGateway')).toHaveLength(3);
    expect(ofType(d, 'aws.cloudwatch.LogGroup').map((r: any) => r.args.retentionInDays)).toEqual([7, 30]);
    expect(ofType(d, 'aws.ec2.Subnet').every((r: any) => r.inLoop)).toBe(true);
  });

  test('a loop over an unknown collection runs once with an unknown element', async () => {
    const d = await ts(`
const cfg = new pulumi.Config();
const names: string[] = cfg.requireObject('queues');
for (const n of names) new aws.sqs.Queue(\`q-\${n}\`);
`);
    const qs = ofType(d, 'aws.sqs.Queue');
    expect(qs).toHaveLength(1);
    expect(qs[0].conditional).toBe(true);
    expect(qs[0].inLoop).toBe(true);
  });

  test('known branch taken alone; unknown condition runs both branches marked conditional', async () => {
    const d = await ts(`
const isProd = false;
if (isProd) new aws.rds.Instance('big', { instanceClass: 'db.r5.large' }); else new aws.rds.Instance('small', { instanceClass: 'db.t3.micro' });
const env = new pulumi.Config().get('env');
const cls = env === 'prod' ? 'db.r5.large' : 'db.t3.micro';
if (env === 'prod') { new aws.sns.Topic('alerts'); }
new aws.rds.Instance('db', { instanceClass: cls, multiAz: isProd && true });
`);
    const dbs = ofType(d, 'aws.rds.Instance');
    expect(dbs.map((r: any) => r.name)).toEqual(['small', 'db']);
    expect(dbs[1].args.instanceClass).toEqual({ $oneOf: ['db.r5.large', 'db.t3.micro'] });
    expect(dbs[1].args.multiAz).toBe(false);
    const [topic] = ofType(d, 'aws.sns.Topic');
    expect(topic.conditional).toBe(true);
    expect(dbs[1].conditional).toBeUndefined();
  });

  test('variables assigned in both branches of an unknown if are joined', async () => {
    const d = await ts(`
let size = 10;
if (new pulumi.Config().getBoolean('big')) { size = 100; }
new aws.ec2.Volume('v', { availabilityZone: 'a', size });
`);
    expect(ofType(d, 'aws.ec2.Volume')[0].args.size).toEqual({ $oneOf: [100, 10] });
  });
});

describe('TypeScript: config, environment, outputs', () => {
  test('config reads are unknown with provenance or default', async () => {
    const d = await ts(`
const config = new pulumi.Config();
const suffix = config.get('environmentSuffix') || 'dev';
const count = config.getNumber('count') ?? 2;
const enabled = config.getBoolean('enabled');
const dbPassword = config.requireSecret('dbPassword');
const region = config.require('region');
new aws.rds.Instance(\`db-\${suffix}\`, { password: dbPassword, allocatedStorage: count, storageEncrypted: enabled, availabilityZone: region });
`);
    const [db] = ofType(d, 'aws.rds.Instance');
    expect(db.nameValue).toEqual({ $template: 'db-${config:environmentSuffix|dev}' });
    expect(db.args.allocatedStorage).toEqual({ $unknown: 'config:count', default: 2 });
    expect(db.args.storageEncrypted).toEqual({ $unknown: 'config:enabled' });
    expect(db.args.password).toEqual({ $output: 'config:dbPassword' });
    expect(d.configReads.map((c: any) => [c.key, c.method, c.secret, c.required])).toEqual([
      ['environmentSuffix', 'get', false, false],
      ['count', 'getNumber', false, false],
      ['enabled', 'getBoolean', false, false],
      ['dbPassword', 'requireSecret', true, true],
      ['region', 'require', false, true],
    ]);
  });

  test('an optional secret read may be undefined: `||` and `??` keep the fallback as its default', async () => {
    const d = await ts(`
const config = new pulumi.Config();
new aws.rds.Instance('a', { password: config.getSecret('dbPassword') || 'ChangeMe123!' });
new aws.rds.Instance('b', { password: config.getSecret('dbPassword') ?? 'ChangeMe456!' });
new aws.rds.Instance('c', { password: config.requireSecret('dbPassword') || 'never' });
`);
    expect(ofType(d, 'aws.rds.Instance').map((r: any) => r.args.password)).toEqual([
      { $output: 'config:dbPassword', default: 'ChangeMe123!' },
      { $output: 'config:dbPassword', default: 'ChangeMe456!' },
      { $output: 'config:dbPassword' },
    ]);
  });

  test('resource attributes are outputs; interpolate/concat/all/apply; resources inside apply are recorded', async () => {
    const d = await ts(`
const bucket = new aws.s3.BucketV2('b', { bucket: 'my-bucket' });
const role = new aws.iam.Role('r', { assumeRolePolicy: '{}' });
new aws.ssm.Parameter('p1', { type: 'String', value: pulumi.interpolate\`arn-\${bucket.arn}\` });
new aws.ssm.Parameter('p2', { type: 'String', value: pulumi.concat('name:', bucket.bucket) });
pulumi.all([bucket.arn, role.arn]).apply(([b, r]) => {
  new aws.iam.RolePolicy('inline', { role: role.id, policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: \`\${b}/*\` }] }) });
});
`);
    const [p1, p2] = ofType(d, 'aws.ssm.Parameter');
    expect(p1.args.value.$output).toBe('interpolate');
    expect(p2.args.value).toEqual({ $output: 'concat', value: 'name:my-bucket' });
    const [inline] = ofType(d, 'aws.iam.RolePolicy');
    expect(inline.inApply).toBe(true);
    expect(d.events).toEqual([]);
  });

  test('Output misuse is recorded as events: template literal, concatenation, JSON.stringify', async () => {
    const d = await ts(`
const bucket = new aws.s3.BucketV2('b');
new aws.ssm.Parameter('p1', { type: 'String', value: \`arn-\${bucket.arn}\` });
new aws.ssm.Parameter('p2', { type: 'String', value: 'arn-' + bucket.arn });
new aws.iam.Policy('p3', { policy: JSON.stringify({ Statement: [{ Resource: bucket.arn }] }) });
`);
    expect(d.events.map((e: any) => e.kind)).toEqual(['output-in-template', 'output-in-concat', 'output-in-json']);
    expect(d.events[0].source).toBe('aws.s3.BucketV2("b").arn');
  });

  test('JSON.stringify keeps the structure of policy documents', async () => {
    const d = await ts(`
new aws.iam.Policy('p', { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }] }) });
`);
    const [p] = ofType(d, 'aws.iam.Policy');
    expect(JSON.parse(p.args.policy)).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }] });
  });

  test('data sources: getCallerIdentity, getRegion, getAvailabilityZones, getPolicyDocument', async () => {
    const d = await ts(`
const current = aws.getCallerIdentity();
const region = aws.getRegion();
const azs = aws.getAvailabilityZones({ state: 'available' });
const doc = aws.iam.getPolicyDocument({ statements: [{ effect: 'Allow', actions: ['sts:AssumeRole'], principals: [{ type: 'Service', identifiers: ['lambda.amazonaws.com'] }] }] });
new aws.iam.Role('r', { assumeRolePolicy: doc.then((d) => d.json) });
new aws.ec2.Subnet('s', { vpcId: 'v', availabilityZone: azs.then((z) => z.names[0]) });
new aws.s3.BucketV2('b', { bucket: pulumi.interpolate\`logs-\${current.then((c) => c.accountId)}-\${region.then((r) => r.name)}\` });
`);
    const [role] = ofType(d, 'aws.iam.Role');
    expect(role.args.assumeRolePolicy.$output).toContain('getPolicyDocument');
    const [b] = ofType(d, 'aws.s3.BucketV2');
    expect(b.args.bucket.value).toBeUndefined();
  });
});

describe('TypeScript: resource options and providers', () => {
  test('options are recorded: provider, dependsOn, protect, deleteBeforeReplace, retainOnDelete, ignoreChanges, customTimeouts', async () => {
    const d = await ts(`
const east = new aws.Provider('east', { region: 'us-east-1' });
const a = new aws.s3.BucketV2('a', {}, { provider: east, protect: true, retainOnDelete: true });
new aws.dynamodb.Table('t', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] }, { dependsOn: [a], deleteBeforeReplace: true, ignoreChanges: ['tags'], customTimeouts: { create: '30m' } });
`);
    const [prov] = ofType(d, 'pulumi:providers:aws');
    expect(prov.isProvider).toBe(true);
    expect(d.providers).toEqual([prov.id]);
    const [a] = ofType(d, 'aws.s3.BucketV2');
    expect(a.provider).toBe(prov.id);
    expect(a.options).toMatchObject({ protect: true, retainOnDelete: true });
    const [t] = ofType(d, 'aws.dynamodb.Table');
    expect(t.options).toMatchObject({ deleteBeforeReplace: true, ignoreChanges: ['tags'], customTimeouts: { create: '30m' } });
    expect(t.options.dependsOn[0].$ref).toBe('aws:s3/bucketV2:BucketV2::"a"');
    expect(t.dependsOn).toEqual([a.id]);
  });

  test('pulumi.mergeOptions: later values win, dependsOn lists are joined', async () => {
    const d = await ts(`
const logs = new aws.cloudwatch.LogGroup('logs');
const base: pulumi.CustomResourceOptions = { dependsOn: [logs], protect: true };
const q = new aws.sqs.Queue('q', {}, pulumi.mergeOptions(base, { protect: false }));
new aws.sqs.Queue('r', {}, pulumi.mergeOptions(base, { dependsOn: [q] }));
`);
    const [logs] = ofType(d, 'aws.cloudwatch.LogGroup');
    const [q, r] = ofType(d, 'aws.sqs.Queue');
    expect(q.options).toMatchObject({ protect: false });
    expect(r.dependsOn).toEqual([logs.id, q.id]);
  });

  test('dependsOn items resolve to resource and component ids; unresolvable items are unknown', async () => {
    const d = await ts(`
class C extends pulumi.ComponentResource {
  constructor(name: string) { super('x:y:C', name, {}); this.registerOutputs({}); }
}
const c = new C('c');
const q = new aws.sqs.Queue('q');
declare const extra: pulumi.Resource;
new aws.sqs.Queue('a', {}, { dependsOn: [c, q, q.arn as any, extra] });
new aws.sqs.Queue('b', {}, { dependsOn: q });
new aws.sqs.Queue('n', {});
`);
    const [comp] = d.components;
    const [q, a, b, n] = ofType(d, 'aws.sqs.Queue');
    expect(a.dependsOn).toEqual([comp.id, q.id, 'unknown', 'unknown']);
    expect(b.dependsOn).toEqual([q.id]);
    expect(n.dependsOn).toBeUndefined();
  });
});

describe('TypeScript: Outputs remember the resources they are built from', () => {
  test('interpolate, all and apply keep the resources of input attributes, whose values they show', async () => {
    const { modelOf } = await import('../helpers/program.js');
    const { resourcesIn } = await import('../../src/ir/values.js');
    const m = await modelOf({ 'index.ts': HEAD + `
const fn = new aws.lambda.Function('fn', { name: 'fn', runtime: 'nodejs22.x', handler: 'index.handler', role: 'r' });
const t = new aws.sqs.Queue('t');
new aws.ssm.Parameter('p1', { type: 'String', value: pulumi.interpolate\`\${fn.name}\` });
new aws.ssm.Parameter('p2', { type: 'String', value: pulumi.all([fn.name, t.url]).apply(([a, b]) => 'x') });
new aws.ssm.Parameter('p3', { type: 'String', value: fn.name.apply(() => 'constant') });
` }, 'index.ts');
    const [fn, t] = m.resources;
    const deps = (name: string) => [...resourcesIn([m.resources.find((r) => r.name.kind === 'known' && r.name.value === name)!.args])].sort();
    expect(deps('p1')).toEqual([fn!.id]);
    expect(deps('p2')).toEqual([fn!.id, t!.id].sort());
    expect(deps('p3')).toEqual([fn!.id]);
  });

  test('resources created in apply callbacks record the resources the callback waits for', async () => {
    const { modelOf } = await import('../helpers/program.js');
    const m = await modelOf({ 'index.ts': HEAD + `
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
vpc.id.apply((id) => new aws.ec2.Subnet('in-apply', { vpcId: id, cidrBlock: '10.0.1.0/24' }));
aws.getAvailabilityZones().then((z) => new aws.ec2.Subnet('in-then', { vpcId: vpc.id, availabilityZone: z.names[0], cidrBlock: '10.0.2.0/24' }));
` }, 'index.ts');
    const [vpc, inApply, inThen] = m.resources;
    expect(inApply!.inApply).toBe(true);
    expect(inApply!.applyResources).toEqual([vpc!.id]);
    expect(inThen!.inApply).toBe(true);
    expect(inThen!.applyResources).toBeUndefined();
  });
});

describe('TypeScript: unreached code and budgets', () => {
  test('a component class nothing instantiates is analysed with unknown arguments', async () => {
    const d = await dumpOf({
      'lib/tap-stack.ts': `import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
export interface TapStackArgs { environmentSuffix?: string }
export class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: TapStackArgs, opts?: pulumi.ResourceOptions) {
    super('tap:stack:TapStack', name, args, opts);
    const suffix = args.environmentSuffix || 'dev';
    new aws.dynamodb.Table(\`table-\${suffix}\`, { name: \`orders-\${suffix}\`, hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] }, { parent: this });
  }
}`,
    });
    const [t] = ofType(d, 'aws.dynamodb.Table');
    expect(t.reached).toBe(false);
    expect(t.nameValue).toEqual({ $template: '${param:args.environmentSuffix|dev}'.replace('${', 'table-${') });
    expect(d.components[0].reached).toBe(false);
  });

  test('infinite loops and unbounded recursion terminate', async () => {
    const d = await ts(`
let i = 0;
while (true) { i++; }
function f(n: number): number { return f(n + 1); }
f(0);
new aws.sns.Topic('after');
`);
    expect(ofType(d, 'aws.sns.Topic')).toHaveLength(1);
  });
});
