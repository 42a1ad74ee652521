import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const handler = new pulumi.asset.AssetArchive({
  'index.mjs': new pulumi.asset.StringAsset(`
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
const sqs = new SQSClient({});
export const handler = async (event) => sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify(event) }));
`),
});

class Network extends pulumi.ComponentResource {
  readonly subnets: aws.ec2.Subnet[];
  readonly sg: aws.ec2.SecurityGroup;
  readonly vpc: aws.ec2.Vpc;
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:Network', name, {}, opts);
    this.vpc = new aws.ec2.Vpc(`${name}-vpc`, { cidrBlock: '10.0.0.0/16' }, { parent: this });
    const igw = new aws.ec2.InternetGateway(`${name}-igw`, { vpcId: this.vpc.id }, { parent: this });
    const rt = new aws.ec2.RouteTable(`${name}-rt`, { vpcId: this.vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] }, { parent: this });
    this.subnets = [0, 1].map((i) => new aws.ec2.Subnet(`${name}-subnet-${i}`, { vpcId: this.vpc.id, cidrBlock: `10.0.${i}.0/24` }, { parent: this }));
    this.subnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`${name}-rta-${i}`, { subnetId: s.id, routeTableId: rt.id }, { parent: this }));
    this.sg = new aws.ec2.SecurityGroup(`${name}-sg`, { vpcId: this.vpc.id }, { parent: this });
    this.registerOutputs({});
  }
}

// --- bad
const isolated = new Network('isolated');
new aws.lambda.Function('sender', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: handler,
  environment: { variables: { QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/q' } },
  vpcConfig: { subnetIds: isolated.subnets.map((s) => s.id), securityGroupIds: [isolated.sg.id] }, // error: [aws/lambda-vpc-without-aws-access]
});

// --- clean
new aws.lambda.Function('outside', { runtime: 'nodejs22.x', handler: 'index.handler', role, code: handler });

// --- unknown
new aws.lambda.Function('configured', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: handler,
  vpcConfig: { subnetIds: config.requireObject<string[]>('subnetIds'), securityGroupIds: [isolated.sg.id] },
});
