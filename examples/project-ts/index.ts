import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const environmentSuffix = config.get('environmentSuffix') || 'dev';

const vpc = new aws.ec2.Vpc(`web-vpc-${environmentSuffix}`, { cidrBlock: '10.0.0.0/16' });

const subnets = ['us-east-1a', 'us-east-1b'].map(
  (az, i) => new aws.ec2.Subnet(`web-public-${i}-${environmentSuffix}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24`, availabilityZone: az }),
);

const webSg = new aws.ec2.SecurityGroup(`web-sg-${environmentSuffix}`, {
  vpcId: vpc.id,
  ingress: [
    { protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] },
    { protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'] },
  ],
});

const db = new aws.rds.Instance(`web-db-${environmentSuffix}`, {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: 'app',
  password: 'changeme123',
  vpcSecurityGroupIds: [webSg.id],
  publiclyAccessible: true,
  skipFinalSnapshot: true,
});

export const vpcId = vpc.id;
export const subnetIds = subnets.map((s) => s.id);
export const dbEndpoint = `${db.endpoint}`;
