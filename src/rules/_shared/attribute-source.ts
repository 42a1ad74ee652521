// Which program resource, and which of its attributes, an argument was built from (`queue.url`,
// `fn.name`), including values an `apply` passed through unchanged. Rules about arguments that need
// an ARN use it to tell `queue.arn` from `queue.url`.

import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { referencedResource } from './resource-refs.js';

export function attributeSource(model: ResourceModel, v: Value | undefined): { r: Resource; attr: string } | undefined {
  if (!v) return undefined;
  if (v.kind === 'unknown' && v.ref) {
    const r = referencedResource(model, { kind: 'output', src: '', inner: v, resource: v.ref.resource, attr: v.ref.attr });
    return r ? { r, attr: v.ref.attr } : undefined;
  }
  const r = referencedResource(model, v);
  return r && v.kind === 'output' && v.attr ? { r, attr: v.attr } : undefined;
}
