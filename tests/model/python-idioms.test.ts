import { describe, expect, test } from 'vitest';
import { dumpOf, ofType } from '../helpers/program.js';

const HEAD = `import json
import os
import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions, Output
`;

async function py(code: string, extra: Record<string, string> = {}) {
  return dumpOf({ '__main__.py': HEAD + code, ...extra }, '__main__.py');
}

describe('Python: optional secrets', () => {
  test('get_secret gives None when unset: `or` keeps the fallback as its default', async () => {
    const d = await py(`
config = pulumi.Config()
aws.rds.Instance("a", password=config.get_secret("db_password") or "ChangeMe123!")
aws.rds.Instance("b", password=config.require_secret("db_password") or "never")
`);
    expect(ofType(d, 'aws.rds.Instance').map((r: any) => r.args.password)).toEqual([{ $output: 'config:db_password', default: 'ChangeMe123!' }, { $output: 'config:db_password' }]);
  });
});

describe('Python: values and strings', () => {
  test('f-strings, %, .format, concatenation, join', async () => {
    const d = await py(`
prefix = "app"
parts = ["a", "b", "c"]
aws.s3.BucketV2("b1", bucket=f"{prefix}-logs-{1 + 2}")
aws.s3.BucketV2("b2", bucket="%s-%s" % (prefix, "x"))
aws.s3.BucketV2("b3", bucket="{}-{name}".format(prefix, name="y"))
aws.s3.BucketV2("b4", bucket=prefix + "-" + "".join(parts))
aws.s3.BucketV2("b5", bucket="-".join([prefix, "z"]).upper().lower())
`);
    expect(ofType(d, 'aws.s3.BucketV2').map((r: any) => r.args.bucket)).toEqual(['app-logs-3', 'app-x', 'app-y', 'app-abc', 'app-z']);
  });

  test('split and rsplit honour maxsplit', async () => {
    const d = await py(`
cidr = "10.0.0.0/16"
aws.s3.BucketV2("b1", bucket=cidr.split("/")[0].rsplit(".", 1)[0])
aws.s3.BucketV2("b2", bucket="-".join("a.b.c".split(".", 1)))
aws.s3.BucketV2("b3", bucket="-".join("a.b.c".rsplit(".")))
`);
    expect(ofType(d, 'aws.s3.BucketV2').map((r: any) => r.args.bucket)).toEqual(['10.0.0', 'a-b.c', 'a-b-c']);
  });

  test('dicts, lists, **spread, member and index access; keyword args become camelCase', async () => {
    const d = await py(`
base = {"Project": "p", "owner_name": "o"}
tags = {**base, "Name": "n"}
cidrs = ["10.0.0.0/24", "10.0.1.0/24"]
cfg = {"db": {"port": 5432}}
aws.ec2.Subnet("s", vpc_id="v", cidr_block=cidrs[-1], map_public_ip_on_launch=True, tags={**tags, "Port": str(cfg["db"]["port"])})
`);
    const [s] = ofType(d, 'aws:ec2/subnet:Subnet');
    expect(s.args).toEqual({
      vpcId: 'v',
      cidrBlock: '10.0.1.0/24',
      mapPublicIpOnLaunch: true,
      tags: { Project: 'p', owner_name: 'o', Name: 'n', Port: '5432' },
    });
  });

  test('nested dict args and *Args classes are normalised to the SDK names', async () => {
    const d = await py(`
aws.ec2.SecurityGroup("sg", vpc_id="v",
    ingress=[{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/0"]}],
    egress=[aws.ec2.SecurityGroupEgressArgs(protocol="-1", from_port=0, to_port=0, cidr_blocks=["0.0.0.0/0"])])
`);
    const [sg] = ofType(d, 'aws.ec2.SecurityGroup');
    expect(sg.args.ingress).toEqual([{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'] }]);
    expect(sg.args.egress).toEqual([{ protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }]);
  });

  test('functions, lambdas, default and keyword arguments, **kwargs', async () => {
    const d = await py(`
def name_of(kind, n=1):
    return f"{kind}-{n}"
mk = lambda n, size=20: aws.ec2.Volume(n, availability_zone="us-east-1a", size=size)
mk(name_of("vol"))
mk(name_of("vol", n=2), size=50)
def volume(name, **kwargs):
    return aws.ec2.Volume(name, **kwargs)
volume("v3", availability_zone="b", size=5)
`);
    expect(ofType(d, 'aws.ec2.Volume').map((v: any) => [v.name, v.args.size])).toEqual([
      ['vol-1', 20],
      ['vol-2', 50],
      ['v3', 5],
    ]);
  });
});

describe('Python: classes and components', () => {
  test('ComponentResource subclass: args class, self, super().__init__, children know their component', async () => {
    const d = await py(`
class StorageArgs:
    def __init__(self, environment_suffix: str, tags=None):
        self.environment_suffix = environment_suffix
        self.tags = tags or {}

class Storage(pulumi.ComponentResource):
    def __init__(self, name, args: StorageArgs, opts=None):
        super().__init__("tap:storage:Storage", name, None, opts)
        self.bucket = aws.s3.BucketV2(f"{name}-bucket", bucket=f"data-{args.environment_suffix}", tags=args.tags,
                                      opts=ResourceOptions(parent=self))
        self._versioning()
        self.register_outputs({"bucket_name": self.bucket.bucket})

    def _versioning(self):
        aws.s3.BucketVersioningV2(f"{self.bucket._name}-ver" if False else "ver", bucket=self.bucket.id,
            versioning_configuration={"status": "Enabled"}, opts=ResourceOptions(parent=self, depends_on=[self.bucket]))

s = Storage("store", StorageArgs("qa", tags={"Team": "t"}))
pulumi.export("bucket", s.bucket.bucket)
`);
    const [comp] = d.components;
    expect(comp).toMatchObject({ type: 'tap:storage:Storage', className: 'Storage', name: 'store', registerOutputs: true });
    const [bucket] = ofType(d, 'aws.s3.BucketV2');
    expect(bucket).toMatchObject({ name: 'store-bucket', args: { bucket: 'data-qa', tags: { Team: 't' } }, component: comp.id, parent: comp.id });
    const [ver] = ofType(d, 'aws.s3.BucketVersioningV2');
    expect(ver).toMatchObject({ name: 'ver', component: comp.id, parent: comp.id, args: { versioningConfiguration: { status: 'Enabled' } } });
    expect(ver.options.dependsOn).toHaveLength(1);
    expect(d.exports).toMatchObject([{ name: 'bucket', via: 'pulumi.export' }]);
  });

  test('class attributes, static methods, inheritance between program classes', async () => {
    const d = await py(`
class Base:
    REGION = "us-east-1"
    def __init__(self, prefix):
        self.prefix = prefix
    def name(self, x):
        return f"{self.prefix}-{x}"
    @staticmethod
    def cidr():
        return "10.0.0.0/16"

class Net(Base):
    def __init__(self, prefix):
        super().__init__(prefix)
        self.vpc = aws.ec2.Vpc(self.name("vpc"), cidr_block=Base.cidr(), tags={"Region": self.REGION})

Net("prod")
`);
    const [vpc] = ofType(d, 'aws.ec2.Vpc');
    expect(vpc).toMatchObject({ name: 'prod-vpc', args: { cidrBlock: '10.0.0.0/16', tags: { Region: 'us-east-1' } } });
  });
});

describe('Python: record classes (dataclass, NamedTuple, TypedDict, pydantic)', () => {
  test('a dataclass args object: positional and keyword fields, defaults, field(default_factory), __post_init__, inherited fields', async () => {
    const d = await py(`
from dataclasses import dataclass, field
import dataclasses
from typing import ClassVar, Dict, Optional

@dataclass
class StackArgs:
    environment_suffix: str
    region: str = "us-east-1"
    tags: Dict[str, str] = field(default_factory=lambda: {"Team": "t"})
    KIND: ClassVar[str] = "stack"
    retention: int = field(default=7)

@dataclasses.dataclass(frozen=True)
class Named(StackArgs):
    prefix: str = "app"
    full: Optional[str] = None
    def __post_init__(self):
        object.__setattr__(self, "full", f"{self.prefix}-{self.environment_suffix}")

class Stack(pulumi.ComponentResource):
    def __init__(self, name, args: StackArgs, opts=None):
        super().__init__("tap:Stack", name, None, opts)
        aws.s3.BucketV2(f"{name}-a", bucket=f"data-{args.environment_suffix}-{args.region}", tags=args.tags, opts=ResourceOptions(parent=self))

Stack("kw", StackArgs(environment_suffix="qa"))
Stack("pos", StackArgs("pr1", "eu-west-1"))
n = Named("dev", prefix="web")
aws.cloudwatch.LogGroup("lg", name=n.prefix + "-" + n.region, retention_in_days=n.retention)
`);
    expect(ofType(d, 'aws.s3.BucketV2').map((r: any) => [r.args.bucket, r.args.tags])).toEqual([['data-qa-us-east-1', { Team: 't' }], ['data-pr1-eu-west-1', { Team: 't' }]]);
    expect(ofType(d, 'aws.cloudwatch.LogGroup').map((r: any) => r.args)).toEqual([{ name: 'web-us-east-1', retentionInDays: 7 }]);
  });

  test('__post_init__ runs after the fields are set', async () => {
    const d = await py(`
from dataclasses import dataclass

@dataclass
class Naming:
    prefix: str
    bucket: str = ""
    def __post_init__(self):
        self.bucket = f"{self.prefix}-logs"

aws.s3.BucketV2("b", bucket=Naming("acme").bucket)
`);
    expect(ofType(d, 'aws.s3.BucketV2').map((r: any) => r.args.bucket)).toEqual(['acme-logs']);
  });

  test('NamedTuple and pydantic models are built from their annotated fields; a TypedDict call is a dict', async () => {
    const d = await py(`
from typing import NamedTuple, TypedDict
from pydantic import BaseModel, Field

class Sub(NamedTuple):
    cidr: str
    az: str = "us-east-1a"

class Settings(BaseModel):
    name: str
    size: int = Field(20, ge=1)
    engine: str = Field(default="postgres")

class Extra(Settings):
    suffix: str = "x"

class BucketSpec(TypedDict, total=False):
    bucket: str

s = Sub("10.0.1.0/24")
aws.ec2.Subnet("s", vpc_id="v", cidr_block=s.cidr, availability_zone=s.az)
m = Extra(name="db")
aws.rds.Instance("db", identifier=f"{m.name}-{m.suffix}", allocated_storage=m.size, engine=m.engine, instance_class="db.t3.micro")
spec = BucketSpec(bucket="spec-bucket")
aws.s3.BucketV2("t", bucket=spec["bucket"])
aws.s3.BucketV2("u", **spec)
`);
    expect(ofType(d, 'aws.ec2.Subnet')[0].args).toMatchObject({ cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' });
    expect(ofType(d, 'aws.rds.Instance')[0].args).toMatchObject({ identifier: 'db-x', allocatedStorage: 20, engine: 'postgres' });
    expect(ofType(d, 'aws.s3.BucketV2').map((r: any) => r.args.bucket)).toEqual(['spec-bucket', 'spec-bucket']);
  });

  test('unknown stays unknown: a field not passed through an unknown spread, a required field never given', async () => {
    const d = await py(`
from dataclasses import dataclass

@dataclass
class A:
    suffix: str
    region: str = "us-east-1"

def make(**kw):
    return A(**kw)

cfg = pulumi.Config()
a = make(suffix=cfg.require("suffix"))
aws.s3.BucketV2("b", bucket=f"x-{a.suffix}", tags={"Region": a.region})
aws.s3.BucketV2("c", bucket=A(**cfg.require_object("args")).region)
`);
    const [b, c] = ofType(d, 'aws.s3.BucketV2');
    expect(b.args.bucket).toEqual({ $template: 'x-${config:suffix}' });
    expect(b.args.tags).toEqual({ Region: 'us-east-1' });
    expect(c.args.bucket).toMatchObject({ $unknown: 'param:region' });
  });

  test('a bare annotation is not a class attribute of a plain class', async () => {
    const d = await py(`
class Plain:
    name: str
    def __init__(self):
        pass

aws.s3.BucketV2("b", bucket=Plain().name)
`);
    expect(ofType(d, 'aws.s3.BucketV2')[0].args.bucket).toMatchObject({ $unknown: expect.any(String) });
  });
});

describe('Python: the entry point calls a main function', () => {
  test('if __name__ == "__main__": main() runs main as reached code', async () => {
    const d = await py(`
def main():
    aws.sqs.Queue("q")

if __name__ == "__main__":
    main()
`);
    expect(ofType(d, 'aws.sqs.Queue')[0].reached).toBe(true);
  });
});

describe('Python: Enum classes', () => {
  test('Member.value and Member.name of a program Enum; an unknown member stays unknown', async () => {
    const d = await py(`
from enum import Enum
import enum

class Tier(str, Enum):
    SMALL = "t3.micro"
    LARGE = "m5.large"

class Env(enum.Enum):
    DEV = "dev"

class Sub(Tier):
    pass

aws.ec2.Instance("i", ami="ami-1", instance_type=Tier.SMALL.value, tags={"Env": Env.DEV.value, "Tier": Tier.LARGE.name})
aws.ec2.Instance("j", ami="ami-1", instance_type=Tier.HUGE.value)
`);
    const [i, j] = ofType(d, 'aws.ec2.Instance');
    expect(i.args).toMatchObject({ instanceType: 't3.micro', tags: { Env: 'dev', Tier: 'LARGE' } });
    expect(j.args.instanceType).toMatchObject({ $unknown: expect.any(String) });
  });
});

describe('Python: format specs and conversions', () => {
  test('f-strings, .format and % apply width, fill, alignment, precision, sign, grouping and radix', async () => {
    const d = await py(`
n = 5
aws.s3.BucketV2("b1", bucket=f"app-{n:03d}-{'ab':^6}|")
aws.s3.BucketV2("b2", bucket="app-{:.2f}-{:,}-{:x}-{!r}".format(1.5, 1234567, 255, "q"))
aws.s3.BucketV2("b3", bucket="app-%03d-%-4s|-%.1f-%+d-%#x" % (7, "a", 3.14159, 2, 255))
aws.s3.BucketV2("b4", bucket=f"app-{'q'!r}-{-3.5:08.2f}-{0.256:.1%}")
aws.s3.BucketV2("b5", bucket="app-{c[name]}-{xs[1]}".format(c={"name": "n"}, xs=["a", "b"]))
`);
    expect(ofType(d, 'aws.s3.BucketV2').map((r: any) => r.args.bucket)).toEqual([
      'app-005-  ab  |',
      "app-1.50-1,234,567-ff-'q'",
      'app-007-a   |-3.1-+2-0xff',
      "app-'q'--0003.50-25.6%",
      'app-n-b',
    ]);
  });

  test('a spec on a value not known, a self-documenting field or a nested spec field give unknown text with the provenance kept', async () => {
    const d = await py(`
cfg = pulumi.Config()
env = cfg.require("env")
w = 4
aws.s3.BucketV2("b1", bucket=f"app-{env:>10}")
aws.s3.BucketV2("b2", bucket=f"app-{w=}")
aws.s3.BucketV2("b3", bucket=f"app-{'x':>{w}}")
aws.s3.BucketV2("b4", bucket=f"app-{f'{env}-x':.3}")
`);
    const [b1, b2, b3, b4] = ofType(d, 'aws.s3.BucketV2').map((r: any) => r.args.bucket);
    expect(b1).toEqual({ $template: 'app-${config:env}' });
    expect(b2).toEqual({ $template: 'app-${format-spec}' });
    expect(b3).toEqual({ $template: 'app-${format-spec}' });
    expect(b4).toEqual({ $template: 'app-${format-spec}' });
  });
});

describe('Python: modules', () => {
  test('package and relative imports between program files', async () => {
    const d = await dumpOf(
      {
        'tap.py': `import os
import pulumi
from lib.tap_stack import TapStack, TapStackArgs
import lib.naming
suffix = os.environ.get("ENVIRONMENT_SUFFIX", "dev")
stack = TapStack(lib.naming.upper("tap"), TapStackArgs(environment_suffix=suffix))
pulumi.export("vpc_id", stack.vpc.id)`,
        'lib/__init__.py': '',
        'lib/tap_stack.py': `import pulumi
import pulumi_aws as aws
from .util import CIDR, suffixed
from . import util

class TapStackArgs:
    def __init__(self, environment_suffix=None):
        self.environment_suffix = environment_suffix or "dev"

class TapStack(pulumi.ComponentResource):
    def __init__(self, name, args, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.vpc = aws.ec2.Vpc(suffixed("vpc", args.environment_suffix), cidr_block=util.CIDR,
                               opts=pulumi.ResourceOptions(parent=self))`,
        'lib/util.py': `CIDR = "10.1.0.0/16"
def suffixed(n, s):
    return f"{n}-{s}"`,
        'lib/naming.py': `def upper(x):
    return x.upper()`,
      },
      'tap.py',
    );
    const [vpc] = ofType(d, 'aws.ec2.Vpc');
    expect(vpc.args.cidrBlock).toBe('10.1.0.0/16');
    expect(vpc.nameValue).toEqual({ $template: 'vpc-${env:ENVIRONMENT_SUFFIX|dev}' });
    expect(d.components[0].name).toBe('TAP');
    expect(vpc.reached).toBe(true);
    expect(d.envReads.map((e: any) => e.name)).toEqual(['ENVIRONMENT_SUFFIX']);
  });

  test('aliased imports: from pulumi_aws import s3, other providers', async () => {
    const d = await dumpOf({
      '__main__.py': `from pulumi_aws import s3, iam as identity
import pulumi_aws.ec2 as ec2
import pulumi_random as random
import pulumi_awsx as awsx
s3.BucketV2("a")
identity.Role("r", assume_role_policy="{}")
ec2.SecurityGroup("sg", vpc_id="v")
random.RandomPassword("pw", length=16)
awsx.ec2.Vpc("vpc")
`,
    });
    expect(d.resources.map((r: any) => r.type)).toEqual([
      'aws:s3/bucketV2:BucketV2',
      'aws:iam/role:Role',
      'aws:ec2/securityGroup:SecurityGroup',
      'random:index/randomPassword:RandomPassword',
      'awsx:ec2:Vpc',
    ]);
  });
});

describe('Python: loops and branches', () => {
  test('for, range, enumerate, zip, dict.items, comprehensions', async () => {
    const d = await py(`
azs = ["a", "b", "c"]
for az in azs:
    aws.ec2.Subnet(f"pub-{az}", vpc_id="v", availability_zone=az)
for i in range(2):
    aws.ec2.Eip(f"eip-{i}", domain="vpc")
for i, az in enumerate(azs[:2]):
    aws.ec2.RouteTable(f"rt-{i}-{az}", vpc_id="v")
for az, cidr in zip(azs, ["10.0.0.0/24", "10.0.1.0/24"]):
    aws.ec2.NatGateway(f"nat-{az}", subnet_id=cidr)
for name, days in {"logs": 7, "audit": 30}.items():
    aws.cloudwatch.LogGroup(name, retention_in_days=days)
queues = [aws.sqs.Queue(f"q-{n}") for n in ["x", "y"] if n != "z"]
`);
    expect(ofType(d, 'aws.ec2.Subnet').map((r: any) => r.name)).toEqual(['pub-a', 'pub-b', 'pub-c']);
    expect(ofType(d, 'aws.ec2.Eip')).toHaveLength(2);
    expect(ofType(d, 'aws.ec2.RouteTable').map((r: any) => r.name)).toEqual(['rt-0-a', 'rt-1-b']);
    expect(ofType(d, 'aws.ec2.NatGateway').map((r: any) => r.args.subnetId)).toEqual(['10.0.0.0/24', '10.0.1.0/24']);
    expect(ofType(d, 'aws.cloudwatch.LogGroup').map((r: any) => r.args.retentionInDays)).toEqual([7, 30]);
    expect(ofType(d, 'aws.sqs.Queue').map((r: any) => r.name)).toEqual(['q-x', 'q-y']);
  });

  test('known branch alone; unknown condition explores both branches; and/or', async () => {
    const d = await py(`
is_prod = False
if is_prod:
    aws.rds.Instance("big", instance_class="db.r5.large")
else:
    aws.rds.Instance("small", instance_class="db.t3.micro")
env = pulumi.Config().get("env")
cls = "db.r5.large" if env == "prod" else "db.t3.micro"
if env == "prod":
    aws.sns.Topic("alerts")
aws.rds.Instance("db", instance_class=cls, multi_az=is_prod and True)
`);
    const dbs = ofType(d, 'aws.rds.Instance');
    expect(dbs.map((r: any) => r.name)).toEqual(['small', 'db']);
    expect(dbs[1].args.instanceClass).toEqual({ $oneOf: ['db.r5.large', 'db.t3.micro'] });
    expect(dbs[1].args.multiAz).toBe(false);
    expect(ofType(d, 'aws.sns.Topic')[0].conditional).toBe(true);
  });
});

describe('Python: config, environment, outputs', () => {
  test('config reads with get/require/get_int/get_bool/require_secret and defaults', async () => {
    const d = await py(`
config = pulumi.Config()
suffix = config.get("environment_suffix") or "dev"
count = config.get_int("count", 2)
enabled = config.get_bool("enabled")
password = config.require_secret("db_password")
aws.rds.Instance(f"db-{suffix}", password=password, allocated_storage=count, storage_encrypted=enabled)
`);
    const [db] = ofType(d, 'aws.rds.Instance');
    expect(db.nameValue).toEqual({ $template: 'db-${config:environment_suffix|dev}' });
    expect(db.args.allocatedStorage).toEqual({ $unknown: 'config:count', default: 2 });
    expect(db.args.password).toEqual({ $output: 'config:db_password' });
    expect(d.configReads.map((c: any) => [c.key, c.method, c.secret])).toEqual([
      ['environment_suffix', 'get', false],
      ['count', 'get_int', false],
      ['enabled', 'get_bool', false],
      ['db_password', 'require_secret', true],
    ]);
  });

  test('environment reads: os.environ.get, os.getenv, os.environ[]', async () => {
    const d = await py(`
a = os.environ.get("ENVIRONMENT_SUFFIX", "dev")
b = os.getenv("AWS_REGION")
c = os.environ["TEAM"]
aws.sns.Topic(f"t-{a}-{c}", display_name=b)
`);
    expect(ofType(d, 'aws.sns.Topic')[0].nameValue).toEqual({ $template: 't-${env:ENVIRONMENT_SUFFIX|dev}-${env:TEAM}' });
    expect(d.envReads.map((e: any) => e.name)).toEqual(['ENVIRONMENT_SUFFIX', 'AWS_REGION', 'TEAM']);
  });

  test('Output.concat, Output.all(...).apply, apply bodies; resources inside apply are recorded', async () => {
    const d = await py(`
bucket = aws.s3.BucketV2("b", bucket="my-bucket")
role = aws.iam.Role("r", assume_role_policy="{}")
aws.ssm.Parameter("p1", type="String", value=Output.concat("name:", bucket.bucket))
def make_policy(args):
    arn, role_arn = args
    aws.iam.RolePolicy("inline", role=role.id, policy=json.dumps({"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"{arn}/*"}]}))
    return arn
Output.all(bucket.arn, role.arn).apply(make_policy)
bucket.arn.apply(lambda a: aws.sns.Topic("in-apply"))
`);
    expect(ofType(d, 'aws.ssm.Parameter')[0].args.value).toEqual({ $output: 'concat', value: 'name:my-bucket' });
    expect(ofType(d, 'aws.iam.RolePolicy')[0].inApply).toBe(true);
    expect(ofType(d, 'aws.sns.Topic')[0].inApply).toBe(true);
    expect(d.events).toEqual([]);
  });

  test('Output misuse: f-string, concatenation, json.dumps, dict key, str()', async () => {
    const d = await py(`
bucket = aws.s3.BucketV2("b")
aws.ssm.Parameter("p1", type="String", value=f"arn-{bucket.arn}")
aws.ssm.Parameter("p2", type="String", value="arn-" + bucket.arn)
aws.iam.Policy("p3", policy=json.dumps({"Statement": [{"Resource": bucket.arn}]}))
tags = {bucket.id: "x"}
name = str(bucket.id)
`);
    expect(d.events.map((e: any) => e.kind)).toEqual(['output-in-template', 'output-in-concat', 'output-in-json', 'output-as-key', 'output-to-string']);
  });

  test('json.dumps keeps structure; data sources get_caller_identity, get_region, get_policy_document', async () => {
    const d = await py(`
current = aws.get_caller_identity()
region = aws.get_region()
azs = aws.get_availability_zones(state="available")
doc = aws.iam.get_policy_document(statements=[{"effect": "Allow", "actions": ["sts:AssumeRole"],
    "principals": [{"type": "Service", "identifiers": ["lambda.amazonaws.com"]}]}])
aws.iam.Role("r", assume_role_policy=doc.json)
aws.iam.Policy("p", policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:*"], "Resource": "*"}]}))
aws.s3.BucketV2("b", bucket=f"logs-{current.account_id}-{region.name}")
aws.ec2.Subnet("s", vpc_id="v", availability_zone=azs.names[0])
`);
    const [p] = ofType(d, 'aws.iam.Policy');
    expect(JSON.parse(p.args.policy)).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }] });
    const [b] = ofType(d, 'aws.s3.BucketV2');
    expect(b.args.bucket).toEqual({ $template: 'logs-${invoke:getCallerIdentity.accountId}-${invoke:getRegion.name}' });
    expect(d.events).toEqual([]);
  });
});

describe('Python: options, providers, unreached code', () => {
  test('ResourceOptions: provider, depends_on, protect, delete_before_replace, retain_on_delete, ignore_changes', async () => {
    const d = await py(`
east = aws.Provider("east", region="us-east-1")
a = aws.s3.BucketV2("a", opts=ResourceOptions(provider=east, protect=True, retain_on_delete=True))
aws.dynamodb.Table("t", hash_key="id", attributes=[{"name": "id", "type": "S"}],
    opts=ResourceOptions(depends_on=[a], delete_before_replace=True, ignore_changes=["tags"],
                         custom_timeouts=pulumi.CustomTimeouts(create="30m")))
`);
    const [prov] = ofType(d, 'pulumi:providers:aws');
    const [a] = ofType(d, 'aws.s3.BucketV2');
    expect(a.provider).toBe(prov.id);
    expect(a.options).toMatchObject({ protect: true, retainOnDelete: true });
    const [t] = ofType(d, 'aws.dynamodb.Table');
    expect(t.options).toMatchObject({ deleteBeforeReplace: true, ignoreChanges: ['tags'], customTimeouts: { create: '30m' } });
    expect(t.dependsOn).toEqual([a.id]);
  });

  test('ResourceOptions.merge, static and on an instance: later values win, depends_on lists are joined', async () => {
    const d = await py(`
west = aws.Provider("west", region="us-west-2")
logs = aws.cloudwatch.LogGroup("logs")
base = ResourceOptions(provider=west, depends_on=[logs], protect=True)
q = aws.sqs.Queue("q", opts=base.merge(ResourceOptions(protect=False)))
aws.sqs.Queue("r", opts=ResourceOptions.merge(base, ResourceOptions(depends_on=[q])))
aws.sqs.Queue("s", opts=base.merge(None))
`);
    const [prov] = ofType(d, 'pulumi:providers:aws');
    const [logs] = ofType(d, 'aws.cloudwatch.LogGroup');
    const [q, r, s] = ofType(d, 'aws.sqs.Queue');
    expect([q.provider, r.provider, s.provider]).toEqual([prov.id, prov.id, prov.id]);
    expect(q.options).toMatchObject({ protect: false });
    expect(r.dependsOn).toEqual([logs.id, q.id]);
    expect(s.options).toMatchObject({ protect: true });
  });

  test('a component nothing instantiates is analysed with unknown arguments', async () => {
    const d = await dumpOf({
      'lib/tap_stack.py': `import pulumi
import pulumi_aws as aws
class TapStack(pulumi.ComponentResource):
    def __init__(self, name, args, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        suffix = args.environment_suffix
        aws.dynamodb.Table(f"table-{suffix}", name=f"orders-{suffix}", hash_key="id",
                           attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
                           opts=pulumi.ResourceOptions(parent=self))`,
    });
    const [t] = ofType(d, 'aws.dynamodb.Table');
    expect(t.reached).toBe(false);
    expect(t.nameValue).toEqual({ $template: 'table-${param:args.environment_suffix}' });
    expect(t.parent).toBe(d.components[0].id);
  });

  test('infinite loops and recursion terminate', async () => {
    const d = await py(`
while True:
    pass
def f(n):
    return f(n + 1)
f(0)
aws.sns.Topic("after")
`);
    expect(ofType(d, 'aws.sns.Topic')).toHaveLength(1);
  });
});

describe('Python: string tests on partly-known strings', () => {
  test('startswith/endswith decide on the known end, tuples of affixes included', async () => {
    const d = await py(`
stack = pulumi.get_stack()
n = f"app-{stack}-logs"
aws.s3.BucketV2("b1", bucket="yes" if n.startswith("alias/") else "no")
aws.s3.BucketV2("b2", bucket="yes" if n.startswith(("x-", "app-")) else "no")
aws.s3.BucketV2("b3", bucket="yes" if n.endswith("-logs") else "no")
aws.s3.BucketV2("b4", bucket="yes" if n.endswith((".log", ".txt")) else "no")
aws.s3.BucketV2("b5", bucket="yes" if n.startswith("app-prod") else "no")
`);
    expect(ofType(d, 'aws.s3.BucketV2').map((r: any) => (typeof r.args.bucket === 'string' ? r.args.bucket : 'either'))).toEqual(['no', 'yes', 'yes', 'no', 'either']);
  });
});
