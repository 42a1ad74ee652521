// S3 storage: versioning and lifecycle rules.

import type { ParamsOf } from '../kinds.js';
import { found, type Extractor } from './found.js';
import { daysIn } from './text.js';

export const extractVersioning: Extractor = (c) => {
  const { low } = c;
  if (!/\bversioning\b|\bversioned\b|\bkeep track of (different )?versions\b/.test(low)) return [];
  if (/\b(semantic|api|schema) versioning\b|\bno versioning\b|\bwithout versioning\b/.test(low)) return [];
  const all = /\ball (s3 )?buckets\b|\bevery bucket\b|\beach bucket\b|\bbuckets (must|should) (have|enable)\b/.test(low);
  return [found('versioning', all ? { all } : {}, 0.85)];
};

const STORAGE_CLASSES: [string, RegExp][] = [
  ['DEEP_ARCHIVE', /\bdeep archive\b/i],
  ['GLACIER_IR', /\bglacier instant\b/i],
  ['GLACIER', /\bglacier\b/i],
  ['INTELLIGENT_TIERING', /\bintelligent[- ]tiering\b/i],
  ['STANDARD_IA', /\bstandard[- ]ia\b|\binfrequent access\b/i],
  ['ONEZONE_IA', /\bone ?zone[- ]ia\b/i],
];

export const extractLifecycle: Extractor = (c) => {
  const { text, low } = c;
  const cue =
    /\blifecycle (polic(y|ies)|rules?|configuration|management)\b|\btransition\w* (\w+ )?to (glacier|s3 glacier|standard-ia|intelligent|deep archive|infrequent)\b|\b(archive|archived|expire|expired|delete|deleted)\b[^.]*\bafter\b[^.]*\d+[- ]?days?\b|\b\d+[- ]day lifecycle\b|\barchive or delete\b/.test(low);
  if (!cue || /\becr\b|\bimages?\b|\bcontainer\b/.test(low)) return [];
  const days = daysIn(text);
  const action: ParamsOf<'lifecycle'>['action'] = /\btransition|glacier|archiv|infrequent|tiering\b/.test(low) ? 'transition' : 'expiration';
  const storageClass = STORAGE_CLASSES.find(([, re]) => re.test(text))?.[0];
  const params: ParamsOf<'lifecycle'> = days.length ? { days: days[0]!, action } : { action };
  if (storageClass) params.storageClass = storageClass;
  return [found('lifecycle', params, days.length ? 0.8 : 0.6)];
};
