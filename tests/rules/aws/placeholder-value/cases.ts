import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const topic = new aws.sns.Topic('alerts');

// --- bad
new aws.ec2.Instance('web', {
  ami: aws.ec2.getAmiOutput({ mostRecent: true, owners: ['amazon'] }).id,
  instanceType: 't3.micro',
  keyName: 'your-key-pair', // error: [aws/placeholder-value]
});
new aws.lb.LoadBalancer('alb', {
  loadBalancerType: 'application',
  accessLogs: { bucket: 'your-alb-logs-bucket', enabled: true }, // error: [aws/placeholder-value]
});
new aws.lb.Listener('https', {
  loadBalancerArn: 'arn',
  port: 443,
  protocol: 'HTTPS',
  certificateArn: 'arn:aws:acm:us-east-1:000000000000:certificate/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', // error: [aws/placeholder-value]
  defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }],
});
new aws.sns.TopicSubscription('email', {
  topic: topic.arn,
  protocol: 'email',
  endpoint: 'alerts@example.com', // error: [aws/placeholder-value]
});
new aws.route53.HealthCheck('api', { fqdn: 'api.example.com', type: 'HTTPS', port: 443, resourcePath: '/health' }); // error: [aws/placeholder-value]

// --- clean
new aws.sns.TopicSubscription('ops', { topic: topic.arn, protocol: 'email', endpoint: config.require('alertEmail') });
new aws.acm.Certificate('cert', { domainName: 'api.example.com', validationMethod: 'DNS' });
new aws.cloudwatch.EventTarget('notify', {
  rule: 'r',
  arn: topic.arn,
  inputTransformer: { inputPaths: { id: '$.id' }, inputTemplate: '"Instance <id> changed"' },
});
new aws.sqs.Queue('jobs', { tags: { Owner: 'team@example.com' } });

// --- unknown
new aws.acm.Certificate('configured', { domainName: config.get('domain') || 'example.com', validationMethod: 'DNS' });
