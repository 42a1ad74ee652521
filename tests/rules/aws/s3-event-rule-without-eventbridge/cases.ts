import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const uploads = new aws.s3.BucketV2('uploads');
const reports = new aws.s3.BucketV2('reports');
new aws.s3.BucketNotification('reports', { bucket: reports.id, eventbridge: true });

// --- bad
new aws.cloudwatch.EventRule('uploaded', { eventPattern: pulumi.jsonStringify({ source: ['aws.s3'], 'detail-type': ['Object Created'], detail: { bucket: { name: [uploads.bucket] } } }) }); // error: [aws/s3-event-rule-without-eventbridge]
class Pipeline extends pulumi.ComponentResource {
  constructor(name: string, source: aws.s3.BucketV2, opts?: pulumi.ComponentResourceOptions) {
    super('app:etl:Pipeline', name, {}, opts);
    new aws.cloudwatch.EventRule(`${name}-deleted`, { // error: [aws/s3-event-rule-without-eventbridge]
      eventPattern: pulumi.jsonStringify({ source: ['aws.s3'], 'detail-type': ['Object Deleted'], detail: { bucket: { name: [source.id] } } }),
    }, { parent: this });
    this.registerOutputs({});
  }
}
new Pipeline('etl', uploads);

// --- clean
new aws.cloudwatch.EventRule('report-created', { eventPattern: pulumi.jsonStringify({ source: ['aws.s3'], 'detail-type': ['Object Created'], detail: { bucket: { name: [reports.bucket] } } }) });
new aws.cloudwatch.EventRule('trail', { eventPattern: pulumi.jsonStringify({ source: ['aws.s3'], 'detail-type': ['AWS API Call via CloudTrail'], detail: { requestParameters: { bucketName: [uploads.bucket] } } }) });

// --- unknown
new aws.cloudwatch.EventRule('external', { eventPattern: pulumi.jsonStringify({ source: ['aws.s3'], 'detail-type': ['Object Created'], detail: { bucket: { name: [config.require('bucket')] } } }) });
