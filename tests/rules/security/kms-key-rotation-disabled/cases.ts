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
new aws.kms.Key('audit', { // error: [security/kms-key-rotation-disabled]
  description: 'audit key',
  deletionWindowInDays: 30, // a month
});
new aws.kms.Key('trail', { // error: [security/kms-key-rotation-disabled]
  description: 'trail key',
  deletionWindowInDays: 30 // a month
});
new aws.kms.Key('empty', {}); // error: [security/kms-key-rotation-disabled]
for (const team of ['red', 'blue']) new aws.kms.Key(`team-${team}`, { description: team }); // error: [security/kms-key-rotation-disabled]

// Not fixed: the false is a variable's value, read elsewhere too.
const rotate = false; // error: [security/kms-key-rotation-disabled]
new aws.kms.Key('shared', { enableKeyRotation: rotate });
export const rotated = rotate;

// Not fixed: the same call also creates a signing key, which cannot rotate.
function key(name: string, keyUsage: string) {
  return new aws.kms.Key(name, { keyUsage, description: name }); // error: [security/kms-key-rotation-disabled]
}
key('app', 'ENCRYPT_DECRYPT');
key('signer', 'SIGN_VERIFY');

// --- clean
new aws.kms.Key('rotated', { description: 'rotated', enableKeyRotation: true });
new aws.kms.Key('signing', { keyUsage: 'SIGN_VERIFY', customerMasterKeySpec: 'RSA_2048' });
new aws.kms.Key('hmac', { keyUsage: 'GENERATE_VERIFY_MAC', keySpec: 'HMAC_256' });

// --- unknown
new aws.kms.Key('configured', { enableKeyRotation: config.requireBoolean('rotate') });
new aws.kms.Key('spec', { keySpec: config.require('keySpec') });
