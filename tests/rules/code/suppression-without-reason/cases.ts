import * as aws from '@pulumi/aws';

// --- bad
new aws.rds.Instance('db', {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  // stacklint-ignore security/hardcoded-secret // error: [code/suppression-without-reason]
  password: 'TempPassword123!',
});

// --- clean
new aws.rds.Instance('db2', {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  // stacklint-ignore security/hardcoded-secret: throwaway password for the ephemeral test database
  password: 'TempPassword123!',
});

// --- unknown
// (a suppression has a reason or not; nothing here is unknown)
