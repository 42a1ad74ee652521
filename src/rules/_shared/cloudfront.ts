// Shapes the CloudFront rules share: the S3 resources an origin can point at, and whether a
// distribution block sets a key.

import type { Value } from '../../ir/values.js';
import { isAbsent } from './values.js';

export const DISTRIBUTION = 'aws:cloudfront/distribution:Distribution';
export const BUCKETS = ['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2'];
export const WEBSITES = ['aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration', 'aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2'];

/** Is `key` set in the object ('unknown' when the object is open or not an object)? */
export function presence(o: Value, key: string): 'yes' | 'no' | 'unknown' {
  if (o.kind !== 'obj') return 'unknown';
  const v = o.props.get(key);
  if (v === undefined || isAbsent(v)) return o.open ? 'unknown' : 'no';
  return 'yes';
}
