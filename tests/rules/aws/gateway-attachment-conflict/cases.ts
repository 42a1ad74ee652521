import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const app = new aws.ec2.Vpc('app', { cidrBlock: '10.40.0.0/16' });
const data = new aws.ec2.Vpc('data', { cidrBlock: '10.41.0.0/16' });
const ops = new aws.ec2.Vpc('ops', { cidrBlock: '10.42.0.0/16' });
const mgmt = new aws.ec2.Vpc('mgmt', { cidrBlock: '10.43.0.0/16' });

// --- bad
const appIgw = new aws.ec2.InternetGateway('app', { vpcId: app.id });
new aws.ec2.InternetGatewayAttachment('app', { internetGatewayId: appIgw.id, vpcId: app.id }); // error: [aws/gateway-attachment-conflict]

['a', 'b'].forEach((zone) => {
  new aws.ec2.InternetGateway(`data-${zone}`, { vpcId: data.id }); // error: [aws/gateway-attachment-conflict]
});

const vgw = new aws.ec2.VpnGateway('ops', { vpcId: ops.id, amazonSideAsn: '64512' });
new aws.ec2.VpnGatewayAttachment('ops', { vpcId: ops.id, vpnGatewayId: vgw.id }); // error: [aws/gateway-attachment-conflict]

// --- clean
const mgmtIgw = new aws.ec2.InternetGateway('mgmt');
new aws.ec2.InternetGatewayAttachment('mgmt', { internetGatewayId: mgmtIgw.id, vpcId: mgmt.id });
new aws.ec2.VpnGateway('mgmt', { vpcId: mgmt.id });

// --- unknown
new aws.ec2.InternetGateway('shared', { vpcId: config.require('sharedVpcId') });
new aws.ec2.InternetGateway('shared-2', { vpcId: config.require('sharedVpcId') });
