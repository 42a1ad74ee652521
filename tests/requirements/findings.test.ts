import { describe, expect, test } from 'vitest';
import { checkRequirements } from '../../src/requirements/check.js';
import { failureRecords, toFindings } from '../../src/requirements/findings.js';
import { KINDS } from '../../src/requirements/kinds.js';
import { modelOf } from '../helpers/program.js';
import { req } from './helpers.js';

describe('findings from failed requirements', () => {
  test('carry the rule id, class, severity, message, span and resource', async () => {
    const code = `import * as aws from '@pulumi/aws';\nnew aws.cloudwatch.LogGroup('app', { retentionInDays: 7 });\nnew aws.kms.Key('k', { enableKeyRotation: true });\n`;
    const model = await modelOf({ 'index.ts': code }, 'index.ts');
    const results = checkRequirements([req('log-retention', { days: 30 }, 'Configure 30-day retention'), req('key-rotation', {}, 'Enable key rotation'), req('required-service', { service: 'waf' }, 'Integrate AWS WAF')], model);
    expect(results.map((r) => r.status)).toEqual(['fail', 'pass', 'fail']);
    const records = failureRecords(results);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ ruleId: 'requirements/log-retention', class: 'LOG-RETENTION', severity: 'medium' });
    expect(records[1]).toMatchObject({ ruleId: 'requirements/required-service', class: 'REQ-MISSING-RESOURCE', severity: 'high' });
    expect(records[1]!.at).toBeUndefined();

    const [retention, waf] = toFindings(records, model);
    // Each says how to meet the requirement, with the request's values filled in.
    expect(retention!.fixHint).toMatch(/retention of every log group/);
    expect(waf!.fixHint).toBe('Create the waf resources the request asks for and wire them to the rest of the stack.');
    expect(code.slice(retention!.location.start, retention!.location.end)).toBe('7');
    expect(retention!.resource).toEqual({ type: 'aws:cloudwatch/logGroup:LogGroup', name: 'app' });
    // Something absent is shown at the entry point that should create it, not at the top of the input.
    expect(waf!.location.hostPath).toBe('index.ts');
    expect(code.slice(waf!.location.start, waf!.location.end)).toMatch(/^import \* as aws from '@pulumi\/aws';\nnew aws\.cloudwatch\.LogGroup/);
  });

  test('a missing environment variable is shown at the environment of the function that should carry it', async () => {
    const programs = {
      'index.ts': "import * as aws from '@pulumi/aws';\nexport const fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'r', environment: { variables: { TENANT_ID: 't1' } } }).arn;\n",
      '__main__.py': 'import pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.12", handler="main.handler", role="r", environment={"variables": {"TENANT_ID": "t1"}})\n',
    };
    for (const [name, code] of Object.entries(programs)) {
      const model = await modelOf({ [name]: code }, name);
      const records = failureRecords(checkRequirements([req('env-vars', { names: ['TENANT_ID', 'TENANT_SUBNET'] }, 'Lambda environment variables must include TENANT_ID and TENANT_SUBNET')], model));
      const [f] = toFindings(records, model);
      expect(f!.resource?.name, name).toBe('fn');
      expect(code.slice(f!.location.start, f!.location.end), name).toMatch(/^\{ ?"?variables"?: \{ ?"?TENANT_ID"?: ['"]t1['"] ?\} ?\}$/);
    }
  });

  test('a region the program never sets is medium; a different region is the kind\'s high', async () => {
    const unset = await modelOf({ 'index.ts': `import * as aws from '@pulumi/aws';\nnew aws.s3.BucketV2('b');\n` }, 'index.ts');
    const wrong = await modelOf({ 'index.ts': `import * as aws from '@pulumi/aws';\nconst p = new aws.Provider('p', { region: 'us-west-1' });\nnew aws.s3.BucketV2('b', {}, { provider: p });\n` }, 'index.ts');
    const region = [req('region', { region: 'us-west-2' }, 'Deploy to us-west-2')];
    expect(failureRecords(checkRequirements(region, unset)).map((r) => r.severity)).toEqual(['medium']);
    expect(failureRecords(checkRequirements(region, wrong)).map((r) => r.severity)).toEqual(['high']);
  });

  test('every requirement kind says how to fix its failure, and names only its own parameters', () => {
    for (const [kind, spec] of Object.entries(KINDS)) {
      expect(spec.fix.trim().length, kind).toBeGreaterThan(20);
      for (const m of spec.fix.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) expect(Object.keys(spec.params), `${kind}: {{${m[1]}}}`).toContain(m[1]);
    }
  });
});
