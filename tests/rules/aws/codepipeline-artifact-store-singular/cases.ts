import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const artifacts = new aws.s3.Bucket('artifacts');
const stages = [
  { name: 'Source', actions: [{ name: 'Source', category: 'Source', owner: 'AWS', provider: 'S3', version: '1', outputArtifacts: ['src'], configuration: { S3Bucket: artifacts.bucket, S3ObjectKey: 'src.zip' } }] },
  { name: 'Build', actions: [{ name: 'Build', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', inputArtifacts: ['src'], configuration: { ProjectName: 'app' } }] },
];

// --- bad
new aws.codepipeline.Pipeline('singular', {
  roleArn: config.require('roleArn'),
  artifactStore: { location: artifacts.bucket, type: 'S3' }, // error: [aws/codepipeline-artifact-store-singular]
  stages,
});

class Delivery extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:cicd:Delivery', name, {}, opts);
    for (const env of ['dev', 'prod']) {
      new aws.codepipeline.Pipeline(`${name}-${env}`, {
        roleArn: config.require('roleArn'),
        artifactStore: { location: artifacts.bucket, type: 'S3', encryptionKey: { id: 'alias/aws/s3', type: 'KMS' } }, // error: [aws/codepipeline-artifact-store-singular]
        stages,
      }, { parent: this });
    }
  }
}
new Delivery('delivery');

// --- clean
new aws.codepipeline.Pipeline('plural', {
  roleArn: config.require('roleArn'),
  artifactStores: [{ location: artifacts.bucket, type: 'S3' }],
  stages,
});

// --- unknown
const store = config.requireObject<Record<string, string>>('store');
new aws.codepipeline.Pipeline('configured', { roleArn: config.require('roleArn'), artifactStores: [store], stages });
