import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const ami = aws.ec2.getAmiOutput({ mostRecent: true, owner: ['amazon'], filters: [{ name: 'name', values: ['al2023-ami-*'] }] }); // error: [aws/unknown-data-source-argument]
const zones = aws.getAvailabilityZones({ status: 'available' }); // error: [aws/unknown-data-source-argument]
const password = aws.secretsmanager.getRandomPassword({ length: 32, excludePunctuation: true }); // error: [aws/unknown-data-source-argument]
function lookupVpc(name: string) {
  return aws.ec2.getVpc({ tags: { Name: name }, is_default: false } as aws.ec2.GetVpcArgs); // error: [aws/unknown-data-source-argument]
}

// --- clean
const ami2 = aws.ec2.getAmiOutput({ mostRecent: true, owners: ['amazon'], filters: [{ name: 'name', values: ['al2023-ami-*'] }] });
const zones2 = aws.getAvailabilityZones({ state: 'available' });
const password2 = aws.secretsmanager.getRandomPassword({ passwordLength: 32, excludePunctuation: true });
const identity = aws.getCallerIdentity({});

// --- unknown
const lookupArgs: aws.ec2.GetSubnetsArgs = config.requireObject('subnetLookup');
const subnets = aws.ec2.getSubnets({ ...lookupArgs });

export const out = [ami.id, zones, password, lookupVpc('main'), ami2.id, zones2, password2, identity, subnets];
