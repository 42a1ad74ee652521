import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const bucket = new aws.s3.BucketV2('assets');
const metadataOptions = { httpTokens: 'required' };

// --- bad
const install = `#!/bin/bash
yum install -y httpd
`;
new aws.ec2.LaunchTemplate('web', {
  imageId: 'ami-0123456789abcdef0', instanceType: 't3.micro', metadataOptions,
  userData: install, // error: [aws/user-data-not-base64]
});
const sync = pulumi.interpolate`#!/bin/bash
aws s3 sync s3://${bucket.bucket}/app /opt/app
`;
new aws.ec2.LaunchTemplate('interpolated', {
  imageId: 'ami-0123456789abcdef0', instanceType: 't3.micro', metadataOptions,
  userData: sync, // error: [aws/user-data-not-base64]
});
new aws.ec2.Instance('direct', { ami: 'ami-0123456789abcdef0', instanceType: 't3.micro', metadataOptions, userDataBase64: '#!/bin/bash\necho hi\n' }); // error: [aws/user-data-not-base64]

// --- clean
const script = '#!/bin/bash\nyum install -y httpd\n';
new aws.ec2.LaunchTemplate('encoded', { imageId: 'ami-0123456789abcdef0', instanceType: 't3.micro', metadataOptions, userData: Buffer.from(script).toString('base64') });
new aws.ec2.LaunchTemplate('encoded-output', {
  imageId: 'ami-0123456789abcdef0', instanceType: 't3.micro', metadataOptions,
  userData: bucket.bucket.apply((b) => Buffer.from(`#!/bin/bash\naws s3 sync s3://${b}/app /opt/app\n`).toString('base64')),
});
new aws.ec2.Instance('plain-instance', { ami: 'ami-0123456789abcdef0', instanceType: 't3.micro', metadataOptions, userData: script });
new aws.ec2.LaunchTemplate('literal-b64', { imageId: 'ami-0123456789abcdef0', instanceType: 't3.micro', metadataOptions, userData: 'IyEvYmluL2Jhc2gKZWNobyBoaQo=' });

// --- unknown
new aws.ec2.LaunchTemplate('cfg', { imageId: 'ami-0123456789abcdef0', instanceType: 't3.micro', metadataOptions, userData: config.require('userData') });
