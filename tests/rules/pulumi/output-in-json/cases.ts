import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const queue = new aws.sqs.Queue('q');
const table = new aws.dynamodb.Table('t', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });

// --- bad
new aws.iam.Policy('p', {
  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: queue.arn }] }), // error: [pulumi/output-in-json]
});
new aws.ecs.TaskDefinition('td', {
  family: 'app',
  containerDefinitions: JSON.stringify([{ name: 'app', image: 'nginx', environment: [{ name: 'TABLE', value: table.name }] }]), // error: [pulumi/output-in-json]
});

// An Output captured from outside the callback is still an Output inside it.
new aws.iam.Policy('p7', {
  policy: queue.arn.apply((q) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: [q, table.arn] }] }), // error: [pulumi/output-in-json]
  ),
});

// --- clean
new aws.iam.Policy('p2', {
  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: queue.arn }] }),
});
new aws.iam.Policy('p3', {
  policy: pulumi.all([queue.arn, table.arn]).apply(([q, t]) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage', 'dynamodb:GetItem'], Resource: [q, t] }] }),
  ),
});
// pulumi.all unwraps Outputs nested in arrays and objects: the callback gets plain values.
new aws.iam.Policy('p6', {
  policy: pulumi.all([[queue.arn, table.arn], { t: table.arn }]).apply(([arns, o]) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: [...arns, o.t] }] }),
  ),
});
// Inside the callback every parameter is resolved, and so is a value built from one, even when the
// argument was a string built from Outputs.
class LogAccess {
  readonly groupArn: string;
  constructor(readonly group: aws.cloudwatch.LogGroup) {
    this.groupArn = `${group.arn}:*`;
    new aws.iam.Policy('p8', {
      policy: pulumi.all([queue.arn, table.arn, this.groupArn]).apply(([q, t, g]) =>
        JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: [`${q}/*`, t, g, `${g}`] }] }),
      ),
    });
  }
}
new LogAccess(new aws.cloudwatch.LogGroup('lg'));
new aws.iam.Policy('p4', { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] }) });

// --- unknown
const cfg = new pulumi.Config();
new aws.iam.Policy('p5', { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: cfg.require('queueArn') }] }) });
