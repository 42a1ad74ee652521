import { describe, expect, test } from 'vitest';
import { analyzeInput, prepare } from '../../../src/pipeline.js';
import { programOf } from '../../helpers/program.js';

// A placeholder connection string (local or example host, template words) and a placeholder API key
// handed to code are values to replace, not leaked secrets: low, and the message says so. A real
// password for a real host stays critical, and so does a placeholder that is also a resource's password.
describe('security/hardcoded-secret on placeholders', () => {
  const programs = {
    'index.ts': `import * as aws from '@pulumi/aws';
new aws.lambda.Function('fn', { runtime: 'nodejs20.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/r', environment: { variables: {
  DATABASE_URL: 'postgresql://user:password@localhost:5432/db',
  API_KEY: 'your-api-key-here',
  DB_PASSWORD: 'ChangeMe123!',
  REPORTS_URL: 'postgresql://reports:Qx7-vR2m-91aa@reports.cluster-abc.us-east-1.rds.amazonaws.com:5432/reports',
} } });
new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', allocatedStorage: 20, username: 'app', password: 'ChangeMe123!' });
`,
    '__main__.py': `import pulumi_aws as aws
aws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/r", environment={"variables": {
    "DATABASE_URL": "postgresql://user:password@db.example.com:5432/db",
    "API_KEY": "your-api-key-here",
    "DB_PASSWORD": "ChangeMe123!",
    "REPORTS_URL": "postgresql://reports:Qx7-vR2m-91aa@reports.cluster-abc.us-east-1.rds.amazonaws.com:5432/reports",
}})
aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", allocated_storage=20, username="app", password="ChangeMe123!")
`,
  };
  for (const [name, text] of Object.entries(programs)) {
    test(name, async () => {
      await prepare();
      const found = analyzeInput(programOf({ [name]: text }, name)).findings.filter((f) => f.ruleId === 'security/hardcoded-secret');
      const lines = (needle: string) => found.filter((f) => text.slice(0, f.location.start).split('\n').length === text.split('\n').findIndex((l) => l.includes(needle)) + 1);
      expect(lines('DATABASE_URL').map((f) => [f.severity, /placeholder/.test(f.message)])).toEqual([['low', true]]);
      expect(lines('API_KEY').map((f) => [f.severity, /placeholder/.test(f.message)])).toEqual([['low', true]]);
      expect(lines('REPORTS_URL').map((f) => f.severity)).toEqual(['critical']);
      // The database's own password, passed to code: the real (guessable) secret.
      expect(lines('DB_PASSWORD').map((f) => f.severity)).toEqual(['critical']);
    });
  }
});
