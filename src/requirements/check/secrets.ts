// Secrets Manager (with rotation) and SSM Parameter Store.

import { knownString, type Value } from '../../ir/values.js';
import { partialLiteral } from '../../rules/_shared/secret-literals.js';
import { arg, bool, num } from '../../rules/_shared/values.js';
import { fail, label, nothingToCheck, pass, resourcesOf, unknown, type Check } from './context.js';

/** Where a database's master password comes from when it is not Secrets Manager's: a literal, Pulumi config, an environment variable. */
function plainPassword(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  // `pulumi.secret("...")` / `Output.secret(f"Pass{env}!")` hides the value in the state, not in the code.
  const held = v.kind === 'output' && v.resource === undefined ? v.inner : v;
  if (knownString(held) !== undefined || partialLiteral(held) !== undefined) return 'is written in the code';
  const origin = v.kind === 'output' ? v.src : v.kind === 'unknown' ? v.why : '';
  if (/^config:/.test(origin)) return `comes from Pulumi config (${origin.slice(7)})`;
  if (/^env:/.test(origin)) return `comes from the environment variable ${origin.slice(4)}`;
  return undefined;
}

export const checkSecretsManager: Check<'secrets-manager'> = (req, ctx) => {
  const secrets = resourcesOf(ctx, /^aws:secretsmanager\/secret:Secret$/);
  const dbs = resourcesOf(ctx, /^aws:rds\/(instance|cluster):/);
  // RDS can keep the master password in Secrets Manager itself, and rotates it every 7 days.
  const managed = dbs.filter((r) => bool(arg(r, 'manageMasterUserPassword')) === true);
  // Database credentials asked for in Secrets Manager: a password in the code, or read from config
  // while no secret holds a value, is not there.
  if (req.params.database) {
    const versions = resourcesOf(ctx, /^aws:secretsmanager\/secretVersion:SecretVersion$/);
    for (const db of dbs.filter((r) => !managed.includes(r) && !arg(r, 'replicateSourceDb'))) {
      const path = arg(db, 'masterPassword') ? 'masterPassword' : 'password';
      const source = plainPassword(arg(db, path));
      if (source && (source === 'is written in the code' || versions.length === 0)) return fail(req, `the master password of ${label(db)} ${source}`, db, arg(db, path)?.at, { variant: 'password', source: source.replace(/ \(.*\)$/, '') });
    }
  }
  if (secrets.length + managed.length === 0) return ctx.complete ? fail(req, 'it creates no Secrets Manager secret', undefined, undefined, { variant: 'none' }) : nothingToCheck(ctx, 'secrets');
  if (!req.params.rotation && req.params.rotationDays === undefined) return pass('secrets are stored in Secrets Manager', secrets[0] ?? managed[0], secrets[0] ? undefined : arg(managed[0]!, 'manageMasterUserPassword')?.at);
  const rotations = resourcesOf(ctx, /^aws:secretsmanager\/secretRotation:/);
  if (rotations.length === 0) {
    if (managed.length > 0 && (req.params.rotationDays ?? 7) === 7) return pass('RDS manages and rotates the master password', managed[0], arg(managed[0]!, 'manageMasterUserPassword')?.at);
    return fail(req, 'no secret has a SecretRotation, so credentials never rotate', secrets[0] ?? managed[0], undefined, { variant: 'noRotation' });
  }
  const want = req.params.rotationDays;
  if (want === undefined) return pass('secrets rotate', rotations[0]);
  const days = rotations.map((r) => num(arg(r, 'rotationRules.automaticallyAfterDays')));
  if (days.includes(want)) return pass(`secrets rotate every ${want} days`, rotations[days.indexOf(want)], arg(rotations[days.indexOf(want)]!, 'rotationRules')?.at);
  if (days.includes(undefined)) return unknown('the rotation schedule is not known statically');
  return fail(req, `secrets rotate every ${days.join(', ')} days`, rotations[0], arg(rotations[0]!, 'rotationRules.automaticallyAfterDays')?.at, { variant: 'days', got: days.join(', ') });
};

export const checkSsmParameter: Check<'ssm-parameter'> = (req, ctx) => {
  const params = resourcesOf(ctx, /^aws:ssm\/parameter:Parameter$/);
  if (params.length === 0) return ctx.complete ? fail(req, 'it creates no SSM parameter', undefined, undefined, { variant: 'none' }) : nothingToCheck(ctx, 'SSM parameters');
  if (!req.params.secure) return pass(`${params.length} SSM parameters`, params[0]);
  const types = params.map((p) => knownString(arg(p, 'type')));
  if (types.includes('SecureString')) return pass('a SecureString parameter holds the secret', params[types.indexOf('SecureString')], arg(params[types.indexOf('SecureString')]!, 'type')?.at);
  if (types.includes(undefined)) return unknown('parameter types are not known statically');
  return fail(req, `its parameters are of type ${[...new Set(types)].join(', ')}, not SecureString`, params[0], arg(params[0]!, 'type')?.at);
};
