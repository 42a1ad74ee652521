import { req, type Fixture } from '../helpers.js';

export const fixtures: Fixture[] = [
  {
    name: 'iam-mfa',
    req: req('iam-mfa', {}, 'Require MFA to assume the admin role'),
    ts: {
      pass: `new aws.iam.Role('admin', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] }) });`,
      fail: `new aws.iam.Role('admin', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }] }) });`,
      unknown: `import { Roles } from './roles';\nnew Roles('r');\nnew aws.iam.Role('admin', { assumeRolePolicy: '{}' });`,
    },
    py: {
      pass: `aws.iam.Policy("ops", policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]}))`,
      fail: `aws.iam.Policy("ops", policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}))`,
      unknown: `from .roles import Roles\nRoles("r")\naws.iam.Policy("ops", policy="{}")`,
    },
  },
  {
    name: 'permissions-boundary',
    req: req('permissions-boundary', {}, 'All IAM roles must have a permissions boundary'),
    ts: {
      pass: `new aws.iam.Role('worker', { assumeRolePolicy: '{}', permissionsBoundary: 'arn:aws:iam::111122223333:policy/Boundary' });`,
      fail: `new aws.iam.Role('worker', { assumeRolePolicy: '{}' });`,
      unknown: `new aws.iam.Role('worker', { assumeRolePolicy: '{}', ...config.requireObject<object>('roleArgs') });`,
    },
    py: {
      pass: `aws.iam.Role("worker", assume_role_policy="{}", permissions_boundary=config.require("boundaryArn"))`,
      fail: `aws.iam.Role("worker", assume_role_policy="{}", path="/apps/")`,
      unknown: `aws.iam.Role("worker", **config.require_object("role_args"))`,
    },
  },
  {
    name: 'managed-policy',
    req: req('managed-policy', { names: ['AmazonSSMManagedInstanceCore'] }, 'Attach AmazonSSMManagedInstanceCore to the instance role'),
    ts: {
      pass: `const r = new aws.iam.Role('node', { assumeRolePolicy: '{}' });\nnew aws.iam.RolePolicyAttachment('ssm', { role: r.name, policyArn: aws.iam.ManagedPolicy.AmazonSSMManagedInstanceCore });`,
      fail: `const r = new aws.iam.Role('node', { assumeRolePolicy: '{}' });\nnew aws.iam.RolePolicyAttachment('cw', { role: r.name, policyArn: 'arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy' });`,
      unknown: `const r = new aws.iam.Role('node', { assumeRolePolicy: '{}' });\nnew aws.iam.RolePolicyAttachment('extra', { role: r.name, policyArn: config.require('policyArn') });`,
    },
    py: {
      pass: `r = aws.iam.Role("node", assume_role_policy="{}")\naws.iam.RolePolicyAttachment("ssm", role=r.name, policy_arn="arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore")`,
      fail: `r = aws.iam.Role("node", assume_role_policy="{}", managed_policy_arns=["arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy"])`,
      unknown: `r = aws.iam.Role("node", assume_role_policy="{}", managed_policy_arns=config.require_object("policies"))`,
    },
  },
  {
    name: 'encryption-at-rest with customer-managed keys',
    req: req('encryption-at-rest', { customerManaged: true, scope: ['dynamodb'] }, 'Encrypt all tables with tenant-specific KMS keys'),
    ts: {
      pass: `const key = new aws.kms.Key('k', { enableKeyRotation: true });\nnew aws.dynamodb.Table('t', { hashKey: 'id', serverSideEncryption: { enabled: true, kmsKeyArn: key.arn } });`,
      fail: `new aws.kms.Key('k');\nnew aws.dynamodb.Table('t', { hashKey: 'id' });`,
      unknown: `new aws.kms.Key('k');\nnew aws.dynamodb.Table('t', { hashKey: 'id', serverSideEncryption: { enabled: config.requireBoolean('sse') } });`,
    },
    py: {
      pass: `key = aws.kms.Key("k")\naws.dynamodb.Table("t", hash_key="id", server_side_encryption={"enabled": True, "kms_key_arn": key.arn})`,
      fail: `aws.dynamodb.Table("t", hash_key="id", server_side_encryption={"enabled": True})`,
      unknown: `aws.kms.Key("k")\naws.dynamodb.Table("t", hash_key="id", server_side_encryption={"enabled": config.require_bool("sse")})`,
    },
  },
  {
    name: 'encryption-at-rest',
    req: req('encryption-at-rest', { customerManaged: false }, 'Enable encryption at rest for all data stores'),
    ts: {
      pass: `new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', storageEncrypted: true });`,
      fail: `new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro' });`,
      unknown: `new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', storageEncrypted: config.requireBoolean('enc') });`,
    },
    py: {
      pass: `aws.efs.FileSystem("fs", encrypted=True)`,
      fail: `aws.efs.FileSystem("fs", encrypted=False)`,
      unknown: `aws.efs.FileSystem("fs", encrypted=config.require_bool("enc"))`,
    },
  },
  {
    name: 'key-rotation',
    req: req('key-rotation', {}, 'KMS key rotation enabled automatically'),
    ts: { pass: `new aws.kms.Key('k', { enableKeyRotation: true });`, fail: `new aws.kms.Key('k');`, unknown: `new aws.kms.Key('k', { enableKeyRotation: config.requireBoolean('rotate') });` },
    py: { pass: `aws.kms.Key("k", enable_key_rotation=True)`, fail: `aws.kms.Key("k", enable_key_rotation=False)`, unknown: `aws.kms.Key("k", enable_key_rotation=config.require_bool("rotate"))` },
  },
  {
    name: 'tls',
    req: req('tls', { httpsOnly: true, scope: ['load-balancers'] }, 'all HTTP traffic redirected to HTTPS'),
    ts: {
      pass: `new aws.lb.Listener('http', { loadBalancerArn: 'lb', port: 80, protocol: 'HTTP', defaultActions: [{ type: 'redirect', redirect: { port: '443', protocol: 'HTTPS', statusCode: 'HTTP_301' } }] });`,
      fail: `new aws.lb.Listener('http', { loadBalancerArn: 'lb', port: 80, protocol: 'HTTP', defaultActions: [{ type: 'forward', targetGroupArn: 'tg' }] });`,
      unknown: `new aws.s3.BucketV2('b');`,
    },
    py: {
      pass: `aws.lb.Listener("https", load_balancer_arn="lb", port=443, protocol="HTTPS", certificate_arn="c", default_actions=[{"type": "forward", "target_group_arn": "tg"}])`,
      fail: `aws.lb.Listener("http", load_balancer_arn="lb", port=80, protocol="HTTP", default_actions=[{"type": "forward", "target_group_arn": "tg"}])`,
      unknown: `aws.s3.BucketV2("b")`,
    },
  },
  {
    name: 'public-access-block',
    req: req('public-access-block', {}, 'Block all public access on S3 bucket'),
    ts: {
      pass: `const b = new aws.s3.BucketV2('b');\nnew aws.s3.BucketPublicAccessBlock('pab', { bucket: b.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });`,
      fail: `new aws.s3.BucketV2('b');`,
      unknown: `new aws.s3.BucketV2('b');\nnew aws.s3.BucketPublicAccessBlock('pab', { bucket: config.require('bucket'), blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });`,
    },
    py: {
      pass: `b = aws.s3.Bucket("b")\naws.s3.BucketPublicAccessBlock("pab", bucket=b.id, block_public_acls=True, block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True)`,
      fail: `b = aws.s3.Bucket("b")\naws.s3.BucketPublicAccessBlock("pab", bucket=b.id, block_public_acls=True, block_public_policy=True)`,
      unknown: `b = aws.s3.Bucket("b")\naws.s3.BucketPublicAccessBlock("pab", bucket=config.require("bucket"), block_public_acls=True, block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True)`,
    },
  },
  {
    name: 'least-privilege',
    req: req('least-privilege', {}, 'No wildcard actions allowed in IAM policies'),
    ts: {
      pass: `new aws.iam.RolePolicy('p', { role: 'r', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:PutItem'], Resource: '*' }] }) });`,
      fail: `new aws.iam.RolePolicy('p', { role: 'r', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] }) });`,
      unknown: `new aws.s3.BucketV2('b');`,
    },
    py: {
      pass: `aws.iam.RolePolicyAttachment("a", role="r", policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")`,
      fail: `aws.iam.RolePolicyAttachment("a", role="r", policy_arn="arn:aws:iam::aws:policy/AmazonS3FullAccess")`,
      unknown: `aws.s3.BucketV2("b")`,
    },
  },
  {
    name: 'imdsv2',
    req: req('imdsv2', {}, 'EC2 instances must require IMDSv2'),
    ts: {
      pass: `new aws.ec2.LaunchTemplate('lt', { imageId: 'ami', metadataOptions: { httpTokens: 'required' } });`,
      fail: `new aws.ec2.Instance('i', { ami: 'ami', instanceType: 't3.micro' });`,
      unknown: `new aws.ec2.Instance('i', { ami: 'ami', instanceType: 't3.micro', metadataOptions: { httpTokens: config.require('tokens') } });`,
    },
    py: {
      pass: `aws.ec2.Instance("i", ami="ami", instance_type="t3.micro", metadata_options={"http_tokens": "required"})`,
      fail: `aws.ec2.Instance("i", ami="ami", instance_type="t3.micro", metadata_options={"http_tokens": "optional"})`,
      unknown: `aws.ec2.Instance("i", ami="ami", instance_type="t3.micro", metadata_options={"http_tokens": config.require("tokens")})`,
    },
  },
  {
    name: 'managed-policies-only',
    req: req('managed-policies-only', {}, 'IAM roles must follow principle of least privilege with no inline policies allowed'),
    ts: {
      pass: `const role = new aws.iam.Role('r', { assumeRolePolicy: '{}' });\nconst p = new aws.iam.Policy('p', { policy: '{}' });\nnew aws.iam.RolePolicyAttachment('a', { role: role.name, policyArn: p.arn });`,
      fail: `const role = new aws.iam.Role('r', { assumeRolePolicy: '{}' });\nnew aws.iam.RolePolicy('inline', { role: role.id, policy: '{}' });`,
      unknown: `new aws.s3.BucketV2('b');`,
    },
    py: {
      pass: `role = aws.iam.Role("r", assume_role_policy="{}")\naws.iam.RolePolicyAttachment("a", role=role.name, policy_arn="arn:aws:iam::aws:policy/ReadOnlyAccess")`,
      fail: `aws.iam.Role("r", assume_role_policy="{}", inline_policies=[{"name": "inline", "policy": "{}"}])`,
      unknown: '',
    },
  },
  {
    name: 'role-per-function',
    req: req('role-per-function', {}, 'Create separate IAM roles for each Lambda function'),
    ts: {
      pass: `const a = new aws.iam.Role('a', { assumeRolePolicy: '{}' });\nconst b = new aws.iam.Role('b', { assumeRolePolicy: '{}' });\nnew aws.lambda.Function('f1', { runtime: 'nodejs20.x', handler: 'index.h', role: a.arn, code: new pulumi.asset.AssetArchive({}) });\nnew aws.lambda.Function('f2', { runtime: 'nodejs20.x', handler: 'index.h', role: b.arn, code: new pulumi.asset.AssetArchive({}) });`,
      fail: `const r = new aws.iam.Role('r', { assumeRolePolicy: '{}' });\nfor (const n of ['f1', 'f2']) new aws.lambda.Function(n, { runtime: 'nodejs20.x', handler: 'index.h', role: r.arn, code: new pulumi.asset.AssetArchive({}) });`,
      unknown: `new aws.lambda.Function('f1', { runtime: 'nodejs20.x', handler: 'index.h', role: config.require('roleArn'), code: new pulumi.asset.AssetArchive({}) });\nnew aws.lambda.Function('f2', { runtime: 'nodejs20.x', handler: 'index.h', role: config.require('otherRoleArn'), code: new pulumi.asset.AssetArchive({}) });`,
    },
    py: {
      pass: `a = aws.iam.Role("a", assume_role_policy="{}")\naws.lambda_.Function("f1", runtime="python3.12", handler="index.h", role=a.arn, code=pulumi.AssetArchive({}))`,
      fail: `aws.lambda_.Function("f1", runtime="python3.12", handler="index.h", role="arn:aws:iam::123456789012:role/app", code=pulumi.AssetArchive({}))\naws.lambda_.Function("f2", runtime="python3.12", handler="index.h", role="arn:aws:iam::123456789012:role/app", code=pulumi.AssetArchive({}))`,
      unknown: '',
    },
  },
  {
    name: 'encryption with an existing KMS key',
    req: req('existing-kms-key', { key: 'alias/app-kms' }, 'Encrypted at rest with the KMS key identified by `alias/app-kms`'),
    ts: {
      pass: `const key = aws.kms.getKeyOutput({ keyId: 'alias/app-kms' });\nnew aws.sqs.Queue('q', { kmsMasterKeyId: key.arn });`,
      fail: `const key = new aws.kms.Key('k', { enableKeyRotation: true });\nnew aws.kms.Alias('a', { name: 'alias/app-kms', targetKeyId: key.keyId });\nnew aws.sqs.Queue('q', { kmsMasterKeyId: key.arn });`,
      unknown: `new aws.sqs.Queue('q', { kmsMasterKeyId: config.require('queueKey') });`,
    },
    py: {
      pass: `kms_alias = config.get("kms_alias") or "alias/app-kms"\naws.sqs.Queue("q", kms_master_key_id=kms_alias)`,
      fail: `key = aws.kms.Key("k", enable_key_rotation=True)\naws.sqs.Queue("q", kms_master_key_id=key.arn)`,
      unknown: `aws.sqs.Queue("q", kms_master_key_id=config.require("queue_key"))`,
    },
  },
  {
    name: 'explicit deny statements',
    req: req('iam-explicit-deny', {}, 'Include explicit deny statements for destructive actions'),
    ts: {
      pass: `new aws.iam.Policy('p', { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }] }) });`,
      fail: `new aws.iam.Policy('p', { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }) });`,
      unknown: `import { policyDocument } from './policies';\nnew aws.iam.Policy('p', { policy: policyDocument });`,
    },
    py: {
      pass: `doc = aws.iam.get_policy_document(statements=[{"effect": "Deny", "actions": ["dynamodb:DeleteTable"], "resources": ["*"]}])\naws.iam.Policy("p", policy=doc.json)`,
      fail: `aws.iam.Policy("p", policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}))`,
      unknown: `with open("policy.json") as f:\n    doc = f.read()\naws.iam.Policy("p", policy=doc)`,
    },
  },
];
