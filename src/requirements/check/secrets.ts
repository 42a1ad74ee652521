// Secrets Manager (with rotation) and SSM Parameter Store.

import { knownString } from '../../ir/values.js';
import { arg, bool, num } from '../../rules/_shared/values.js';
import { fail, nothingToCheck, pass, resourcesOf, unknown, type Check } from './context.js';

export const checkSecretsManager: Check<'secrets-manager'> = (req, ctx) => {
  const secrets = resourcesOf(ctx, /^aws:secretsmanager\/secret:Secret$/);
  // RDS can keep the master password in Secrets Manager itself, and rotates it every 7 days.
  const managed = resourcesOf(ctx, /^aws:rds\/(instance|cluster):/).filter((r) => bool(arg(r, 'manageMasterUserPassword')) === true);
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
