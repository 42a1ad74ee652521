import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

// --- bad
const config = pulumi.Config(); // error: [code/class-called-without-new]
const logs = aws.s3.Bucket('logs', { forceDestroy: true }); // error: [code/class-called-without-new]
const code = pulumi.asset.FileArchive('./app'); // error: [code/class-called-without-new]

class Network extends pulumi.ComponentResource {
  public readonly vpcId: pulumi.Output<string>;
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('acme:net:Network', name, {}, opts);
    const vpc = aws.ec2.Vpc(`${name}-vpc`, { cidrBlock: '10.0.0.0/16' }, { parent: this }); // error: [code/class-called-without-new]
    this.vpcId = vpc.id;
    this.registerOutputs({ vpcId: this.vpcId });
  }
}
const network = Network('core'); // error: [code/class-called-without-new]

// --- clean
const settings = new pulumi.Config('app');
const data = new aws.s3.Bucket('data', { forceDestroy: true });
const net = new Network('edge');
const fn = new aws.lambda.Function('fn', {
  runtime: aws.lambda.Runtime.NodeJS20dX,
  handler: 'index.handler',
  role: settings.require('roleArn'),
  code: new pulumi.asset.AssetArchive({ '.': code }),
});
const zones = aws.getAvailabilityZonesOutput({ state: 'available' });
const joined = pulumi.interpolate`${data.bucket}-${config.name}`;

// --- unknown
export function build(factory: (name: string) => aws.s3.Bucket, name: string) {
  return factory(name);
}

export const outputs = { logs: logs.id, vpc: network.vpcId, edge: net.vpcId, fn: fn.arn, zones: zones.names, joined };
