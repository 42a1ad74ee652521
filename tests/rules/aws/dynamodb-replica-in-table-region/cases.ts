import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const primaryRegion = config.require('primaryRegion');
const drRegion = config.require('drRegion');
const table = { billingMode: 'PAY_PER_REQUEST', hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], streamEnabled: true, streamViewType: 'NEW_AND_OLD_IMAGES' };
const east = new aws.Provider('east', { region: 'us-east-1' });

// --- bad
class Dr extends pulumi.ComponentResource {
  constructor(name: string, args: { primaryRegion: string; drRegion: string }, opts?: pulumi.ComponentResourceOptions) {
    super('tap:dr:Dr', name, {}, opts);
    const provider = new aws.Provider(`${name}-primary`, { region: args.primaryRegion }, { parent: this });
    new aws.dynamodb.Table(`${name}-tx`, { ...table, replicas: [{ regionName: args.primaryRegion }, { regionName: args.drRegion }] }, { parent: this, provider }); // error: [aws/dynamodb-replica-in-table-region]
  }
}
new Dr('payments', { primaryRegion, drRegion });
new aws.dynamodb.Table('twice', { ...table, replicas: [{ regionName: 'us-west-2' }, { regionName: 'us-west-2' }] }, { provider: east }); // error: [aws/dynamodb-replica-in-table-region]
const source = new aws.dynamodb.Table('source', table, { provider: east });
new aws.dynamodb.TableReplica('replica', { globalTableArn: source.arn }, { provider: east }); // error: [aws/dynamodb-replica-in-table-region]

// --- clean
new aws.dynamodb.Table('ok', { ...table, replicas: [{ regionName: 'us-west-2' }, { regionName: 'eu-west-1' }] }, { provider: east });
const west = new aws.Provider('west', { region: 'us-west-2' });
new aws.dynamodb.TableReplica('ok-replica', { globalTableArn: source.arn }, { provider: west });

// --- unknown
new aws.dynamodb.Table('default-provider', { ...table, replicas: [{ regionName: 'us-east-1' }] });
new aws.dynamodb.Table('cfg', { ...table, replicas: [{ regionName: config.require('replicaRegion') }] }, { provider: east });
