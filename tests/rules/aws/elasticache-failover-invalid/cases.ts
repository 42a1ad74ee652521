import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const base = { description: 'cache', engine: 'redis', nodeType: 'cache.t3.micro' };

// --- bad
new aws.elasticache.ReplicationGroup('single', { ...base, numCacheClusters: 1, automaticFailoverEnabled: true }); // error: [aws/elasticache-failover-invalid]
new aws.elasticache.ReplicationGroup('default-count', { ...base, automaticFailoverEnabled: true }); // error: [aws/elasticache-failover-invalid]
new aws.elasticache.ReplicationGroup('multi-az', {
  ...base, numCacheClusters: 2,
  multiAzEnabled: true, // error: [aws/elasticache-failover-invalid]
});

// --- clean
new aws.elasticache.ReplicationGroup('ok', { ...base, numCacheClusters: 2, automaticFailoverEnabled: true, multiAzEnabled: true });
new aws.elasticache.ReplicationGroup('cluster-mode', { ...base, numNodeGroups: 2, replicasPerNodeGroup: 1, automaticFailoverEnabled: true });

// --- unknown
new aws.elasticache.ReplicationGroup('cfg', { ...base, numCacheClusters: config.requireNumber('nodes'), automaticFailoverEnabled: true });
