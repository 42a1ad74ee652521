import { describe, expect, it } from 'vitest';
import { analyzeInput, prepare } from '../../src/pipeline.js';
import { programOf } from '../helpers/program.js';

async function severities(files: Record<string, string>, entry: string, ruleId: string) {
  await prepare();
  return analyzeInput(programOf(files, entry)).findings.filter((f) => f.ruleId === ruleId).map((f) => f.severity);
}

describe('severity by what the value is', () => {
  it('a placeholder stored in a secret store is medium; a literal password argument stays critical', async () => {
    const ts = `import * as aws from '@pulumi/aws';
const secret = new aws.secretsmanager.Secret('api');
new aws.secretsmanager.SecretVersion('api-v1', { secretId: secret.id, secretString: 'placeholder-api-key' });
new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', allocatedStorage: 20, username: 'app', password: 'placeholder-db-password' });
`;
    expect(await severities({ 'index.ts': ts }, 'index.ts', 'security/hardcoded-secret')).toEqual(['medium', 'critical']);
    const py = `import pulumi_aws as aws
secret = aws.secretsmanager.Secret("api")
aws.secretsmanager.SecretVersion("api-v1", secret_id=secret.id, secret_string="changeme")
aws.secretsmanager.SecretVersion("api-v2", secret_id=secret.id, secret_string="k8Hq2-real-looking")
`;
    expect(await severities({ '__main__.py': py }, '__main__.py', 'security/hardcoded-secret')).toEqual(['medium', 'critical']);
  });

  it('a public subnet in a cache subnet group is medium; in a database subnet group it is high', async () => {
    const py = `import pulumi_aws as aws
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
public_a = aws.ec2.Subnet("public-a", vpc_id=vpc.id, cidr_block="10.0.1.0/24", map_public_ip_on_launch=True)
aws.elasticache.SubnetGroup("cache", subnet_ids=[public_a.id])
aws.rds.SubnetGroup("db", subnet_ids=[public_a.id])
`;
    expect(await severities({ '__main__.py': py }, '__main__.py', 'security/public-network-exposure')).toEqual(['medium', 'high']);
  });

  it('public IPs on ECS tasks are medium with a NAT gateway in the program, low without one', async () => {
    const service = `new aws.ecs.Service('svc', { cluster: 'c', taskDefinition: 't', networkConfiguration: { subnets: ['subnet-1'], assignPublicIp: true } });\n`;
    const head = `import * as aws from '@pulumi/aws';\n`;
    const nat = `new aws.ec2.NatGateway('nat', { subnetId: 'subnet-2', allocationId: 'eipalloc-1' });\n`;
    expect(await severities({ 'index.ts': head + nat + service }, 'index.ts', 'security/public-network-exposure')).toEqual(['medium']);
    expect(await severities({ 'index.ts': head + service }, 'index.ts', 'security/public-network-exposure')).toEqual(['low']);
  });

  it('the usual CloudWatch agent grant on any log group is low; other wildcard-account grants are medium', async () => {
    const policy = (actions: string[], resource: string) =>
      `new aws.iam.RolePolicy('p${actions.length}', { role: 'r', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ${JSON.stringify(actions)}, Resource: '${resource}' }] }) });\n`;
    const ts =
      `import * as aws from '@pulumi/aws';\n` +
      policy(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'], 'arn:aws:logs:*:*:*') +
      policy(['dynamodb:GetItem'], 'arn:aws:dynamodb:us-east-1:*:table/orders');
    expect(await severities({ 'index.ts': ts }, 'index.ts', 'security/iam-wildcard-arn')).toEqual(['low', 'medium']);
  });

  it('a database port open to the internet is critical, medium when the group is attached only to a private database', async () => {
    const ts = `import * as aws from '@pulumi/aws';
const open = { ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, cidrBlocks: ['0.0.0.0/0'] }] };
const dbSg = new aws.ec2.SecurityGroup('db', { vpcId: 'vpc-1', ...open });
new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', vpcSecurityGroupIds: [dbSg.id] });
const hostSg = new aws.ec2.SecurityGroup('host', { vpcId: 'vpc-1', ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, cidrBlocks: ['0.0.0.0/0'] }] });
new aws.ec2.Instance('host', { ami: 'ami-123', instanceType: 't3.micro', vpcSecurityGroupIds: [hostSg.id] });
`;
    expect(await severities({ 'index.ts': ts }, 'index.ts', 'security/sg-open-ingress')).toEqual(['medium', 'critical']);
  });

  it('an unknown data source is medium where a Python except takes the AttributeError, critical elsewhere', async () => {
    const py = `import pulumi
import pulumi_aws as aws
try:
    aws.cloudtrail.get_trail(name="a")
except Exception:
    pass
try:
    aws.cloudtrail.get_trail(name="b")
except KeyError:
    pass
def lookup():
    return aws.cloudtrail.get_trail(name="c")
try:
    lookup()
except AttributeError:
    pass
lookup()
`;
    expect(await severities({ '__main__.py': py }, '__main__.py', 'aws/unknown-data-source')).toEqual(['medium', 'critical', 'critical']);
  });

  it('a fixed bucket name (or the bare environment suffix) is high; the program\'s words with the environment suffix are a convention, medium', async () => {
    const ts = `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
const environmentSuffix = new pulumi.Config().get('environmentSuffix') || 'dev';
new aws.s3.BucketV2('a', { bucket: 'pipeline-artifacts' });
new aws.s3.BucketV2('b', { bucket: \`compliance-results-\${environmentSuffix}\` });
new aws.s3.BucketV2('c', { bucket: \`\${environmentSuffix}\` });
`;
    expect(await severities({ 'index.ts': ts }, 'index.ts', 'naming/non-unique-bucket-name')).toEqual(['high', 'medium', 'high']);
    const py = `import os
import pulumi_aws as aws
environment_suffix = os.environ.get("ENVIRONMENT_SUFFIX", "dev")
aws.s3.BucketV2("a", bucket="pipeline-artifacts")
aws.s3.BucketV2("b", bucket=f"{environment_suffix}-rawdata-bucket")
aws.s3.BucketV2("c", bucket=f"{environment_suffix}-{environment_suffix}")
`;
    expect(await severities({ '__main__.py': py }, '__main__.py', 'naming/non-unique-bucket-name')).toEqual(['high', 'medium', 'high']);
  });

  it('a resource that misses a provider differing from the default only by default tags is medium; one that changes the region stays high', async () => {
    const ts = (region: string) => `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
const provider = new aws.Provider('tagged', { region: ${region}, defaultTags: { tags: { Project: 'tap' } } });
class Storage extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:storage:Storage', name, {}, opts);
    new aws.s3.BucketV2(\`\${name}-data\`, {}, { parent: this });
    new aws.sqs.Queue(\`\${name}-events\`);
  }
}
new Storage('storage', { providers: [provider] });
`;
    expect(await severities({ 'index.ts': ts("process.env.AWS_REGION || 'us-east-1'") }, 'index.ts', 'pulumi/provider-not-propagated')).toEqual(['medium']);
    expect(await severities({ 'index.ts': ts("'us-west-2'") }, 'index.ts', 'pulumi/provider-not-propagated')).toEqual(['high']);
    const py = (extra: string) => `import pulumi
import pulumi_aws as aws
config = pulumi.Config("aws")
provider = aws.Provider("tagged", region=config.require("region"), default_tags=aws.ProviderDefaultTagsArgs(tags={"Project": "tap"})${extra})
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16", opts=pulumi.ResourceOptions(provider=provider))
for i in range(4):
    aws.ec2.Subnet(f"private-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24", opts=pulumi.ResourceOptions(provider=provider))
aws.ec2.Subnet("forgotten", vpc_id=vpc.id, cidr_block="10.0.9.0/24")
`;
    expect(await severities({ '__main__.py': py('') }, '__main__.py', 'pulumi/provider-not-propagated')).toEqual(['medium']);
    expect(await severities({ '__main__.py': py(', assume_role=aws.ProviderAssumeRoleArgs(role_arn="arn:aws:iam::123456789012:role/deploy")') }, '__main__.py', 'pulumi/provider-not-propagated')).toEqual(['high']);
  });
});

