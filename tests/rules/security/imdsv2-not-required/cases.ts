import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const ami = aws.ec2.getAmiOutput({ mostRecent: true, owners: ['amazon'], filters: [{ name: 'name', values: ['amzn2-ami-hvm-*-x86_64-gp2'] }] });

// --- bad
new aws.ec2.LaunchTemplate('web', { imageId: ami.id, instanceType: 't3.micro' }); // error: [security/imdsv2-not-required]
new aws.ec2.Instance('bastion', {
  ami: ami.id,
  instanceType: 't3.micro',
  metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'optional' }, // error: [security/imdsv2-not-required]
});
new aws.ec2.Instance('worker', {
  ami: ami.id,
  instanceType: 't3.micro',
  metadataOptions: { httpPutResponseHopLimit: 2 }, // error: [security/imdsv2-not-required]
});
new aws.ec2.LaunchTemplate('batch', { // error: [security/imdsv2-not-required]
  imageId: ami.id,
  instanceType: 't3.micro',
});

// --- clean
new aws.ec2.LaunchTemplate('web-v2', { imageId: ami.id, instanceType: 't3.micro', metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 } });
new aws.ec2.Instance('isolated', { ami: ami.id, instanceType: 't3.micro', metadataOptions: { httpEndpoint: 'disabled' } });

// --- unknown
new aws.ec2.Instance('configured', { ami: ami.id, instanceType: 't3.micro', metadataOptions: { httpTokens: config.require('httpTokens') } });
const options = config.requireObject<aws.types.input.ec2.LaunchTemplateMetadataOptions>('metadataOptions');
new aws.ec2.LaunchTemplate('from-config', { imageId: ami.id, instanceType: 't3.micro', metadataOptions: options });
