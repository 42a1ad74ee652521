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
new aws.codepipeline.Pipeline('pipeline', {
  roleArn: config.require('roleArn'),
  artifactStores: [{ location: 'artifacts', type: 'S3' }],
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          category: 'Source',
          owner: 'AWS',
          provider: 'CodeStarSourceConnection',
          version: '1',
          outputArtifacts: ['source'],
          configuration: {
            ConnectionArn: config.require('connectionArn'),
            FullRepositoryId: 'my-org/my-repo', // error: [aws/placeholder-value]
            BranchName: 'main',
          },
        },
      ],
    },
  ],
});
new aws.codebuild.Project('build', {
  serviceRole: config.require('roleArn'),
  artifacts: { type: 'NO_ARTIFACTS' },
  environment: { computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER' },
  source: { type: 'GITHUB', location: 'https://github.com/example/example-repo.git' }, // error: [aws/placeholder-value]
});
new aws.ec2.SecurityGroup('ssh', {
  ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['203.0.113.0/24'] }], // error: [aws/placeholder-value]
});
new aws.vpc.SecurityGroupIngressRule('ssh-v6', {
  securityGroupId: config.require('sgId'),
  ipProtocol: 'tcp',
  fromPort: 22,
  toPort: 22,
  cidrIpv6: '2001:db8::/32', // error: [aws/placeholder-value]
});
new aws.wafv2.IpSet('office', {
  scope: 'REGIONAL',
  ipAddressVersion: 'IPV4',
  addresses: ['192.0.2.10/32'], // error: [aws/placeholder-value]
});
new aws.ec2.CustomerGateway('onprem', { bgpAsn: '65000', type: 'ipsec.1', ipAddress: '198.51.100.7' }); // error: [aws/placeholder-value]
new aws.cloudfront.PublicKey('signing', {
  encodedKey: '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAr5bm7rC1FDrX8G6P9yKu\n2Z9Y3N4Q2Z9Y3N4Q2Z9Y3N4Q2Z9Y3N4Q2Z9Y3N4Q2Z9Y3N4Q2Z9Y3N4Q2Z9Y3N4Q\n-----END PUBLIC KEY-----', // error: [aws/placeholder-value]
});

const zone = aws.route53.getZone({
  name: 'example.com', // error: [aws/placeholder-value]
});
export const zoneId = zone.then((z) => z.id);
export const certArn = aws.acm.getCertificateOutput({ domain: '*.api.example.org', statuses: ['ISSUED'] }).arn; // error: [aws/placeholder-value]
export const keyPair = aws.ec2.getKeyPairOutput({ keyName: 'your-key-pair' }).id; // error: [aws/placeholder-value]

// --- clean
new aws.sns.TopicSubscription('ops', { topic: topic.arn, protocol: 'email', endpoint: config.require('alertEmail') });
new aws.acm.Certificate('cert', { domainName: 'api.example.com', validationMethod: 'DNS' });
new aws.cloudwatch.EventTarget('notify', {
  rule: 'r',
  arn: topic.arn,
  inputTransformer: { inputPaths: { id: '$.id' }, inputTemplate: '"Instance <id> changed"' },
});
new aws.sqs.Queue('jobs', { tags: { Owner: 'team@example.com' } });
new aws.sqs.Queue('owned', { tags: { Owner: 'owner', Repository: 'example-repo' } });
new aws.codepipeline.Pipeline('real', {
  roleArn: config.require('roleArn'),
  artifactStores: [{ location: 'artifacts', type: 'S3' }],
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          category: 'Source',
          owner: 'AWS',
          provider: 'CodeStarSourceConnection',
          version: '1',
          outputArtifacts: ['source'],
          configuration: { ConnectionArn: config.require('connectionArn'), FullRepositoryId: 'acme/example-repo-service', BranchName: 'main' },
        },
      ],
    },
  ],
});
new aws.ec2.SecurityGroup('office', {
  ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['10.0.0.0/16', '203.0.0.0/8'] }],
});
new aws.ec2.Vpc('lab', { cidrBlock: '198.51.100.0/24' });

export const ownZone = aws.route53.getZoneOutput({ name: 'shop.acme-corp.io', privateZone: false }).id;
export const tagged = aws.ec2.getVpcOutput({ filters: [{ name: 'tag:Name', values: ['shared-vpc'] }] }).id;

// --- unknown
new aws.acm.Certificate('configured', { domainName: config.get('domain') || 'example.com', validationMethod: 'DNS' });
new aws.ec2.SecurityGroup('admin', {
  ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: [config.get('adminCidr') || '203.0.113.0/24'] }],
});
new aws.codebuild.Project('configured-build', {
  serviceRole: config.require('roleArn'),
  artifacts: { type: 'NO_ARTIFACTS' },
  environment: { computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER' },
  source: { type: 'GITHUB', location: `https://github.com/${config.require('githubOwner')}/example-service.git` },
});
export const configuredZone = aws.route53.getZoneOutput({ name: config.get('domain') || 'example.com' }).id;
