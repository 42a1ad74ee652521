import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
new aws.dynamodb.Table('unused', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'orderId',
  attributes: [
    { name: 'orderId', type: 'S' },
    { name: 'customerEmail', type: 'S' }, // error: [aws/dynamodb-key-schema-invalid]
  ],
});
class Store extends pulumi.ComponentResource {
  constructor(name: string) {
    super('app:data:Store', name);
    new aws.dynamodb.Table(name, {
      billingMode: 'PAY_PER_REQUEST',
      hashKey: 'pk',
      rangeKey: 'sk',
      attributes: [{ name: 'pk', type: 'S' }, { name: 'sk', type: 'S' }],
      globalSecondaryIndexes: [{ name: 'by-status', hashKey: 'status', projectionType: 'ALL' }], // error: [aws/dynamodb-key-schema-invalid]
    }, { parent: this });
  }
}
new Store('items');
new aws.dynamodb.Table('provisioned-default', { // error: [aws/dynamodb-key-schema-invalid]
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
});
new aws.dynamodb.Table('on-demand-capacity', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
  readCapacity: 5, // error: [aws/dynamodb-key-schema-invalid]
});
new aws.dynamodb.Table('include', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }, { name: 'type', type: 'S' }],
  globalSecondaryIndexes: [{ name: 'by-type', hashKey: 'type', projectionType: 'INCLUDE' }], // error: [aws/dynamodb-key-schema-invalid]
});
new aws.dynamodb.Table('stream', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
  streamEnabled: true, // error: [aws/dynamodb-key-schema-invalid]
});

// --- clean
new aws.dynamodb.Table('valid', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'pk',
  rangeKey: 'sk',
  attributes: [{ name: 'pk', type: 'S' }, { name: 'sk', type: 'S' }, { name: 'gsi1pk', type: 'S' }, { name: 'createdAt', type: 'N' }],
  globalSecondaryIndexes: [{ name: 'gsi1', hashKey: 'gsi1pk', rangeKey: 'createdAt', projectionType: 'INCLUDE', nonKeyAttributes: ['status'] }],
  localSecondaryIndexes: [{ name: 'by-created', rangeKey: 'createdAt', projectionType: 'KEYS_ONLY' }],
  streamEnabled: true,
  streamViewType: 'NEW_AND_OLD_IMAGES',
  replicas: [{ regionName: 'us-west-2' }],
  ttl: { attributeName: 'expiresAt', enabled: true },
});
new aws.dynamodb.Table('provisioned', {
  billingMode: 'PROVISIONED', readCapacity: 5, writeCapacity: 5,
  hashKey: 'id', attributes: [{ name: 'id', type: 'S' }, { name: 'kind', type: 'S' }],
  globalSecondaryIndexes: [{ name: 'by-kind', hashKey: 'kind', projectionType: 'ALL', readCapacity: 5, writeCapacity: 5 }],
});

// --- unknown
new aws.dynamodb.Table('configured', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }, { name: config.require('indexKey'), type: 'S' }],
  globalSecondaryIndexes: config.requireObject<aws.types.input.dynamodb.TableGlobalSecondaryIndex[]>('indexes'),
});
new aws.dynamodb.Table('mode-from-config', { billingMode: config.require('billingMode'), hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });
