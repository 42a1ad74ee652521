// Plausible mock values for Pulumi resource outputs and invoke results, driven by the type index
// (scripts/oracle/typeindex.mjs). Deterministic: the same program always gets the same values.
'use strict';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';
const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** `aws:s3/bucketV2:BucketV2` → { pkg: 'aws', mod: 's3', cls: 'BucketV2' } */
function parseToken(token) {
  const [pkg = '', modPart = '', cls = ''] = String(token).split(':');
  return { pkg, mod: modPart.split('/')[0], cls };
}

const ID_PREFIX = {
  Vpc: 'vpc-', Subnet: 'subnet-', SecurityGroup: 'sg-', InternetGateway: 'igw-', NatGateway: 'nat-', RouteTable: 'rtb-',
  Eip: 'eipalloc-', Instance: 'i-', LaunchTemplate: 'lt-', NetworkAcl: 'acl-', VpcEndpoint: 'vpce-', Volume: 'vol-',
  KeyPair: 'key-', Zone: 'Z', FlowLog: 'fl-', TransitGateway: 'tgw-', NetworkInterface: 'eni-',
};

function lcFirst(s) {
  return s ? s[0].toLowerCase() + s.slice(1) : s;
}

function stringValue(prop, ctx) {
  const p = prop.toLowerCase();
  const { mod, cls } = parseToken(ctx.type);
  if (p === 'id') return ctx.id;
  if (p === 'arn' || p.endsWith('arn')) {
    if (mod === 's3') return `arn:aws:s3:::${ctx.physical}`;
    if (mod === 'iam') return `arn:aws:iam::${ACCOUNT}:${lcFirst(cls) || 'role'}/${ctx.physical}`;
    return `arn:aws:${mod || 'service'}:${REGION}:${ACCOUNT}:${lcFirst(cls) || 'resource'}/${ctx.physical}`;
  }
  if (p === 'name' || p === `${lcFirst(cls).toLowerCase()}name` || (mod === 's3' && p === 'bucket') || p === 'identifier') return ctx.physical;
  if (p === 'region' || p === 'bucketregion') return REGION;
  if (p === 'accountid' || p === 'ownerid' || p === 'account' || p === 'owner') return ACCOUNT;
  if (p === 'availabilityzone' || p === 'az') return AZS[0];
  if (p.includes('ipv6cidr')) return '2600:1f18::/56';
  if (p.includes('cidr')) return '10.0.0.0/16';
  if (p.endsWith('url') || p.endsWith('uri')) return `https://${ctx.physical}.example.com`;
  if (p === 'endpoint' && mod === 'rds') return `${ctx.physical}.cluster-abc.${REGION}.rds.amazonaws.com:5432`;
  if (p.endsWith('endpoint') || p.endsWith('dnsname') || p.endsWith('domainname') || p.endsWith('hostname') || p === 'address' || p === 'fqdn' || p.endsWith('domain')) {
    return `${ctx.physical}.example.com`;
  }
  if (p.endsWith('ip') || p.endsWith('ipaddress') || p === 'publicip' || p === 'privateip') return '10.0.0.10';
  if (p === 'json' || p.endsWith('json')) return '{}';
  if (p.endsWith('policy') || p.endsWith('policydocument')) return '{"Version":"2012-10-17","Statement":[]}';
  if (p.includes('pem') || p.includes('openssh') || p.endsWith('publickey') || p.endsWith('privatekey')) return '-----BEGIN PLACEHOLDER-----\nAAAA\n-----END PLACEHOLDER-----\n';
  if (p === 'result' || p === 'hex' || p === 'b64std' || p === 'b64url' || p === 'dec') return `r${hash(ctx.name)}`;
  if (p === 'hostedzoneid' || p === 'zoneid') return 'Z2FDTNDATAQYW2';
  if (p.endsWith('imageid') || p === 'ami') return 'ami-0abcdef1234567890';
  if (p === 'status' || p === 'state') return 'available';
  if (p.endsWith('version')) return '1';
  if (p.endsWith('id')) return `${p.slice(0, -2) || 'x'}-${hash(ctx.name + prop)}`;
  return `${ctx.physical}-${prop}`;
}

function stringList(prop, ctx) {
  const p = prop.toLowerCase();
  if (p === 'names' || p.includes('availabilityzone') || p === 'azs') return [...AZS];
  if (p === 'zoneids') return ['use1-az1', 'use1-az2', 'use1-az3'];
  if (p.endsWith('ids')) return [0, 1, 2].map((i) => `${p.replace(/ids$/, '') || 'id'}-${hash(ctx.name + prop + i)}`);
  if (p.includes('cidr')) return ['10.0.0.0/16'];
  if (p.endsWith('arns')) return [`arn:aws:service:${REGION}:${ACCOUNT}:thing/${ctx.physical}`];
  return [`${ctx.physical}-${prop}-0`];
}

function numberValue(prop) {
  const p = prop.toLowerCase();
  if (p === 'port' || p.endsWith('port')) return 443;
  return 1;
}

function valueOf(type, prop, ctx, index, depth) {
  if (!type) return undefined;
  let t = type.trim();
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1);
  if (t.endsWith('[]')) {
    const elem = t.slice(0, -2);
    if (elem === 'string') return stringList(prop, ctx);
    if (elem === 'number') return [1];
    if (elem.startsWith('outputs.') && depth < 3) {
      const v = valueOf(elem, prop, ctx, index, depth + 1);
      return v === undefined ? [] : [v];
    }
    return [];
  }
  if (t === 'string') return stringValue(prop, ctx);
  if (t === 'number') return numberValue(prop);
  if (t === 'boolean') return false;
  if (t === '{map}' || t === 'any' || t === '{[key: string]: any}') return {};
  if (/^"[^"]*"(\s*\|\s*"[^"]*")*$/.test(t)) return t.slice(1, t.indexOf('"', 1));
  if (t.startsWith('enums.')) return stringValue(prop, ctx);
  // a reference to an SDK resource (e.g. eks' `core.oidcProvider: pulumiAws.iam.OpenIdConnectProvider`):
  // a plain object with the usual identifying properties
  if (/^(pulumiAws|aws|pulumiKubernetes|k8s|kubernetes)\.[\w.]+$/.test(t)) {
    const sub = { ...ctx, physical: `${ctx.physical}-${prop}` };
    return { id: `${prop}-${hash(ctx.name + prop)}`, arn: stringValue('arn', sub), url: `https://${sub.physical}.example.com`, name: sub.physical };
  }
  if (t.startsWith('outputs.')) {
    if (depth >= 4) return {};
    const def = index.types[`${ctx.pkg}|${t}`];
    if (!def) return {};
    const o = {};
    for (const [k, ft] of Object.entries(def.fields)) {
      // optional members too (eks' CoreData.oidcProvider is optional), but only near the top
      if (def.optional.includes(k) && depth > 1) continue;
      const v = valueOf(ft, k, ctx, index, depth + 1);
      if (v !== undefined) o[k] = v;
    }
    return o;
  }
  return undefined;
}

function generate(fields, ctx, index) {
  const out = {};
  for (const [k, t] of Object.entries(fields || {})) {
    const v = valueOf(t, k, ctx, index, 0);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function physicalName(type, name, inputs) {
  const { cls } = parseToken(type);
  const own = inputs && (inputs.name ?? inputs[`${lcFirst(cls)}Name`] ?? inputs.bucket ?? inputs.identifier);
  if (typeof own === 'string' && own) return own;
  return `${name}-${hash(type + name).slice(0, 7)}`;
}

function resourceId(type, name) {
  const { cls } = parseToken(type);
  const prefix = ID_PREFIX[cls];
  return prefix ? `${prefix}${hash(type + name)}${hash(name).slice(0, 9)}` : `${name}-id`;
}

/** State for a registered resource: generated outputs, overridden by the inputs given. */
function newResourceState(index, args) {
  const { type, name, inputs, custom } = args;
  if (type === 'pulumi:pulumi:StackReference') return { id: inputs.name || name, state: { name: inputs.name || name, outputs: {}, secretOutputNames: [] } };
  const def = index.resources[type];
  const pkg = parseToken(type).pkg;
  if (!custom && !(def && def.remote)) return { id: undefined, state: {} };
  const id = custom ? resourceId(type, name) : undefined;
  const ctx = { type, name, pkg, id: id || `${name}-id`, physical: physicalName(type, name, inputs) };
  const gen = def ? generate(def.out, ctx, index) : { arn: stringValue('arn', ctx), name: ctx.physical };
  return { id, state: { ...gen, ...inputs } };
}

function policyJson(inputs) {
  const statements = (inputs.statements || []).map((s) => {
    const o = { Effect: s.effect || 'Allow' };
    if (s.actions) o.Action = s.actions;
    if (s.resources) o.Resource = s.resources;
    if (s.principals) o.Principal = Object.fromEntries(s.principals.map((p) => [p.type, p.identifiers]));
    if (s.sid) o.Sid = s.sid;
    return o;
  });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/** Result of an invoke: special cases for the common lookups, else generated from the result type. */
function invokeResult(index, { token, inputs }) {
  inputs = inputs || {};
  const pkg = parseToken(token).pkg;
  const name = String(inputs.name || inputs.id || token.split(':').pop());
  const ctx = { type: token, name, pkg, id: `${name}-id`, physical: name };
  const fields = index.invokes[token];
  const gen = fields ? generate(fields, ctx, index) : {};
  const echo = {};
  for (const k of Object.keys(inputs)) if (!fields || k in fields) echo[k] = inputs[k];
  const base = { ...gen, ...echo };
  switch (token) {
    case 'aws:index/getAvailabilityZones:getAvailabilityZones':
      return { ...base, names: [...AZS], zoneIds: ['use1-az1', 'use1-az2', 'use1-az3'], id: REGION, state: 'available' };
    case 'aws:index/getCallerIdentity:getCallerIdentity':
      return { ...base, accountId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/oracle`, userId: 'AIDAORACLE', id: ACCOUNT };
    case 'aws:index/getRegion:getRegion':
      return { ...base, name: REGION, id: REGION, region: REGION, endpoint: `ec2.${REGION}.amazonaws.com`, description: 'US East (N. Virginia)' };
    case 'aws:index/getPartition:getPartition':
      return { ...base, partition: 'aws', id: 'aws', dnsSuffix: 'amazonaws.com', reverseDnsPrefix: 'com.amazonaws' };
    case 'aws:iam/getPolicyDocument:getPolicyDocument':
      return { ...base, json: policyJson(inputs), minifiedJson: policyJson(inputs), id: 'policy' };
    case 'aws:ec2/getAmi:getAmi':
    case 'aws:ec2/getAmiIds:getAmiIds':
      return { ...base, id: 'ami-0abcdef1234567890', imageId: 'ami-0abcdef1234567890', ids: ['ami-0abcdef1234567890'], architecture: 'x86_64' };
    case 'aws:ec2/getVpc:getVpc':
      return { ...base, id: inputs.id || 'vpc-0default1234567', cidrBlock: '172.31.0.0/16', default: true };
    case 'aws:ssm/getParameter:getParameter': {
      const v = /ami/i.test(String(inputs.name)) ? 'ami-0abcdef1234567890' : 'placeholder';
      return { ...base, value: v, insecureValue: v, type: 'String' };
    }
    case 'aws:secretsmanager/getSecretVersion:getSecretVersion':
      return { ...base, secretString: '{"username":"admin","password":"Placeholder-123"}' };
    default:
      return base;
  }
}

module.exports = { newResourceState, invokeResult, hash };
