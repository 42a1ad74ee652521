// Where a resource is deployed: the literal region of its explicit provider, or the project's
// `aws:region`. Unknown (config-read, computed) regions are undefined: never guessed.

import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceById } from './resource-refs.js';
import { str } from './values.js';

/** The project's `aws:region` from Pulumi.yaml: the region of resources on the default provider. */
export function projectRegion(model: ResourceModel): string | undefined {
  const c = model.project?.config.find((x) => x.key === 'aws:region');
  return typeof c?.default === 'string' ? c.default : undefined;
}

/** The resource's explicit provider and that provider's literal `region`, when both are known. */
export function providerRegion(model: ResourceModel, r: Resource): { region: string; provider: Resource } | undefined {
  const provider = typeof r.provider === 'number' ? resourceById(model, r.provider) : undefined;
  const region = str(provider?.args.props.get('region'));
  return provider && region ? { region, provider } : undefined;
}
