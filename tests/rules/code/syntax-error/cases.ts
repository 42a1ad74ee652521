import * as aws from '@pulumi/aws';

// --- clean
new aws.sns.Topic('ok');

// --- unknown
// (a file either parses or not)

// --- bad
const broken = ; // error: [code/syntax-error]
new aws.sqs.Queue('after-the-error');
