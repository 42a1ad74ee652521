// Compute sizing: instance types and classes, and Auto Scaling (or ECS service) capacity.

import type { ParamsOf } from '../kinds.js';
import { found, type Extractor } from './found.js';

const TYPE = /\b(db\.|cache\.)?([a-z]\d[a-z]*[a-z0-9]*)\.(nano|micro|small|medium|large|\d*xlarge|metal)\b/gi;

export const extractInstanceType: Extractor = (c) => {
  const { text, low } = c;
  if (/\bequivalent\b|\bdeprecated\b|\bapproved\b|\bwhitelist\b/.test(low)) return [];
  const byTarget = new Map<ParamsOf<'instance-type'>['target'], string[]>();
  for (const m of text.matchAll(TYPE)) {
    const target = m[1]?.toLowerCase() === 'db.' ? 'rds' : m[1]?.toLowerCase() === 'cache.' ? 'cache' : 'ec2';
    const list = byTarget.get(target) ?? [];
    const type = m[0].toLowerCase();
    if (!list.includes(type)) list.push(type);
    byTarget.set(target, list);
  }
  return [...byTarget].map(([target, types]) => found('instance-type', { types, target }, 0.85));
};

export const extractCapacity: Extractor = (c) => {
  const { text, low } = c;
  if (!/\bauto ?scaling\b|\basg\b|\bscale\w*\b|\binstances?\b|\btasks?\b|\bcapacity\b|\bstandby\b/.test(low)) return [];
  if (/\bacus?\b|\baurora\b|\bserverless\b|\brcu\b|\bwcu\b|\bread capacity\b|\bwrite capacity\b|\bshards?\b|\bconcurren/.test(low)) return [];
  const params: ParamsOf<'autoscaling-capacity'> = {};
  const between = /\bscale\w*\s+(?:between|from)\s+(?:min(?:imum)?:?\s*)?(\d+)\s+(?:and|to)\s+(?:max(?:imum)?:?\s*)?(\d+)\b/i.exec(text);
  if (between) {
    params.min = Number(between[1]);
    params.max = Number(between[2]);
  }
  const min = /\bmin(?:imum)?(?:\s+(?:size|capacity|count|of))?\s*[:=]?\s*(\d+)\s*(?:instances?|tasks?|nodes?)?\b/i.exec(text);
  const max = /\bmax(?:imum)?(?:\s+(?:size|capacity|count|of))?\s*[:=]?\s*(\d+)\s*(?:instances?|tasks?|nodes?)?\b/i.exec(text);
  const desired = /\bdesired(?:\s+(?:capacity|count|size))?\s*(?:of|:|=)?\s*(\d+)\b/i.exec(text) ?? /\b(?:run|maintain|keep)s?\s+(?:with\s+)?(\d+)\s+instances?\b/i.exec(text);
  if (params.min === undefined && min) params.min = Number(min[1]);
  if (params.max === undefined && max) params.max = Number(max[1]);
  if (desired) params.desired = Number(desired[1]);
  return Object.keys(params).length ? [found('autoscaling-capacity', params, 0.75)] : [];
};
