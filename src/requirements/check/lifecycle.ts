// Destroyability: nothing may block `pulumi destroy`.

import type { At } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, bool, definitelyAbsent, opt } from '../../rules/_shared/values.js';
import { fail, label, pass, resourcesOf, TYPES, unknown, type Check } from './context.js';

interface Blocker {
  resource: Resource;
  what: string;
  at: At;
}

const PROTECTION_ARGS = ['deletionProtection', 'deletionProtectionEnabled', 'enableDeletionProtection'];

function blockers(r: Resource, forceDestroy: boolean): Blocker[] {
  const out: Blocker[] = [];
  for (const o of ['protect', 'retainOnDelete']) {
    const v = opt(r, o);
    if (bool(v) === true) out.push({ resource: r, what: `${label(r)} has \`${o}: true\``, at: v?.at ?? r.at });
  }
  for (const a of PROTECTION_ARGS) {
    const v = arg(r, a);
    if (bool(v) === true) out.push({ resource: r, what: `${label(r)} has \`${a}: true\``, at: v?.at ?? r.at });
  }
  if (TYPES.rdsInstance.test(r.type) || TYPES.rdsCluster.test(r.type)) {
    const skip = arg(r, 'skipFinalSnapshot');
    // Without skipFinalSnapshot, deleting the database requires a final snapshot identifier.
    if (bool(skip) === false || (definitelyAbsent(r, 'skipFinalSnapshot') && definitelyAbsent(r, 'finalSnapshotIdentifier'))) {
      out.push({ resource: r, what: `${label(r)} does not set \`skipFinalSnapshot: true\`, so destroy fails asking for a final snapshot`, at: skip?.at ?? r.at });
    }
  }
  if (forceDestroy && TYPES.bucket.test(r.type) && bool(arg(r, 'forceDestroy')) !== true && (definitelyAbsent(r, 'forceDestroy') || bool(arg(r, 'forceDestroy')) === false)) {
    out.push({ resource: r, what: `${label(r)} has no \`forceDestroy: true\`, so destroy fails while it holds objects`, at: arg(r, 'forceDestroy')?.at ?? r.at });
  }
  if (forceDestroy && /^aws:ecr\/repository:/.test(r.type) && (definitelyAbsent(r, 'forceDelete') || bool(arg(r, 'forceDelete')) === false)) {
    out.push({ resource: r, what: `${label(r)} has no \`forceDelete: true\`, so destroy fails while it holds images`, at: arg(r, 'forceDelete')?.at ?? r.at });
  }
  return out;
}

export const checkDestroyable: Check<'destroyable'> = (req, ctx) => {
  const rs = resourcesOf(ctx, /./);
  if (rs.length === 0) return unknown('the program creates no resources');
  const found = rs.flatMap((r) => blockers(r, req.params.forceDestroy === true));
  const first = found[0];
  if (!first) return pass('no retain option, deletion protection or final snapshot blocks destroy');
  const more = found.length > 1 ? ` (and ${found.length - 1} more blockers)` : '';
  return fail(req, `${first.what}${more}`, first.resource, first.at);
};
