// The schema API over the committed artifacts. Facts asserted here were read from the pinned
// @pulumi/aws declaration files (7.48.0 and 6.83.4).

import { describe, expect, test } from 'vitest';
import { readArtifact } from '../../src/schema/artifact.js';
import { enumOf, loadAwsSchema } from '../../src/schema/index.js';
import { artifactUrl } from '../../src/schema/load.js';
import { createSchemaIndex } from '../../src/schema/schema-index.js';

describe('loading', () => {
  test('each major records the release it came from', () => {
    // Measured for the report only (timing is not asserted): opening bypasses the load cache.
    const started = performance.now();
    const fresh = createSchemaIndex(readArtifact(artifactUrl(7)), 7);
    const opened = performance.now();
    fresh.resourceByPath('aws.ec2.SecurityGroup');
    const looked = performance.now();
    console.log(`aws-7 opened in ${(opened - started).toFixed(1)} ms, first ec2 lookup ${(looked - opened).toFixed(1)} ms`);
    expect(fresh.providerVersion).toMatch(/^7\./);
    expect(loadAwsSchema(7).major).toBe(7);
    expect(loadAwsSchema(7)).toBe(loadAwsSchema(7));
    expect(loadAwsSchema(6).providerVersion).toMatch(/^6\./);
  });
});

describe.each([7, 6] as const)('aws %i.x', (major) => {
  const schema = loadAwsSchema(major);

  test('resources by token and by path in either language', () => {
    const bucket = schema.resource('aws:s3/bucketV2:BucketV2');
    expect(bucket).toMatchObject({ module: 's3', name: 'BucketV2', tsPath: 'aws.s3.BucketV2', pythonPath: 'pulumi_aws.s3.BucketV2' });
    for (const path of ['aws.lambda.Function', 'lambda.Function', 'pulumi_aws.lambda_.Function']) {
      expect(schema.resourceByPath(path)?.token).toBe('aws:lambda/function:Function');
    }
    expect(schema.resourceByPath('aws.lambda.Function')?.pythonPath).toBe('pulumi_aws.lambda_.Function');
    expect(schema.resource('pulumi:providers:aws')).toMatchObject({ tsPath: 'aws.Provider', pythonPath: 'pulumi_aws.Provider' });
    expect(schema.resource('aws:s3/nothing:Nothing')).toBeUndefined();
    expect(schema.resourceByPath('aws.nomodule.Thing')).toBeUndefined();
  });

  test('properties the provider stores as secrets', () => {
    expect([...schema.resourceByPath('aws.secretsmanager.SecretVersion')!.secretProperties]).toContain('secretString');
    expect([...schema.resourceByPath('aws.rds.Cluster')!.secretProperties]).toContain('masterPassword');
    expect(schema.resourceByPath('aws.lambda.Function')!.secretProperties.size).toBe(0);
  });

  test('required arguments', () => {
    const required = (path: string) =>
      schema.resourceByPath(path)!.inputs.properties.filter((p) => p.required).map((p) => p.name).sort();
    expect(required('aws.lambda.Function')).toEqual(['role']);
    expect(required('aws.ec2.SecurityGroupRule')).toEqual(['fromPort', 'protocol', 'securityGroupId', 'toPort', 'type']);
  });

  test('argument kinds, Python names and Input wrapping', () => {
    const fn = schema.resourceByPath('aws.lambda.Function')!.inputs;
    expect(fn.property('memorySize')).toMatchObject({ kind: { kind: 'number' }, required: false, input: true });
    expect(fn.property('tags')?.kind).toEqual({ kind: 'map', of: { kind: 'string' } });
    expect(fn.property('layers')?.kind).toEqual({ kind: 'array', of: { kind: 'string' } });
    expect(fn.property('code')?.kind).toEqual({ kind: 'archive' });
    const logGroup = schema.resourceByPath('aws.cloudwatch.LogGroup')!.inputs;
    expect(logGroup.property('retention_in_days')).toBe(logGroup.property('retentionInDays'));
    expect(logGroup.property('retentionInDays')?.pythonName).toBe('retention_in_days');
    expect(logGroup.property('retentionInDay')).toBeUndefined();
    // The constructor's own `resource_name` parameter pushes this property's keyword to `resource_name_`.
    const access = schema.resourceByPath('aws.lightsail.BucketResourceAccess')!.inputs;
    expect(access.property('resource_name_')?.name).toBe('resourceName');
    expect(access.property('resource_name')?.name).toBe('resourceName');
    // A resource object is accepted where its name or ARN is expected.
    const attachment = schema.resourceByPath('aws.iam.RolePolicyAttachment')!.inputs;
    expect(attachment.property('role')?.kind).toEqual({
      kind: 'union',
      of: [{ kind: 'string' }, { kind: 'resource', resource: 'iam.Role' }],
    });
  });

  test('nested argument types at any depth', () => {
    const ingress = schema.resourceByPath('aws.ec2.SecurityGroup')!.inputs.property('ingress')!;
    expect(ingress.kind).toEqual({ kind: 'array', of: { kind: 'object', type: 'ec2.SecurityGroupIngress' } });
    const rule = schema.type('ec2.SecurityGroupIngress')!;
    expect(rule.property('fromPort')).toMatchObject({ kind: { kind: 'number' }, required: true });
    expect(rule.property('from_port')?.name).toBe('fromPort');
    expect(rule.property('cidrBlocks')?.kind).toEqual({ kind: 'array', of: { kind: 'string' } });
    expect(schema.type('aws.ec2.SecurityGroupIngress')).toBe(rule);
    expect(schema.type('ec2.NoSuchType')).toBeUndefined();
  });

  test('enums: values, Python member names, open and closed kinds', () => {
    const runtime = schema.enum('aws.lambda.Runtime')!;
    expect(runtime.pythonPath).toBe('pulumi_aws.lambda_.Runtime');
    expect(runtime.value('NodeJS18dX')).toBe('nodejs18.x');
    expect(runtime.value('NODE_JS18D_X')).toBe('nodejs18.x');
    expect(schema.enumValue('lambda.Runtime', 'Python3d12')).toBe('python3.12');
    expect(schema.enumValue('lambda.Runtime', 'NodeJS99dX')).toBeUndefined();
    expect(runtime.values.has('java8.al2')).toBe(true);
    expect(runtime.deprecation('Go1dx')?.message).toMatch(/deprecated/);
    expect(schema.enumValue('iam.ManagedPolicy', 'AdministratorAccess')).toBe('arn:aws:iam::aws:policy/AdministratorAccess');
    expect(schema.enumValue('Region', 'USEast1')).toBe('us-east-1');
    // `runtime?: string | enums.lambda.Runtime`: TypeScript takes any string, the enum lists known ones.
    const kind = schema.resourceByPath('aws.lambda.Function')!.inputs.property('runtime')!.kind;
    expect(enumOf(kind)).toEqual({ enum: 'lambda.Runtime', closed: false });
  });

  test('invokes: arguments, results and Output variants in either language', () => {
    const identity = schema.function('aws.getCallerIdentity')!;
    expect(identity).toMatchObject({ token: 'aws:index/getCallerIdentity:getCallerIdentity', hasOutputVariant: true });
    expect(identity.result?.property('account_id')?.name).toBe('accountId');
    expect(schema.function('pulumi_aws.get_caller_identity_output')).toBe(identity);
    expect(schema.function('aws.getCallerIdentityOutput')).toBe(identity);
    const getFunction = schema.function('lambda.getFunction')!;
    expect(getFunction.pythonPath).toBe('pulumi_aws.lambda_.get_function');
    // Plain invoke arguments take no Outputs (the Output variant does).
    expect(getFunction.inputs?.property('functionName')).toMatchObject({ required: true, input: false });
    const vpc = schema.function('aws:ec2/getVpc:getVpc')!;
    expect(vpc.result?.property('cidrBlockAssociations')?.kind).toEqual({
      kind: 'array',
      of: { kind: 'object', type: 'ec2.GetVpcCidrBlockAssociation' },
    });
    expect(schema.outputType('ec2.GetVpcCidrBlockAssociation')?.property('cidrBlock')).toBeDefined();
    expect(schema.function('aws.lambda.getNothing')).toBeUndefined();
  });

  test('resource outputs', () => {
    const outputs = schema.resourceByPath('aws.lambda.Function')!.outputs;
    expect(outputs.property('arn')).toMatchObject({ kind: { kind: 'string' }, required: true, input: false });
    expect(outputs.property('invoke_arn')?.name).toBe('invokeArn');
    expect(outputs.property('id')?.kind).toEqual({ kind: 'string' });
    expect(outputs.property('urn')).toBeDefined();
  });

  test('module members for did-you-mean', () => {
    expect(schema.modules()).toEqual(expect.arrayContaining(['ec2', 'lambda', 's3']));
    const ts = schema.members('lambda', 'ts');
    expect(ts).toEqual(expect.arrayContaining(['Function', 'getFunction', 'getFunctionOutput', 'Runtime', 'CallbackFunction']));
    const py = schema.members('lambda_', 'py');
    expect(py).toEqual(expect.arrayContaining(['Function', 'get_function', 'get_function_output', 'Runtime']));
    expect(py).not.toContain('CallbackFunction');
    expect(schema.members('', 'ts')).toEqual(expect.arrayContaining(['Provider', 'getRegion', 'Region']));
    expect(schema.members('nomodule', 'ts')).toEqual([]);
  });

  test('camelName knows the irregular names', () => {
    expect(schema.camelName('retention_in_days')).toBe('retentionInDays');
    expect(schema.camelName('not_action')).toBe('NotAction');
  });
});

describe('deprecations depend on the major version', () => {
  const s7 = loadAwsSchema(7);
  const s6 = loadAwsSchema(6);

  test('BucketV2 is deprecated in favour of Bucket only in 7.x', () => {
    expect(s7.resource('aws:s3/bucketV2:BucketV2')?.deprecated).toEqual({
      message: 's3.BucketV2 has been deprecated in favor of s3.Bucket',
      replacement: 'aws:s3/bucket:Bucket',
    });
    expect(s6.resource('aws:s3/bucketV2:BucketV2')?.deprecated).toBeUndefined();
  });

  test('aws.s3.Bucket versioning is deprecated only in 7.x, naming the resource to use', () => {
    const versioning7 = s7.resourceByPath('aws.s3.Bucket')!.inputs.property('versioning')!;
    expect(versioning7.deprecated?.message).toMatch(/Use the aws\.s3\.BucketVersioning resource instead/);
    expect(versioning7.deprecated?.replacement).toBe('aws:s3/bucketVersioning:BucketVersioning');
    expect(s6.resourceByPath('aws.s3.Bucket')!.inputs.property('versioning')!.deprecated).toBeUndefined();
  });

  test('a replacement that is a sibling property', () => {
    const nics = s7.resourceByPath('aws.ec2.Instance')!.inputs.property('networkInterfaces')!;
    expect(nics.deprecated?.replacement).toBe('primaryNetworkInterface');
    expect(s6.resourceByPath('aws.ec2.Instance')!.inputs.property('networkInterfaces')!.deprecated).toBeUndefined();
  });

  test("6.x's hand-written policy document types", () => {
    const policy = s6.resourceByPath('aws.iam.Role')!.inputs.property('assumeRolePolicy')!;
    expect(policy.kind).toEqual({ kind: 'union', of: [{ kind: 'string' }, { kind: 'object', type: 'iam.PolicyDocument' }] });
    expect(s6.type('iam.PolicyStatement')?.property('Effect')?.kind).toEqual({
      kind: 'union',
      of: [
        { kind: 'literal', value: 'Allow' },
        { kind: 'literal', value: 'Deny' },
      ],
    });
  });
});
