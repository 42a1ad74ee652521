import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const metadataOptions = { httpTokens: 'required' };

// --- bad
const signal = `#!/bin/bash
yum install -y aws-cfn-bootstrap
/opt/aws/bin/cfn-signal -e $? --stack \${AWS::StackName} --resource AutoScalingGroup --region \${AWS::Region}
`;
new aws.ec2.LaunchTemplate('web', { imageId: 'ami-0123456789abcdef0', instanceType: 't3.micro', metadataOptions, userData: Buffer.from(signal).toString('base64') }); // todo-error: [aws/user-data-cloudformation-helper]
new aws.ec2.Instance('bastion', { ami: 'ami-0123456789abcdef0', instanceType: 't3.micro', metadataOptions, userData: signal }); // error: [aws/user-data-cloudformation-helper]

// --- clean
new aws.ec2.Instance('ok', { ami: 'ami-0123456789abcdef0', instanceType: 't3.micro', metadataOptions, userData: '#!/bin/bash\necho "region ${AWS_REGION}"\n' });

// --- unknown
new aws.ec2.Instance('cfg', { ami: 'ami-0123456789abcdef0', instanceType: 't3.micro', metadataOptions, userData: config.require('userData') });
