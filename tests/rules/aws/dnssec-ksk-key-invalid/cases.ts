import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const usEast1 = new aws.Provider('us-east-1', { region: 'us-east-1' });
const euWest1 = new aws.Provider('eu-west-1', { region: 'eu-west-1' });
const zone = new aws.route53.Zone('zone', { name: 'shop.acme-corp.io' });
const account = aws.getCallerIdentityOutput().accountId;

// --- bad
new aws.route53.KeySigningKey('ksk-alias', {
  hostedZoneId: zone.id,
  name: 'ksk1',
  keyManagementServiceArn: pulumi.interpolate`arn:aws:kms:us-east-1:${account}:alias/aws/route53`, // error: [aws/dnssec-ksk-key-invalid]
});
const symmetric = new aws.kms.Key('symmetric', { description: 'DNSSEC', enableKeyRotation: true });
new aws.route53.KeySigningKey('ksk-symmetric', { hostedZoneId: zone.id, name: 'ksk2', keyManagementServiceArn: symmetric.arn }); // error: [aws/dnssec-ksk-key-invalid]
const wrongRegion = new aws.kms.Key('eu', { customerMasterKeySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' }, { provider: euWest1 });
new aws.route53.KeySigningKey('ksk-eu', { hostedZoneId: zone.id, name: 'ksk3', keyManagementServiceArn: wrongRegion.arn }); // error: [aws/dnssec-ksk-key-invalid]
const alias = new aws.kms.Alias('dnssec', { name: 'alias/dnssec', targetKeyId: symmetric.keyId });
new aws.route53.KeySigningKey('ksk-alias-resource', { hostedZoneId: zone.id, name: 'ksk4', keyManagementServiceArn: alias.arn }); // error: [aws/dnssec-ksk-key-invalid]

// --- clean
const signing = new aws.kms.Key('signing', { customerMasterKeySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY', deletionWindowInDays: 7 }, { provider: usEast1 });
new aws.route53.KeySigningKey('ksk-ok', { hostedZoneId: zone.id, name: 'ksk5', keyManagementServiceArn: signing.arn });
new aws.route53.KeySigningKey('ksk-literal', { hostedZoneId: zone.id, name: 'ksk6', keyManagementServiceArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' });

// --- unknown
const configured = new aws.kms.Key('configured', { customerMasterKeySpec: config.require('keySpec'), keyUsage: 'SIGN_VERIFY' });
new aws.route53.KeySigningKey('ksk-configured', { hostedZoneId: zone.id, name: 'ksk7', keyManagementServiceArn: configured.arn });
new aws.route53.KeySigningKey('ksk-arn-config', { hostedZoneId: zone.id, name: 'ksk8', keyManagementServiceArn: config.require('kskKeyArn') });
