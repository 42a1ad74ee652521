// The lifecycle and replication rules of S3 buckets, wherever a program writes them: the separate
// configuration resources, or the inline blocks of aws.s3.Bucket / BucketV2.

import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, items } from './values.js';

export const BUCKET = 'aws:s3/bucket:Bucket';
export const BUCKET_V2 = 'aws:s3/bucketV2:BucketV2';
export const LIFECYCLE_CONFIGS = ['aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2', 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration'];

/**
 * The replication configuration resource, also under the names models invent for it
 * (`BucketReplicationConfiguration`, `BucketReplication`): its arguments say what was meant, and the
 * unknown type itself is aws/unknown-resource-type's finding.
 */
export function isReplicationConfig(r: Resource): boolean {
  return r.pkg === 'aws' && r.module === 's3' && /^BucketReplication(Config(uration)?)?(V2)?$/.test(r.className);
}

/** Lifecycle rules of a bucket's inline block or of a lifecycle configuration resource. */
export function lifecycleRulesOf(r: Resource): Value[] {
  if (LIFECYCLE_CONFIGS.includes(r.type)) return items(arg(r, 'rules'))?.items ?? [];
  if (r.type === BUCKET || r.type === BUCKET_V2) return items(arg(r, 'lifecycleRules'))?.items ?? [];
  return [];
}

/** Replication rules of a replication configuration resource or of a bucket's inline block. */
export function replicationRulesOf(r: Resource): Value[] {
  if (isReplicationConfig(r)) return items(arg(r, 'rules'))?.items ?? [];
  if (r.type === BUCKET) {
    const cfg = arg(r, 'replicationConfiguration');
    return cfg?.kind === 'obj' ? (items(cfg.props.get('rules'))?.items ?? []) : [];
  }
  if (r.type === BUCKET_V2) {
    return (items(arg(r, 'replicationConfigurations'))?.items ?? []).flatMap((cfg) => (cfg.kind === 'obj' ? (items(cfg.props.get('rules'))?.items ?? []) : []));
  }
  return [];
}
