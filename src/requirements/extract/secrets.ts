// Secrets Manager (and rotation) and SSM Parameter Store.

import type { ParamsOf } from '../kinds.js';
import { found, type Extractor } from './found.js';
import { daysIn } from './text.js';

export const extractSecretsManager: Extractor = (c) => {
  const { text, low } = c;
  const underSecrets = /\bsecrets ?manager\b/.test(c.lead);
  const named = /\bsecrets ?manager\b|\bsecretsmanager\b/.test(low) || (underSecrets && /\bsecrets?\b|\bcredentials?\b|\brotat/.test(low));
  // Rotation of credentials is a Secrets Manager feature even when the sentence does not name it.
  const aboutSecrets = /\bsecrets?\b|\bcredentials?\b|\bpasswords?\b/.test(low) || underSecrets || /\bsecrets? management\b/.test(c.lead);
  const rotation = /\brotat\w+\b/.test(low) && aboutSecrets && !/\bkms\b|\bkeys? rotation\b/.test(low);
  if (!named && !rotation) return [];
  // Endpoints, permissions and existing secrets are about something else.
  if (/\bendpoints?\b|\bexisting\b|\bfetched\b|\bnot created\b|\bdo not create\b|\bpermissions?\b|\baccess\.?$/.test(low)) return [];
  if (/\b(where|if|when) (applicable|needed|necessary|appropriate|possible)\b/.test(low)) return [];
  // "Pulumi secrets or AWS Secrets Manager", "SSM Parameter Store or Secrets Manager": one of several stores.
  if (!rotation && /\b(pulumi (config )?secrets?|parameter store|ssm|config\.requiresecret|requiresecret)\b[^.]*\bor\b[^.]*\bsecrets ?manager\b|\bsecrets ?manager\b[^.]*\bor\b[^.]*\b(pulumi (config )?secrets?|parameter store|ssm)\b/.test(low)) return [];
  const params: ParamsOf<'secrets-manager'> = {};
  if (rotation) params.rotation = true;
  // "Store the database password in Secrets Manager", "RDS credentials must be kept in Secrets Manager".
  if (/\b(databases?|db|rds|aurora|postgres\w*|mysql|master)\s+(user\s+)?(passwords?|credentials?|secrets?|usernames? and passwords?)\b|\b(passwords?|credentials?) (for|of) the (database|db|rds|aurora)\b/.test(`${low} ${c.lead}`)) params.database = true;
  const days = rotation ? daysIn(text) : [];
  if (days.length) params.rotationDays = days[0]!;
  return [found('secrets-manager', params, named ? 0.85 : 0.7)];
};

export const extractSsmParameter: Extractor = (c) => {
  const { low } = c;
  const underStore = /\bparameter store\b/.test(c.lead) && /\bconfigurations?\b|\bparameters?\b|\bvalues\b/.test(low);
  if (!underStore && !/\bparameter store\b|\bssm parameters?\b|\bsystems manager parameter\b|\bsecure ?string\b|\bsecure (string )?parameters?\b/.test(low)) return [];
  const secure = /\bsecure ?string\b|\bsecure (string )?parameters?\b|\bsecurely\b|\bsensitive\b|\bencrypt\w*\b/.test(low);
  return [found('ssm-parameter', secure ? { secure } : {}, 0.8)];
};
