import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { regionOf } from '../_shared/deploy-region.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { arg, bool, isAbsent, items, keySpan, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const DISTRIBUTION = 'aws:cloudfront/distribution:Distribution';
const DOMAIN_NAME = 'aws:apigateway/domainName:DomainName';
const CERTIFICATE = 'aws:acm/certificate:Certificate';
const VALIDATION = 'aws:acm/certificateValidation:CertificateValidation';

/** The ACM certificate a certificate ARN value comes from (`cert.arn`, `validation.certificateArn`). */
function certificateOf(model: ResourceModel, v: Value | undefined): Resource | undefined {
  const r = referencedResource(model, v);
  if (r?.type === CERTIFICATE) return r;
  if (r?.type === VALIDATION) {
    const c = referencedResource(model, arg(r, 'certificateArn'));
    return c?.type === CERTIFICATE ? c : undefined;
  }
  return undefined;
}

function checkCertificateRegion(ctx: RuleContext, r: Resource, v: Value | undefined, user: string): void {
  const cert = certificateOf(ctx.model, v);
  const region = cert && regionOf(ctx.model, cert);
  if (cert && region && region !== 'us-east-1') ctx.report({ messageId: 'region', data: { user, cert: quotedName(cert), region }, at: v?.at, resource: r });
}

/** The names a program certificate covers, when every one is known. */
function certificateNames(cert: Resource): string[] | undefined {
  const main = str(arg(cert, 'domainName'));
  if (main === undefined || cert.args.open) return undefined;
  const sans = arg(cert, 'subjectAlternativeNames');
  const list = sans ? items(sans) : { items: [], open: false };
  if (!list || list.open) return undefined;
  const more = list.items.map((v) => str(v));
  return more.every((n): n is string => n !== undefined) ? [main, ...more].map((n) => n.toLowerCase().replace(/\.$/, '')) : undefined;
}

/** Does a certificate name cover the host (a wildcard covers exactly one label)? */
function covers(name: string, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (name === h) return true;
  if (!name.startsWith('*.')) return false;
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot + 1) === name.slice(2);
}

/** Report the hosts the certificate an ARN value comes from does not cover. */
function checkCoverage(ctx: RuleContext, r: Resource, certV: Value | undefined, hosts: Value[]): void {
  const cert = certificateOf(ctx.model, certV);
  const names = cert && certificateNames(cert);
  if (!cert || !names) return;
  for (const h of hosts) {
    const host = str(h);
    if (host !== undefined && !names.some((n) => covers(n, host))) {
      ctx.report({ messageId: 'notCovered', data: { host, cert: quotedName(cert), names: names.map((n) => `\`${n}\``).join(', ') }, at: h.at ?? certV?.at, resource: r });
    }
  }
}

function checkDistribution(ctx: RuleContext, r: Resource): void {
  const vc = arg(r, 'viewerCertificate');
  if (!vc || vc.kind !== 'obj' || vc.open) return;
  const acm = vc.props.get('acmCertificateArn');
  const iam = vc.props.get('iamCertificateId');
  const custom = (acm && !isAbsent(acm)) || (iam && !isAbsent(iam));
  checkCertificateRegion(ctx, r, acm, 'A CloudFront distribution');
  if (custom && isAbsent(vc.props.get('sslSupportMethod'))) ctx.report({ messageId: 'sslSupportMethod', at: vc.at, resource: r });
  const aliases = items(arg(r, 'aliases'));
  if (aliases && acm && !isAbsent(acm)) checkCoverage(ctx, r, acm, aliases.items);
  if (aliases && aliases.items.length > 0 && !custom && bool(vc.props.get('cloudfrontDefaultCertificate')) === true) {
    ctx.report({ messageId: 'defaultWithAliases', at: keySpan(vc, 'cloudfrontDefaultCertificate'), resource: r });
  }
}

function checkDomainName(ctx: RuleContext, r: Resource): void {
  if (r.args.open) return;
  const types = items(arg(r, 'endpointConfiguration.types'));
  const type = types && types.items.length === 1 ? str(types.items[0]) : isAbsent(r.args.props.get('endpointConfiguration')) ? 'EDGE' : undefined;
  const edgeCert = ['certificateArn', 'certificateBody', 'certificateName'].some((k) => !knownAbsent(ctx, r, k));
  const regionalCert = ['regionalCertificateArn', 'regionalCertificateName'].some((k) => !knownAbsent(ctx, r, k));
  if (type === 'EDGE' && !edgeCert) ctx.report({ messageId: regionalCert ? 'edgeWithRegional' : 'noCertificate', data: { type }, resource: r });
  else if (type === 'REGIONAL' && !regionalCert) ctx.report({ messageId: edgeCert ? 'regionalWithEdge' : 'noCertificate', data: { type }, resource: r });
  if (type === 'EDGE') checkCertificateRegion(ctx, r, arg(r, 'certificateArn'), 'An edge-optimized API Gateway domain');
  const host = arg(r, 'domainName');
  if (host) checkCoverage(ctx, r, arg(r, type === 'REGIONAL' ? 'regionalCertificateArn' : 'certificateArn'), [host]);
}

export default defineRule({
  id: 'aws/edge-certificate-invalid',
  class: 'CDN-DNS-EDGE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [DISTRIBUTION, DOMAIN_NAME],
  messages: {
    region: '{{user}} is served by CloudFront, which only uses ACM certificates from us-east-1, but certificate {{cert}} is created in {{region}}: the deployment fails ("The specified SSL certificate doesn\'t exist, isn\'t in us-east-1 region…"). Request the certificate with an `aws.Provider` for us-east-1.',
    sslSupportMethod: 'This distribution uses a custom certificate without `sslSupportMethod`: CloudFront requires it with an ACM or IAM certificate, so the distribution is rejected. Set `sslSupportMethod: "sni-only"` and `minimumProtocolVersion: "TLSv1.2_2021"`.',
    defaultWithAliases: 'This distribution has alternate domain names (`aliases`) but uses the default CloudFront certificate: CloudFront requires a trusted certificate covering the aliases ("InvalidViewerCertificate"), so the distribution is rejected. Use `acmCertificateArn` of a us-east-1 certificate for those names.',
    notCovered: 'The certificate {{cert}} covers {{names}} but not `{{host}}`: CloudFront and API Gateway only accept a certificate that covers every custom domain name, so the deployment fails ("InvalidViewerCertificate" / "The certificate doesn\'t cover the domain"). Add `{{host}}` to the certificate\'s `subjectAlternativeNames`, or use a wildcard that covers it.',
    noCertificate: 'This {{type}} API Gateway custom domain has no certificate: API Gateway requires {{type}} domains to have one (`certificateArn` for EDGE, `regionalCertificateArn` for REGIONAL), so CreateDomainName fails. Pass a validated ACM certificate.',
    edgeWithRegional: 'This API Gateway custom domain is edge-optimized (the default) but only has `regionalCertificateArn`: edge domains need `certificateArn` (an ACM certificate in us-east-1), so CreateDomainName fails. Pass `certificateArn`, or set `endpointConfiguration: { types: ["REGIONAL"] }`.',
    regionalWithEdge: 'This REGIONAL API Gateway custom domain only has `certificateArn`: regional domains need `regionalCertificateArn` (an ACM certificate in the API\'s region), so CreateDomainName fails. Use `regionalCertificateArn`.',
  },
  title: {
    region: 'CloudFront certificate {{cert}} created in {{region}}, not us-east-1',
    sslSupportMethod: 'Custom certificate without sslSupportMethod on {{counted}}',
    defaultWithAliases: 'Default CloudFront certificate with alternate domain names on {{counted}}',
    notCovered: 'Certificate {{cert}} does not cover {{host:code}}',
    noCertificate: '{{type}} API Gateway custom domain without a certificate',
    edgeWithRegional: 'Edge-optimized custom domain with a regional certificate only',
    regionalWithEdge: 'Regional custom domain with an edge certificate only',
  },
  fixHint: 'const usEast1 = new aws.Provider("us-east-1", { region: "us-east-1" }); const cert = new aws.acm.Certificate("cdn", { domainName, validationMethod: "DNS" }, { provider: usEast1 }); viewerCertificate: { acmCertificateArn: validation.certificateArn, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" }.',
  docs: {
    summary: 'Certificates of CloudFront-backed domains that cannot work: ACM certificates outside us-east-1 for distributions and edge-optimized API domains, custom certificates without `sslSupportMethod`, aliases on the default certificate, aliases or custom domain names the certificate does not cover, API Gateway custom domains without the certificate their endpoint type needs.',
    why: 'CloudFront reads ACM certificates only from us-east-1, whatever region the rest of the stack is in; a distribution with aliases needs a certificate covering them and an SSL support method. Edge-optimized API Gateway domains are CloudFront distributions too, and every API Gateway custom domain needs the certificate of its endpoint type. Model-written multi-region stacks create the certificate with the regional provider, or leave `certificateArn` empty "to be filled in later"; the deployment fails.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst domain = new pulumi.Config().require('domain');\nconst eu = new aws.Provider('eu', { region: 'eu-west-1' });\nconst cert = new aws.acm.Certificate('cdn', { domainName: domain, validationMethod: 'DNS' }, { provider: eu });\nnew aws.cloudfront.Distribution('cdn', {\n  enabled: true,\n  aliases: [domain],\n  origins: [{ domainName: 'origin.internal.invalid', originId: 'o', customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } }],\n  defaultCacheBehavior: { targetOriginId: 'o', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },\n  restrictions: { geoRestriction: { restrictionType: 'none' } },\n  viewerCertificate: { acmCertificateArn: cert.arn, sslSupportMethod: 'sni-only' },\n});\n`,
      py: `import pulumi_aws as aws\naws.apigateway.DomainName("api", domain_name="api.acme-corp.io", certificate_arn=None)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst domain = new pulumi.Config().require('domain');\nconst usEast1 = new aws.Provider('us-east-1', { region: 'us-east-1' });\nconst cert = new aws.acm.Certificate('cdn', { domainName: domain, validationMethod: 'DNS' }, { provider: usEast1 });\nnew aws.cloudfront.Distribution('cdn', {\n  enabled: true,\n  aliases: [domain],\n  origins: [{ domainName: 'origin.internal.invalid', originId: 'o', customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } }],\n  defaultCacheBehavior: { targetOriginId: 'o', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },\n  restrictions: { geoRestriction: { restrictionType: 'none' } },\n  viewerCertificate: { acmCertificateArn: cert.arn, sslSupportMethod: 'sni-only' },\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ncert_arn = pulumi.Config().require("certificate_arn")\naws.apigateway.DomainName("api", domain_name="api.acme-corp.io", regional_certificate_arn=cert_arn, endpoint_configuration={"types": "REGIONAL"})\n`,
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html'],
    notes: 'The certificate\'s region is the literal region of its provider (followed through parents) or the project\'s `aws:region`; a certificate from configuration or of unknown region is not judged. Certificates are followed through `aws.acm.CertificateValidation.certificateArn`.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === DISTRIBUTION) checkDistribution(ctx, r);
      else checkDomainName(ctx, r);
    }
  },
});
