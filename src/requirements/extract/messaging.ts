// Dead-letter queues for Lambda functions and SQS queues.

import type { ParamsOf } from '../kinds.js';
import { found, type Extractor } from './found.js';
import { negatedAt } from './text.js';

export const extractDlq: Extractor = (c) => {
  const { text, low } = c;
  const m = /\bdead[- ]letter (queues?|handling|config\w*)\b|\bdlqs?\b|\bredrive\b/.exec(low);
  if (!m || negatedAt(low, m.index)) return [];
  const sqs =
    /\b(for|on|to) (each|all|every)? ?(primary |main |processing )?(sqs )?queues?\b|\bqueues? with (dead[- ]letter|dlq)|\bsqs queues\b[^.]*\bdead[- ]letter|\bmax(imum)? receive count\b/.test(low) ||
    /\bsqs\b|\bqueues\b/.test(c.lead);
  const lambda = /\blambda|functions?\b/.test(low);
  const target: ParamsOf<'dead-letter-queue'>['target'] = sqs ? 'sqs' : lambda ? 'lambda' : 'any';
  const receive = /\bmax(?:imum)?\s*receive\s*count\s*(?:of|:|=)?\s*(\d+)|\bmaxReceiveCount\s*[:=]?\s*(\d+)/i.exec(text);
  const count = receive ? Number(receive[1] ?? receive[2]) : undefined;
  return [found('dead-letter-queue', count !== undefined ? { target, maxReceiveCount: count } : { target }, 0.85)];
};
