// Facts about the program's SQS queues that several rules need.

import type { Resource } from '../../model/types.js';
import { arg, bool, isAbsent, str } from './values.js';

export const QUEUE = 'aws:sqs/queue:Queue';

/** Is the queue FIFO (`fifoQueue`, or a name ending in `.fifo`)? undefined when it cannot be told. */
export function isFifo(q: Resource): boolean | undefined {
  const flag = bool(arg(q, 'fifoQueue'));
  if (flag !== undefined) return flag;
  const name = str(arg(q, 'name'));
  if (name !== undefined) return name.endsWith('.fifo');
  return q.argsKnown && !q.args.open && isAbsent(arg(q, 'fifoQueue')) && isAbsent(arg(q, 'name')) ? false : undefined;
}
