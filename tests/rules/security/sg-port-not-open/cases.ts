import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const appSg = new aws.ec2.SecurityGroup('app', { vpcId: vpc.id });

// --- bad
// A PostgreSQL database whose group opens the MySQL port.
const dbSg = new aws.ec2.SecurityGroup('db', {
  vpcId: vpc.id,
  ingress: [{ protocol: 'tcp', fromPort: 3306, toPort: 3306, securityGroups: [appSg.id] }],
});
new aws.rds.Instance('db', {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: 'app',
  manageMasterUserPassword: true,
  vpcSecurityGroupIds: [dbSg.id], // error: [security/sg-port-not-open]
});

// A cache on a custom port; the rule resource opens the default one.
const cacheSg = new aws.ec2.SecurityGroup('cache', { vpcId: vpc.id });
new aws.vpc.SecurityGroupIngressRule('cache-in', { securityGroupId: cacheSg.id, ipProtocol: 'tcp', fromPort: 6379, toPort: 6379, referencedSecurityGroupId: appSg.id });
new aws.elasticache.ReplicationGroup('cache', {
  description: 'sessions',
  nodeType: 'cache.t3.micro',
  port: 6380,
  securityGroupIds: [cacheSg.id], // error: [security/sg-port-not-open]
});

// An HTTPS-only load balancer group behind an HTTP listener.
const albSg = new aws.ec2.SecurityGroup('alb', {
  vpcId: vpc.id,
  ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }],
});
const alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-1', 'subnet-2'], securityGroups: [albSg.id] });
const tg = new aws.lb.TargetGroup('tg', { port: 8080, protocol: 'HTTP', targetType: 'ip', vpcId: vpc.id });
new aws.lb.Listener('http', { loadBalancerArn: alb.arn, port: 80, protocol: 'HTTP', defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] }); // error: [security/sg-port-not-open]

// Tasks on 8080 whose group only opens 80.
const taskSg = new aws.ec2.SecurityGroup('task', {
  vpcId: vpc.id,
  ingress: [{ protocol: 'tcp', fromPort: 80, toPort: 80, securityGroups: [albSg.id] }],
});
new aws.ecs.Service('svc', {
  cluster: 'c',
  taskDefinition: 't',
  networkConfiguration: { subnets: ['subnet-1'], securityGroups: [taskSg.id] },
  loadBalancers: [{
    targetGroupArn: tg.arn,
    containerName: 'app',
    containerPort: 8080, // error: [security/sg-port-not-open]
  }],
});

// The task group admits the container port only from itself, not from the load balancer.
const selfSg = new aws.ec2.SecurityGroup('self-only', {
  vpcId: vpc.id,
  ingress: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080, self: true, securityGroups: [] }],
});
new aws.lb.Listener('app', { loadBalancerArn: alb.arn, port: 443, protocol: 'HTTPS', certificateArn: config.require('cert'), defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });
new aws.ecs.Service('svc-self', {
  cluster: 'c',
  taskDefinition: 't',
  networkConfiguration: { subnets: ['subnet-1'], securityGroups: [selfSg.id] },
  loadBalancers: [{ targetGroupArn: tg.arn, containerName: 'app', containerPort: 8080 }], // error: [security/sg-port-not-open]
});

// --- clean
const pgSg = new aws.ec2.SecurityGroup('pg', {
  vpcId: vpc.id,
  ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, securityGroups: [appSg.id] }],
});
new aws.rds.Cluster('aurora', { engine: 'aurora-postgresql', masterUsername: 'app', manageMasterUserPassword: true, storageEncrypted: true, vpcSecurityGroupIds: [pgSg.id] });
const webSg = new aws.ec2.SecurityGroup('web', { vpcId: vpc.id, ingress: [{ protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['10.0.0.0/16'] }] });
const internal = new aws.lb.LoadBalancer('internal', { internal: true, subnets: ['subnet-1', 'subnet-2'], securityGroups: [webSg.id] });
new aws.lb.Listener('internal', { loadBalancerArn: internal.arn, port: 8443, protocol: 'HTTP', defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });
const ruleSg = new aws.ec2.SecurityGroup('rules', { vpcId: vpc.id });
new aws.ec2.SecurityGroupRule('rules-in', { type: 'ingress', securityGroupId: ruleSg.id, protocol: 'tcp', fromPort: 8000, toPort: 9000, sourceSecurityGroupId: albSg.id });
new aws.ecs.Service('svc2', {
  cluster: 'c',
  taskDefinition: 't',
  networkConfiguration: { subnets: ['subnet-1'], securityGroups: [ruleSg.id] },
  loadBalancers: [{ targetGroupArn: tg.arn, containerName: 'app', containerPort: 8080 }],
});

// --- unknown
new aws.rds.Instance('external-sg', { engine: 'mysql', instanceClass: 'db.t3.micro', vpcSecurityGroupIds: [config.require('dbSgId')] });
const portSg = new aws.ec2.SecurityGroup('port', { vpcId: vpc.id, ingress: [{ protocol: 'tcp', fromPort: config.requireNumber('port'), toPort: config.requireNumber('port'), cidrBlocks: ['10.0.0.0/16'] }] });
new aws.rds.Instance('port-config', { engine: 'mysql', instanceClass: 'db.t3.micro', vpcSecurityGroupIds: [portSg.id] });
new aws.rds.Instance('engine-config', { engine: config.require('engine'), instanceClass: 'db.t3.micro', vpcSecurityGroupIds: [dbSg.id] });
