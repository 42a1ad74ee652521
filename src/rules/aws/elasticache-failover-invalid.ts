import { arg, bool, isAbsent, keySpan, num } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const REPLICATION_GROUP = 'aws:elasticache/replicationGroup:ReplicationGroup';

export default defineRule({
  id: 'aws/elasticache-failover-invalid',
  class: 'HA-MULTI-AZ',
  severity: 'high',
  category: 'aws',
  resourceTypes: [REPLICATION_GROUP],
  messages: {
    oneNode: 'This replication group enables automatic failover with {{nodes}} cache node{{s}}: failover needs a replica to promote, so ElastiCache rejects it ("Automatic failover requires at least 2 nodes"). Set `numCacheClusters` to 2 or more (one per Availability Zone).',
    multiAz: 'This replication group enables Multi-AZ without automatic failover: ElastiCache requires `automaticFailoverEnabled: true` for Multi-AZ, so creation fails. Enable automatic failover (with at least two nodes).',
  },
  title: {
    oneNode: 'Automatic failover with {{nodes}} cache node{{s}} on {{counted}}',
    multiAz: 'Multi-AZ without automatic failover on {{counted}}',
  },
  fixHint: 'numCacheClusters: 2, automaticFailoverEnabled: true, multiAzEnabled: true (or replicasPerNodeGroup ≥ 1 in cluster mode).',
  docs: {
    summary: 'ElastiCache replication groups that enable automatic failover with a single node, or Multi-AZ without automatic failover.',
    why: 'Automatic failover promotes a replica, so a replication group needs at least two nodes for it; Multi-AZ in turn requires automatic failover. Model-written caches switch both on for "high availability" but keep `numCacheClusters: 1` to save cost, and the deployment fails.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.elasticache.ReplicationGroup('cache', { description: 'cache', engine: 'redis', nodeType: 'cache.t3.micro', numCacheClusters: 1, automaticFailoverEnabled: true, multiAzEnabled: true });\n`,
      py: `import pulumi_aws as aws\naws.elasticache.ReplicationGroup("cache", description="cache", engine="redis", node_type="cache.t3.micro", num_cache_clusters=2, multi_az_enabled=True)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.elasticache.ReplicationGroup('cache', { description: 'cache', engine: 'redis', nodeType: 'cache.t3.micro', numCacheClusters: 2, automaticFailoverEnabled: true, multiAzEnabled: true });\n`,
      py: `import pulumi_aws as aws\naws.elasticache.ReplicationGroup("cache", description="cache", engine="redis", node_type="cache.t3.micro", num_cache_clusters=2, automatic_failover_enabled=True, multi_az_enabled=True)\n`,
    },
    references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html', 'https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html'],
    notes: 'Cluster-mode groups (`numNodeGroups` / `replicasPerNodeGroup`) are judged by their replicas per shard. A node count from configuration is not judged.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.args.open) continue;
      const failover = bool(arg(r, 'automaticFailoverEnabled'));
      const replicas = num(arg(r, 'replicasPerNodeGroup'));
      const clustersV = r.args.props.get('numCacheClusters');
      // A misspelt count (`numberCacheClusters`, the pre-v5 name) is another rule's finding, not one node.
      const misspelt = [...r.args.props.keys()].some((k) => k !== 'numCacheClusters' && /cacheclusters/i.test(k));
      const clusters = isAbsent(clustersV) ? (!misspelt && knownAbsent(ctx, r, 'replicasPerNodeGroup') && knownAbsent(ctx, r, 'numNodeGroups') ? 1 : undefined) : num(clustersV);
      if (failover === true) {
        const nodes = replicas !== undefined ? replicas + 1 : clusters;
        if (nodes !== undefined && nodes < 2) ctx.report({ messageId: 'oneNode', data: { nodes, s: nodes === 1 ? '' : 's' }, at: keySpan(r.args, 'automaticFailoverEnabled'), resource: r });
      }
      const multiAz = bool(arg(r, 'multiAzEnabled'));
      if (multiAz === true && (failover === false || knownAbsent(ctx, r, 'automaticFailoverEnabled'))) ctx.report({ messageId: 'multiAz', at: keySpan(r.args, 'multiAzEnabled'), resource: r });
    }
  },
});
