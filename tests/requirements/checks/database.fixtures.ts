import { req, type Fixture } from '../helpers.js';

const tableTs = (props: string) => `new aws.dynamodb.Table('t', { attributes: [{ name: 'id', type: 'S' }], hashKey: 'id', ${props} });`;
const tablePy = (props: string) => `aws.dynamodb.Table("t", attributes=[{"name": "id", "type": "S"}], hash_key="id", ${props})`;
const dbTs = (props: string) => `new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true, ${props} });`;
const dbPy = (props: string) => `aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", allocated_storage=20, username="app", manage_master_user_password=True, skip_final_snapshot=True, ${props})`;

export const fixtures: Fixture[] = [
  {
    name: 'pitr',
    req: req('pitr', {}, 'Enable point-in-time recovery for data protection'),
    ts: { pass: tableTs(`pointInTimeRecovery: { enabled: true }`), fail: tableTs(`billingMode: 'PAY_PER_REQUEST'`), unknown: tableTs(`pointInTimeRecovery: { enabled: config.requireBoolean('pitr') }`) },
    py: { pass: tablePy(`point_in_time_recovery={"enabled": True}`), fail: tablePy(`point_in_time_recovery={"enabled": False}`), unknown: tablePy(`point_in_time_recovery={"enabled": config.require_bool("pitr")}`) },
  },
  {
    name: 'backup-retention',
    req: req('backup-retention', { days: 7 }, 'Automated backups with 7-day retention'),
    ts: { pass: dbTs(`backupRetentionPeriod: 7`), fail: dbTs(`backupRetentionPeriod: 3`), unknown: dbTs(`backupRetentionPeriod: config.requireNumber('days')`) },
    py: { pass: dbPy(`backup_retention_period=14`), fail: dbPy(`multi_az=False`), unknown: dbPy(`backup_retention_period=config.require_int("days")`) },
  },
  {
    name: 'backup-window',
    req: req('backup-window', {}, 'Configure backup windows during low-traffic periods'),
    ts: { pass: dbTs(`backupWindow: '03:00-04:00'`), fail: dbTs(`backupRetentionPeriod: 7`), unknown: `new aws.s3.BucketV2('b');` },
    py: { pass: dbPy(`backup_window="03:00-04:00"`), fail: dbPy(`backup_retention_period=7`), unknown: `aws.s3.BucketV2("b")` },
  },
  {
    name: 'multi-az-db',
    req: req('multi-az-db', {}, 'Deploy RDS instances with Multi-AZ enabled'),
    ts: { pass: dbTs(`multiAz: true`), fail: dbTs(`multiAz: false`), unknown: dbTs(`multiAz: config.requireBoolean('multiAz')`) },
    py: { pass: dbPy(`multi_az=True`), fail: dbPy(`backup_retention_period=7`), unknown: dbPy(`multi_az=config.require_bool("multi_az")`) },
  },
  {
    name: 'deletion-protection',
    req: req('deletion-protection', { scope: ['rds'] }, 'Enable deletion protection on the orders database'),
    ts: { pass: dbTs(`deletionProtection: true`), fail: dbTs(`deletionProtection: false`), unknown: dbTs(`deletionProtection: config.getBoolean('protect') ?? false`) },
    py: { pass: dbPy(`deletion_protection=True`), fail: dbPy(`multi_az=True`), unknown: dbPy(`deletion_protection=config.require_bool("protect")`) },
  },
  {
    name: 'db-engine',
    req: req('db-engine', { engine: 'aurora-mysql' }, 'Uses RDS Aurora MySQL 8.0 for transaction data'),
    ts: {
      pass: `new aws.rds.Cluster('c', { engine: 'aurora-mysql', masterUsername: 'app', manageMasterUserPassword: true, skipFinalSnapshot: true });`,
      fail: dbTs(`multiAz: true`),
      unknown: `new aws.rds.Cluster('c', { engine: config.require('engine'), masterUsername: 'app', manageMasterUserPassword: true });`,
    },
    py: {
      pass: `aws.rds.Cluster("c", master_username="app", manage_master_user_password=True)`,
      fail: `aws.rds.Cluster("c", engine="mysql", master_username="app")`,
      unknown: `aws.rds.Cluster("c", engine=config.require("engine"), master_username="app")`,
    },
  },
  {
    name: 'db-engine-version',
    req: req('db-engine-version', { engine: 'postgres', version: '15' }, 'PostgreSQL version must be 15.x'),
    ts: { pass: dbTs(`engineVersion: '15.4'`), fail: dbTs(`engineVersion: '13.7'`), unknown: dbTs(`engineVersion: config.require('version')`) },
    py: { pass: dbPy(`engine_version="15"`), fail: dbPy(`engine_version="14.9"`), unknown: dbPy(`engine_version=config.require("version")`) },
  },
  {
    name: 'db-parameters',
    req: req('db-parameters', { names: ['max_connections', 'max_wal_senders'] }, 'Set appropriate values for max_connections and max_wal_senders'),
    ts: {
      pass: `${dbTs('')}\nnew aws.rds.ParameterGroup('pg', { family: 'postgres15', parameters: [{ name: 'max_connections', value: '200' }, { name: 'max_wal_senders', value: '10' }] });`,
      fail: `${dbTs('')}\nnew aws.rds.ParameterGroup('pg', { family: 'postgres15', parameters: [{ name: 'max_connections', value: '200' }] });`,
      unknown: `${dbTs('')}\nnew aws.rds.ParameterGroup('pg', { family: 'postgres15', parameters: config.requireObject('params') });`,
    },
    py: {
      pass: `${dbPy('')}\naws.rds.ParameterGroup("pg", family="postgres15", parameters=[aws.rds.ParameterGroupParameterArgs(name=n, value="1") for n in ["max_connections", "max_wal_senders"]])`,
      fail: dbPy(''),
      unknown: `${dbPy('')}\naws.rds.ParameterGroup("pg", family="postgres15", parameters=[{"name": config.require("p"), "value": "1"}])`,
    },
  },
  {
    name: 'db-monitoring',
    req: req('db-monitoring', { enhanced: true }, 'Set up roles for RDS enhanced monitoring'),
    ts: { pass: dbTs(`monitoringInterval: 60, monitoringRoleArn: 'arn'`), fail: dbTs(`monitoringInterval: 0`), unknown: `new aws.sqs.Queue('q');` },
    py: { pass: dbPy(`monitoring_interval=30, monitoring_role_arn="arn"`), fail: dbPy(''), unknown: `aws.sqs.Queue("q")` },
  },
  {
    name: 'dynamodb-billing',
    req: req('dynamodb-billing', { mode: 'PAY_PER_REQUEST' }, 'Use on-demand billing mode'),
    ts: { pass: tableTs(`billingMode: 'PAY_PER_REQUEST'`), fail: tableTs(`billingMode: 'PROVISIONED', readCapacity: 5, writeCapacity: 5`), unknown: tableTs(`billingMode: config.require('billing')`) },
    py: { pass: tablePy(`billing_mode="PAY_PER_REQUEST"`), fail: tablePy(`read_capacity=5, write_capacity=5`), unknown: tablePy(`billing_mode=config.require("billing")`) },
  },
  {
    name: 'dynamodb-keys',
    req: req('dynamodb-keys', { hashKey: 'transactionId', rangeKey: 'timestamp' }, "partition key 'transactionId' and sort key 'timestamp'"),
    ts: {
      pass: `new aws.dynamodb.Table('t', { attributes: [{ name: 'transactionId', type: 'S' }, { name: 'timestamp', type: 'N' }], hashKey: 'transactionId', rangeKey: 'timestamp' });`,
      fail: tableTs(``),
      unknown: `new aws.dynamodb.Table('t', { hashKey: config.require('key') });`,
    },
    py: {
      pass: `aws.dynamodb.Table("t", hash_key="transactionId", range_key="timestamp")`,
      fail: `aws.dynamodb.Table("t", hash_key="transactionId", range_key="createdAt")`,
      unknown: `aws.dynamodb.Table("t", hash_key=config.require("key"))`,
    },
  },
  {
    name: 'dynamodb-streams',
    req: req('dynamodb-streams', { viewType: 'NEW_AND_OLD_IMAGES' }, 'DynamoDB Streams enabled with NEW_AND_OLD_IMAGES view type'),
    ts: {
      pass: tableTs(`streamEnabled: true, streamViewType: 'NEW_AND_OLD_IMAGES'`),
      fail: tableTs(`streamEnabled: true, streamViewType: 'KEYS_ONLY'`),
      unknown: tableTs(`streamEnabled: config.requireBoolean('streams'), streamViewType: 'NEW_AND_OLD_IMAGES'`),
    },
    py: {
      pass: `for n in ["a", "b"]:\n    aws.dynamodb.Table(n, attributes=[{"name": "id", "type": "S"}], hash_key="id", stream_enabled=True, stream_view_type="NEW_AND_OLD_IMAGES")`,
      fail: tablePy(`billing_mode="PAY_PER_REQUEST"`),
      unknown: tablePy(`stream_enabled=True, stream_view_type=config.require("view")`),
    },
  },
  {
    name: 'dynamodb-ttl',
    req: req('dynamodb-ttl', { attribute: 'expiry' }, "TTL enabled on 'expiry' attribute in DynamoDB table"),
    ts: {
      pass: tableTs(`ttl: { attributeName: 'expiry', enabled: true }`),
      fail: tableTs(`ttl: { attributeName: 'expiry' }`),
      unknown: tableTs(`ttl: { attributeName: config.require('ttlAttr'), enabled: true }`),
    },
    py: {
      pass: tablePy(`ttl=aws.dynamodb.TableTtlArgs(attribute_name="expiry", enabled=True)`),
      fail: tablePy(`ttl={"attribute_name": "expires_at", "enabled": True}`),
      unknown: tablePy(`ttl=config.require_object("ttl")`),
    },
  },
  {
    name: 'dynamodb-gsi',
    req: req('dynamodb-gsi', { name: 'category-index' }, 'Global Secondary Index: `category-index` for category-based queries'),
    ts: {
      pass: tableTs(`globalSecondaryIndexes: [{ name: 'category-index', hashKey: 'category', projectionType: 'ALL' }]`),
      fail: tableTs(`globalSecondaryIndexes: [{ name: 'status-index', hashKey: 'status', projectionType: 'ALL' }]`),
      unknown: tableTs(`globalSecondaryIndexes: config.requireObject('indexes')`),
    },
    py: {
      pass: tablePy(`global_secondary_indexes=[aws.dynamodb.TableGlobalSecondaryIndexArgs(name="category-index", hash_key="category", projection_type="ALL")]`),
      fail: tablePy(`billing_mode="PAY_PER_REQUEST"`),
      unknown: tablePy(`global_secondary_indexes=[{"name": config.require("index"), "hash_key": "category", "projection_type": "ALL"}]`),
    },
  },
  {
    name: 'replication of DynamoDB tables',
    req: req('replication', { service: 'dynamodb', scope: 'cross-region' }, 'Configure DynamoDB global tables for multi-region replication'),
    ts: {
      pass: tableTs(`streamEnabled: true, streamViewType: 'NEW_AND_OLD_IMAGES', replicas: [{ regionName: 'us-west-2' }]`),
      fail: `const east = new aws.Provider('east', { region: 'us-east-1' });\nnew aws.dynamodb.Table('t', { attributes: [{ name: 'id', type: 'S' }], hashKey: 'id', replicas: [{ regionName: 'us-east-1' }] }, { provider: east });`,
      unknown: tableTs(`replicas: config.requireObject('replicas')`),
    },
    py: {
      pass: `t = ${tablePy('stream_enabled=True')}\naws.dynamodb.TableReplica("r", global_table_arn=t.arn)`,
      fail: tablePy(`point_in_time_recovery={"enabled": True}`),
      unknown: tablePy(`replicas=[{"region_name": r} for r in config.require_object("regions")]`),
    },
  },
  {
    name: 'replication of S3 buckets',
    req: req('replication', { service: 's3', scope: 'cross-account' }, 'Cross-account S3 replication from the source account bucket'),
    ts: {
      pass: `const src = new aws.s3.BucketV2('src');\nnew aws.s3.BucketReplicationConfig('repl', { bucket: src.id, role: 'arn:aws:iam::123456789012:role/r', rules: [{ status: 'Enabled', destination: { bucket: 'arn:aws:s3:::dest' } }] });`,
      fail: `new aws.s3.BucketV2('src');\nnew aws.s3.BucketVersioningV2('v', { bucket: 'src', versioningConfiguration: { status: 'Enabled' } });`,
      unknown: `import { Replication } from './replication';\nnew aws.s3.BucketV2('src');\nnew Replication('r');`,
    },
    py: {
      pass: `class Storage(pulumi.ComponentResource):\n    def __init__(self, name):\n        super().__init__("app:Storage", name)\n        src = aws.s3.BucketV2(f"{name}-src", opts=pulumi.ResourceOptions(parent=self))\n        aws.s3.BucketReplicationConfig(f"{name}-repl", bucket=src.id, role="arn", rules=[{"status": "Enabled", "destination": {"bucket": "arn:aws:s3:::d"}}], opts=pulumi.ResourceOptions(parent=self))\n\nStorage("s")`,
      fail: `aws.s3.BucketV2("src")`,
      unknown: `aws.s3.Bucket("src", **config.require_object("bucket"))`,
    },
  },
  {
    name: 'replication of RDS databases',
    req: req('replication', { service: 'rds', scope: 'cross-region' }, 'Cross-region RDS read replica (to be promoted)'),
    ts: {
      pass: `const west = new aws.Provider('west', { region: 'us-west-2' });\nconst primary = ${dbTs('').replace(/;$/, '')};\nnew aws.rds.Instance('replica', { replicateSourceDb: primary.arn, instanceClass: 'db.t3.micro', skipFinalSnapshot: true }, { provider: west });`,
      fail: dbTs(`multiAz: true`),
      unknown: dbTs(`...config.requireObject('db')`),
    },
    py: {
      pass: `g = aws.rds.GlobalCluster("g", global_cluster_identifier="g", engine="aurora-postgresql")\naws.rds.Cluster("c", engine="aurora-postgresql", global_cluster_identifier=g.id, master_username="app", manage_master_user_password=True)`,
      fail: `aws.rds.Cluster("c", engine="aurora-postgresql", master_username="app", manage_master_user_password=True)`,
      unknown: `aws.rds.Cluster("c", engine="aurora-postgresql", global_cluster_identifier=config.get("global_cluster"), master_username="app")`,
    },
  },
  {
    name: 'databases restored from a snapshot',
    req: req('db-snapshot-restore', {}, 'Restore database from snapshot to new RDS instance'),
    ts: {
      pass: dbTs(`snapshotIdentifier: config.require('sourceSnapshotArn')`),
      fail: dbTs(`multiAz: true`),
      unknown: dbTs(`...config.requireObject('db')`),
    },
    py: {
      pass: dbPy(`snapshot_identifier="arn:aws:rds:us-east-1:123456789012:snapshot:dev-final"`),
      fail: dbPy(`multi_az=True`),
      unknown: `aws.rds.Instance("db", **config.require_object("db"))`,
    },
  },
];
