// Which EventBridge bus a rule or target names: a bus of the program, the default bus, or a literal
// custom bus name/ARN. Rules about schedules and targets on custom buses share it.

import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceLabel } from './labels.js';
import { referencedResource } from './resource-refs.js';
import { isAbsent, str } from './values.js';

export const EVENT_BUS = 'aws:cloudwatch/eventBus:EventBus';

/** The default bus is named `default`; its ARN ends in `event-bus/default`. */
const DEFAULT_BUS = /^(default|arn:aws[a-z-]*:events:[^:]*:[^:]*:event-bus\/default)$/;

export type Bus = { kind: 'default' } | { kind: 'custom'; resource?: Resource; text?: string } | { kind: 'unknown' };

/** The bus an `eventBusName` argument names (absent: the default bus). */
export function busOf(model: ResourceModel, v: Value | undefined): Bus {
  if (!v || isAbsent(v)) return { kind: 'default' };
  const owner = referencedResource(model, v);
  if (owner) return owner.type === EVENT_BUS ? { kind: 'custom', resource: owner } : { kind: 'unknown' };
  const text = str(v);
  if (text === undefined) return { kind: 'unknown' };
  if (text === '' || DEFAULT_BUS.test(text)) return { kind: 'default' };
  // A name and the bus's ARN name the same bus.
  return { kind: 'custom', text: text.replace(/^arn:aws[a-z-]*:events:[^:]*:[^:]*:event-bus\//, '') };
}

/** How a bus is shown in a message. */
export function busLabel(b: Bus): string {
  return b.kind === 'custom' ? (b.resource ? resourceLabel(b.resource) : `"${b.text}"`) : '`default`';
}
