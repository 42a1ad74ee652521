// Alarms on error rates: "alarms if Lambda error rates exceed 5%", "Lambda errors exceeding 1% error
// rate", "High error rates (>1% over 5 minutes)". A percentage of errors is a ratio of two metrics,
// which an alarm on the error count does not measure.

import type { ParamsOf } from '../kinds.js';
import { found, type Extractor } from './found.js';

const PERCENT = String.raw`(\d+(?:\.\d+)?)\s*%`;
// The percentage is about errors: after "error(s)/error rate … exceed/above/over/>" or before "error rate".
const AFTER_ERRORS = new RegExp(String.raw`\b(?:errors?|error[- ]rates?|failures?|failure rates?|5xx(?:\s+errors?)?|4xx(?:\s+errors?)?)\b[^.%]{0,40}?(?:exceed\w*|above|over|greater than|more than|higher than|reach\w*|>=?|crosses)\s*${PERCENT}`, 'i');
const BEFORE_RATE = new RegExp(String.raw`${PERCENT}\s+(?:error|failure|5xx|4xx)\s*(?:rates?|errors?)\b`, 'i');
const ALARM = /\balarms?\b|\balert\w*\b|\bnotif\w*\b|\btrigger\w*\b|\bmonitor\w*\b|\bpage\b|\bescalat\w*/i;

function serviceOf(text: string): ParamsOf<'alarm-error-rate'>['service'] {
  if (/\b5xx|4xx\b/i.test(text) && /\bapi\s*gateway\b|\bapi\b/i.test(text)) return 'api-gateway';
  if (/\blambdas?\b|\bfunctions?\b|\binvocations?\b/i.test(text)) return 'lambda';
  if (/\bapi\s*gateway\b/i.test(text)) return 'api-gateway';
  if (/\b(alb|load balancer|target groups?)\b/i.test(text)) return 'alb';
  return undefined;
}

export const extractErrorRateAlarm: Extractor = (c) => {
  const { text, low } = c;
  const m = AFTER_ERRORS.exec(text) ?? BEFORE_RATE.exec(text);
  if (!m) return [];
  if (!ALARM.test(low) && !ALARM.test(c.lead) && !c.headings.some((h) => /\balarm|\bmonitor|\balert/.test(h))) return [];
  const percent = Number(m[1]);
  if (!(percent > 0 && percent < 100)) return [];
  const service = serviceOf(text) ?? serviceOf(c.lead);
  return [found('alarm-error-rate', service ? { percent, service } : { percent }, 0.8)];
};
