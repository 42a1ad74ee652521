// Arguments that hold a DNS name someone must own for the deployment to finish (hosted zones,
// records, certificates, custom domains, mail identities), and the names nobody can own. Shared by
// aws/placeholder-domain, which reports placeholder domains there, and aws/placeholder-value, which
// leaves those arguments to it.

import type { Resource } from '../../model/types.js';

/** Type token → top-level argument names that hold an owned domain. */
const DNS_ARGS: Record<string, RegExp> = {
  'aws:acm/certificate:Certificate': /^(domainName|subjectAlternativeNames)$/,
  'aws:route53/zone:Zone': /^name$/,
  'aws:route53/record:Record': /^name$/,
  'aws:apigateway/domainName:DomainName': /^domainName$/,
  'aws:apigatewayv2/domainName:DomainName': /^domainName$/,
  'aws:appsync/domainName:DomainName': /^domainName$/,
  'aws:cloudfront/distribution:Distribution': /^aliases$/,
  'aws:cognito/userPoolDomain:UserPoolDomain': /^domain$/,
  'aws:ses/domainIdentity:DomainIdentity': /^domain$/,
  'aws:ses/domainDkim:DomainDkim': /^domain$/,
  'aws:sesv2/emailIdentity:EmailIdentity': /^emailIdentity$/,
};

/** Is the argument at `path` (dotted, from the arguments root) a domain the deployer must own? */
export function isOwnedDomainArg(r: Resource, path: string): boolean {
  return DNS_ARGS[r.type]?.test(path.split('.')[0]!) ?? false;
}

/**
 * Names nobody can own: the documentation domains (RFC 2606: example.com/.net/.org, which Route 53
 * also refuses to host), the special-use top-level domains (`.example`, `.test`, `.invalid`,
 * `.localhost`, RFC 6761), names for private networks only (`.local`, `.internal`), and fill-in names
 * (`yourdomain.com`, `mydomain.com`, `your-company.com`) that belong to somebody else.
 */
const EXAMPLE = /(?:^|\.)(example\.(?:com|org|net))\.?$/i;
const SPECIAL_TLD = /(?:^|\.)[a-z0-9-]+\.(example|test|invalid|localhost)\.?$/i;
const PRIVATE_ONLY = /(?:^|\.)[a-z0-9-]+\.(local|internal)\.?$/i;
const FILL_IN = /(?:^|\.)((?:your|my)-?(?:domain|company|app|site|website|org|business)(?:name)?\.[a-z]{2,})\.?$/i;

export type DomainProblem = { kind: 'example' | 'specialTld' | 'privateOnly' | 'fillIn'; domain: string };

/** What is wrong with a domain name (wildcards allowed), if it is one nobody can own publicly. */
export function domainProblem(name: string): DomainProblem | undefined {
  const host = name.trim().replace(/^\*\./, '');
  const example = EXAMPLE.exec(host);
  if (example) return { kind: 'example', domain: example[1]! };
  const special = SPECIAL_TLD.exec(host);
  if (special) return { kind: 'specialTld', domain: `.${special[1]!}` };
  const fill = FILL_IN.exec(host);
  if (fill) return { kind: 'fillIn', domain: fill[1]! };
  const priv = PRIVATE_ONLY.exec(host);
  if (priv) return { kind: 'privateOnly', domain: `.${priv[1]!}` };
  return undefined;
}
