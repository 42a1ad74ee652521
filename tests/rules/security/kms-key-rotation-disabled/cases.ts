import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
new aws.kms.Key('data', { description: 'data key', deletionWindowInDays: 7 }); // error: [security/kms-key-rotation-disabled]
new aws.kms.Key('logs', {
  keyUsage: 'ENCRYPT_DECRYPT',
  keySpec: 'SYMMETRIC_DEFAULT',
  enableKeyRotation: false, // error: [security/kms-key-rotation-disabled]
});

// --- clean
new aws.kms.Key('rotated', { description: 'rotated', enableKeyRotation: true });
new aws.kms.Key('signing', { keyUsage: 'SIGN_VERIFY', customerMasterKeySpec: 'RSA_2048' });
new aws.kms.Key('hmac', { keyUsage: 'GENERATE_VERIFY_MAC', keySpec: 'HMAC_256' });

// --- unknown
new aws.kms.Key('configured', { enableKeyRotation: config.requireBoolean('rotate') });
new aws.kms.Key('spec', { keySpec: config.require('keySpec') });
