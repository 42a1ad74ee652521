// Every kind has a pass, a fail and an unknown fixture in TypeScript and in Python (checks/*.fixtures.ts).
import { describe, expect, test } from 'vitest';
import { KIND_NAMES } from '../../src/requirements/kinds.js';
import { fixtures as compute } from './checks/compute.fixtures.js';
import { fixtures as config } from './checks/config.fixtures.js';
import { fixtures as database } from './checks/database.fixtures.js';
import { fixtures as lambda } from './checks/lambda.fixtures.js';
import { fixtures as logging } from './checks/logging.fixtures.js';
import { fixtures as network } from './checks/network.fixtures.js';
import { fixtures as program } from './checks/program.fixtures.js';
import { fixtures as security } from './checks/security.fixtures.js';
import { fixtures as storage } from './checks/storage.fixtures.js';
import { fixtures as tagging } from './checks/tagging.fixtures.js';
import { expectVerdicts, req, verdict, type Fixture } from './helpers.js';

const families: Record<string, Fixture[]> = { program, logging, network, lambda, database, storage, security, tagging, compute, config };

for (const [family, fixtures] of Object.entries(families)) {
  describe(family, () => {
    describe.each(fixtures)('$name', (f) => {
      test('TypeScript', () => expectVerdicts(f, 'ts'));
      test('Python', () => expectVerdicts(f, 'py'));
    });
  });
}

test('every kind has fixtures', () => {
  const covered = new Set(
    Object.values(families)
      .flat()
      .flatMap((f) => (Array.isArray(f.req) ? f.req : 'kind' in f.req ? [f.req] : Object.values(f.req)))
      .map((r) => r.kind),
  );
  expect(KIND_NAMES.filter((k) => !covered.has(k))).toEqual([]);
});

test('a program in another language fails the platform requirement', async () => {
  const r = await verdict(req('platform', { tool: 'pulumi', language: 'python' }, 'Create this using Pulumi with Python'), 'ts', `new aws.s3.BucketV2('b');`);
  expect(r.status).toBe('fail');
  expect(r.message).toContain('written in TypeScript/JavaScript');
});

test('siblings: a value any of several requirements of the kind allows passes', async () => {
  const dev = req('log-retention', { days: 7 }, '7 days for dev');
  const prod = req('log-retention', { days: 30 }, '30 days for prod');
  const code = `new aws.cloudwatch.LogGroup('dev', { retentionInDays: 7 });\nnew aws.cloudwatch.LogGroup('prod', { retentionInDays: 30 });`;
  expect((await verdict([prod, dev], 'ts', code)).status).toBe('pass');
  expect((await verdict([prod], 'ts', code)).status).toBe('fail');
});

test('a failure points at the offending value and names the resource', async () => {
  const r = await verdict(req('log-retention', { days: 30 }, 'Configure 30-day retention for all log groups'), 'ts', `new aws.cloudwatch.LogGroup('app', { retentionInDays: 7 });`);
  expect(r.message).toBe("The request says 'Configure 30-day retention for all log groups' (line 7) but aws.cloudwatch.LogGroup 'app' keeps logs 7 days.");
  expect(r.evidence.resourceId).toBeDefined();
  expect(r.evidence.at?.f).toBe('index.ts');
});

test('absences are not judged in an answer that imports modules it does not contain', async () => {
  const r = await verdict(req('required-service', { service: 'waf' }, 'Integrate AWS WAF'), 'ts', `import { Network } from './network';\nnew Network('n');\nnew aws.s3.BucketV2('b');`);
  expect(r.status).toBe('unknown');
});
