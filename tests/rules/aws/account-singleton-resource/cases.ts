import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/config';
const code = new pulumi.asset.FileArchive('./app');

// --- bad
new aws.guardduty.Detector('detector', { enable: true }); // error: [aws/account-singleton-resource]
const recorder = new aws.cfg.Recorder('recorder', { roleArn: role }); // error: [aws/account-singleton-resource]
new aws.cfg.DeliveryChannel('channel', { s3BucketName: 'config-bucket' }, { dependsOn: [recorder] }); // error: [aws/account-singleton-resource]
new aws.apigateway.Account('apigw', { cloudwatchRoleArn: role }); // error: [aws/account-singleton-resource]
new aws.securityhub.Account('hub'); // error: [aws/account-singleton-resource]
new aws.guardduty.Detector('detector-again', { enable: true }); // error: [aws/account-singleton-resource]
new aws.lambda.Function('hungry', { runtime: 'nodejs22.x', handler: 'index.handler', role, code, reservedConcurrentExecutions: 950 }); // error: [aws/account-singleton-resource]

const west = new aws.Provider('west', { region: 'us-west-2' });
new aws.guardduty.Detector('detector-west', { enable: true }, { provider: west }); // error: [aws/account-singleton-resource]
new aws.detective.Graph('graph'); // error: [aws/account-singleton-resource]
new aws.s3.AccountPublicAccessBlock('account-pab', { blockPublicAcls: true }); // error: [aws/account-singleton-resource]
// Six NAT gateway addresses in the default region: the sixth exceeds the default quota of five.
for (let i = 0; i < 6; i++) {
  new aws.ec2.Eip(`nat-${i}`, { domain: 'vpc' }); // error: [aws/account-singleton-resource]
}

new aws.accessanalyzer.Analyzer('analyzer', { analyzerName: 'account-analyzer' }); // error: [aws/account-singleton-resource]
new aws.inspector2.Enabler('inspector', { accountIds: ['123456789012'], resourceTypes: ['EC2', 'ECR'] }); // error: [aws/account-singleton-resource]
new aws.ses.ActiveReceiptRuleSet('active-rules', { ruleSetName: 'inbound' }); // error: [aws/account-singleton-resource]

// --- clean
if (config.getBoolean('enableSecurityHub')) {
  new aws.securityhub.Account('optional-hub');
}
new aws.guardduty.Detector('adopted', { enable: true }, { import: 'abc123' });
new aws.lambda.Function('modest', { runtime: 'nodejs22.x', handler: 'index.handler', role, code, reservedConcurrentExecutions: 10 });
// Three addresses in each of two regions passed to components stay under the quota per region.
class Network extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:net:Network', name, {}, opts);
    for (let i = 0; i < 3; i++) new aws.ec2.Eip(`${name}-nat-${i}`, { domain: 'vpc' }, { parent: this });
  }
}
for (const region of ['us-east-1', 'eu-west-1']) new Network(`net-${region}`, { provider: new aws.Provider(`net-${region}`, { region }) });

// Organization analyzers are not limited to one per region.
new aws.accessanalyzer.Analyzer('org-analyzer', { analyzerName: 'org-analyzer', type: 'ORGANIZATION' });

// --- unknown
new aws.lambda.Function('configured', { runtime: 'nodejs22.x', handler: 'index.handler', role, code, reservedConcurrentExecutions: config.requireNumber('concurrency') });
new aws.accessanalyzer.Analyzer('configured-analyzer', { analyzerName: 'configured', type: config.require('analyzerType') });
