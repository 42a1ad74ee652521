import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const lbArn = config.require('loadBalancerArn');
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });

// --- bad
new aws.lb.Listener('http', {
  loadBalancerArn: lbArn,
  port: '80', // error: [aws/wrong-argument-kind]
  defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }],
});
new aws.cloudwatch.MetricAlarm('errors', {
  comparisonOperator: 'GreaterThanThreshold',
  evaluationPeriods: '2', // error: [aws/wrong-argument-kind]
  metricName: 'Errors',
  namespace: 'AWS/Lambda',
  period: 60,
  statistic: 'Sum',
  threshold: 1,
});
new aws.rds.SubnetGroup('db', {
  subnetIds: [
    aws.ec2.getSubnets({ filters: [{ name: 'vpc-id', values: [lbArn] }] }).then((s) => s.ids), // error: [aws/wrong-argument-kind]
  ].flat(),
});
new aws.ec2.SecurityGroup('web', {
  vpcId: vpc.id,
  ingress: [{ fromPort: 443, toPort: 443, protocol: 'tcp', cidrBlocks: '10.0.0.0/16' }], // error: [aws/wrong-argument-kind]
});
new aws.ec2.LaunchTemplate('nodes', {
  blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 20, encrypted: true } }], // error: [aws/wrong-argument-kind]
});
new aws.ecs.TaskDefinition('app', {
  family: 'app',
  containerDefinitions: [{ name: 'app', image: 'nginx' }], // error: [aws/wrong-argument-kind]
});
new aws.rds.SubnetGroup('db-vpc', { subnetIds: vpc.id }); // error: [aws/wrong-argument-kind]
new aws.ec2.Instance('vm', {
  ami: 'ami-0abcdef1234567890',
  instanceType: 't3.micro',
  associatePublicIpAddress: 'false', // error: [aws/wrong-argument-kind]
  tags: { Name: 'vm' },
});
new aws.apigateway.MethodResponse('ok', {
  restApi: 'api',
  resourceId: 'res',
  httpMethod: 'GET',
  statusCode: 200, // error: [aws/wrong-argument-kind]
});

const aurora = new aws.rds.Cluster('aurora', {
  engine: 'aurora-postgresql',
  masterUsername: 'app',
  manageMasterUserPassword: true,
  skipFinalSnapshot: true,
});
new aws.rds.ClusterInstance('aurora-1', {
  clusterIdentifier: aurora.id,
  instanceClass: 'db.r6g.large',
  engine: aurora.engine, // error: [aws/wrong-argument-kind]
});

new aws.cloudfront.Distribution('cdn', {
  enabled: true,
  origins: [{ domainName: 'site.s3.us-east-1.amazonaws.com', originId: 'site' }],
  defaultCacheBehavior: {
    targetOriginId: 'site',
    viewerProtocolPolicy: 'redirect-to-https',
    allowedMethods: ['GET', 'HEAD'],
    cachedMethods: ['GET', 'HEAD'],
    cachePolicyId: aws.cloudfront.getCachePolicyOutput({ name: 'Managed-CachingOptimized' }).id, // error: [aws/wrong-argument-kind]
    responseHeadersPolicyId: aws.cloudfront.getResponseHeadersPolicyOutput({ name: 'Managed-SecurityHeadersPolicy' }).id,
  },
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
});

// --- clean
new aws.lb.Listener('http-ok', {
  loadBalancerArn: lbArn,
  port: 80,
  defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }],
});
new aws.rds.SubnetGroup('db-ok', {
  subnetIds: aws.ec2.getSubnets({ filters: [{ name: 'vpc-id', values: [lbArn] }] }).then((s) => s.ids),
});
new aws.ec2.LaunchTemplate('nodes-ok', {
  blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 20, encrypted: 'true' } }],
});
new aws.ecs.TaskDefinition('app-ok', {
  family: 'app',
  containerDefinitions: JSON.stringify([{ name: 'app', image: 'nginx' }]),
});
new aws.iam.Role('role', { assumeRolePolicy: { Version: '2012-10-17', Statement: [] } });

new aws.rds.ClusterInstance('aurora-2', {
  clusterIdentifier: aurora.id,
  instanceClass: 'db.r6g.large',
  engine: 'aurora-postgresql',
  engineVersion: aurora.engineVersion,
});
new aws.rds.ClusterInstance('aurora-3', {
  clusterIdentifier: aurora.id,
  instanceClass: 'db.r6g.large',
  engine: aws.rds.EngineType.AuroraPostgresql,
});

// --- unknown
new aws.lb.Listener('http-config', {
  loadBalancerArn: lbArn,
  port: config.requireNumber('port'),
  defaultActions: config.requireObject<aws.types.input.lb.ListenerDefaultAction[]>('actions'),
});
new aws.rds.ClusterInstance('aurora-configured', {
  clusterIdentifier: aurora.id,
  instanceClass: 'db.r6g.large',
  engine: config.require('engine') as aws.rds.EngineType,
});
new aws.cloudfront.Distribution('cdn-configured', {
  enabled: true,
  origins: [{ domainName: 'site.s3.us-east-1.amazonaws.com', originId: 'site' }],
  defaultCacheBehavior: {
    targetOriginId: 'site',
    viewerProtocolPolicy: 'redirect-to-https',
    allowedMethods: ['GET', 'HEAD'],
    cachedMethods: ['GET', 'HEAD'],
    cachePolicyId: config.require('cachePolicyId'),
  },
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
});
