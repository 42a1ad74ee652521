import * as aws from '@pulumi/aws';

// --- bad
// stacklint-ignore security/hardcoded-secret: nothing secret below any more // error: [code/unused-suppression]
new aws.sns.Topic('alerts');
new aws.sqs.Queue('q'); // stacklint-ignore naming/no-such-rule: typo // error: [code/unused-suppression]

// --- clean
new aws.rds.Instance('db', {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  // stacklint-ignore security/hardcoded-secret: throwaway password for the ephemeral test database
  password: 'TempPassword123!',
});

// --- unknown
// (a suppression suppresses something or not; nothing here is unknown)
