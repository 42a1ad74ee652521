import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const env = config.require('env');

// --- bad
new aws.ssm.Parameter('db-password', { name: `/${env}/db/password`, type: 'String', value: config.requireSecret('dbPassword') }); // error: [security/secret-in-plain-parameter]
for (const svc of ['billing', 'search']) {
  new aws.ssm.Parameter(`${svc}-api-key`, { type: 'String', value: 'x' }); // error: [security/secret-in-plain-parameter]
}

// --- clean
new aws.ssm.Parameter('db-password-secure', { name: `/${env}/db/password-secure`, type: 'SecureString', value: config.requireSecret('dbPassword') });
new aws.ssm.Parameter('db-secret-arn', { name: `/${env}/db/secret-arn`, type: 'String', value: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db' });
new aws.ssm.Parameter('endpoint', { name: `/${env}/db/endpoint`, type: 'String', value: 'db.internal' });

// --- unknown
new aws.ssm.Parameter('configured', { name: `/${env}/db/password-2`, type: config.require('paramType'), value: config.requireSecret('dbPassword') });
