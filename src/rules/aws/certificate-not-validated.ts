import type { Resource } from '../../model/types.js';
import { waitsFor } from '../_shared/dependencies.js';
import { resourceLabel } from '../_shared/labels.js';
import { referencedResource, refersTo } from '../_shared/resource-refs.js';
import { arg, keySpan, str } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const CERTIFICATE = 'aws:acm/certificate:Certificate';
const VALIDATION = 'aws:acm/certificateValidation:CertificateValidation';

/** Resources that serve a certificate, and the arguments that name it. */
const CONSUMERS: Record<string, { paths: string[]; what: string }> = {
  'aws:cloudfront/distribution:Distribution': { paths: ['viewerCertificate.acmCertificateArn'], what: 'CloudFront distribution' },
  'aws:apigateway/domainName:DomainName': { paths: ['certificateArn', 'regionalCertificateArn'], what: 'API Gateway domain name' },
  'aws:apigatewayv2/domainName:DomainName': { paths: ['domainNameConfiguration.certificateArn'], what: 'API Gateway domain name' },
  'aws:lb/listener:Listener': { paths: ['certificateArn'], what: 'HTTPS listener' },
  'aws:alb/listener:Listener': { paths: ['certificateArn'], what: 'HTTPS listener' },
  'aws:lb/listenerCertificate:ListenerCertificate': { paths: ['certificateArn'], what: 'listener certificate' },
  'aws:alb/listenerCertificate:ListenerCertificate': { paths: ['certificateArn'], what: 'listener certificate' },
};

/** An ACM certificate of the program that AWS issues only after DNS or email validation. */
function validatedCertificate(r: Resource | undefined): r is Resource {
  if (!r || r.type !== CERTIFICATE) return false;
  const method = str(arg(r, 'validationMethod'))?.toUpperCase();
  return method === 'DNS' || method === 'EMAIL';
}

function check(ctx: RuleContext, consumer: Resource): void {
  const model = ctx.model;
  const spec = CONSUMERS[consumer.type]!;
  for (const path of spec.paths) {
    const value = arg(consumer, path);
    const cert = referencedResource(model, value);
    if (!validatedCertificate(cert)) continue;
    const validations = model.resources.filter((v) => v.type === VALIDATION && refersTo(model, arg(v, 'certificateArn'), cert) !== 'no');
    const at = keySpan(consumer.args, path.split('.')[0]!) ?? value?.at;
    if (validations.length) {
      const ids = new Set(validations.map((v) => v.id));
      if (waitsFor(model, consumer, (id) => ids.has(id)) !== 'no') continue;
      ctx.report({ messageId: 'notWaiting', data: { what: spec.what, cert: resourceLabel(cert), validation: resourceLabel(validations[0]!) }, at, resource: consumer });
    } else if (programIsComplete(model)) {
      ctx.report({ messageId: 'neverValidated', data: { what: spec.what, cert: resourceLabel(cert), method: str(arg(cert, 'validationMethod'))!.toUpperCase() }, at, resource: consumer, severity: 'medium' });
    }
  }
}

export default defineRule({
  id: 'aws/certificate-not-validated',
  class: 'CDN-DNS-EDGE',
  severity: 'high',
  category: 'aws',
  resourceTypes: Object.keys(CONSUMERS),
  messages: {
    notWaiting: 'This {{what}} uses the certificate {{cert}} through its `arn`, so it does not wait for {{validation}}: Pulumi creates it as soon as the certificate is requested, while ACM still has it pending validation, and AWS refuses a certificate that is not issued (CloudFront: "The specified SSL certificate doesn\'t exist, isn\'t in us-east-1 region, isn\'t valid…"; load balancers: UnsupportedCertificate). Use the validation\'s `certificateArn` instead of the certificate\'s `arn`.',
    neverValidated: 'This {{what}} uses the certificate {{cert}}, which is {{method}}-validated, but the program never validates it (no `aws.acm.CertificateValidation`): the certificate is still pending validation when the {{what}} is created, and AWS refuses a certificate that is not issued. Create the validation records and an `aws.acm.CertificateValidation`, and pass its `certificateArn` here.',
  },
  title: {
    notWaiting: '{{what}} uses certificate {{cert}} before its validation completes',
    neverValidated: '{{what}} uses certificate {{cert}}, which is never validated',
  },
  fixHint: 'const validation = new aws.acm.CertificateValidation("cert", { certificateArn: cert.arn, validationRecordFqdns: records.map((r) => r.fqdn) }); ... acmCertificateArn: validation.certificateArn',
  docs: {
    summary: 'A CloudFront distribution, API Gateway domain or HTTPS listener that uses a DNS- or email-validated ACM certificate before it is issued: it names the certificate\'s `arn` instead of the validation\'s `certificateArn`, or the program never validates the certificate.',
    why: 'Requesting an ACM certificate returns at once with the certificate pending validation; `aws.acm.CertificateValidation` is the resource that waits until ACM has issued it. A consumer that uses `cert.arn` is created right after the request, and CloudFront, API Gateway and load balancers refuse certificates that are not issued, so the first deployment fails.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst cert = new aws.acm.Certificate('site', { domainName: 'app.acme-corp.io', validationMethod: 'DNS' });\nconst zone = new aws.route53.Zone('zone', { name: 'acme-corp.io' });\nconst record = new aws.route53.Record('validation', { zoneId: zone.zoneId, name: cert.domainValidationOptions[0].resourceRecordName, type: cert.domainValidationOptions[0].resourceRecordType, records: [cert.domainValidationOptions[0].resourceRecordValue], ttl: 60 });\nnew aws.acm.CertificateValidation('site', { certificateArn: cert.arn, validationRecordFqdns: [record.fqdn] });\nnew aws.lb.Listener('https', { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1', port: 443, protocol: 'HTTPS', certificateArn: cert.arn, defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }] });\n`,
      py: `import pulumi_aws as aws\ncert = aws.acm.Certificate("site", domain_name="app.acme-corp.io", validation_method="DNS")\naws.apigateway.DomainName("api", domain_name="app.acme-corp.io", regional_certificate_arn=cert.arn, endpoint_configuration={"types": "REGIONAL"})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst cert = new aws.acm.Certificate('site', { domainName: 'app.acme-corp.io', validationMethod: 'DNS' });\nconst zone = new aws.route53.Zone('zone', { name: 'acme-corp.io' });\nconst record = new aws.route53.Record('validation', { zoneId: zone.zoneId, name: cert.domainValidationOptions[0].resourceRecordName, type: cert.domainValidationOptions[0].resourceRecordType, records: [cert.domainValidationOptions[0].resourceRecordValue], ttl: 60 });\nconst validation = new aws.acm.CertificateValidation('site', { certificateArn: cert.arn, validationRecordFqdns: [record.fqdn] });\nnew aws.lb.Listener('https', { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1', port: 443, protocol: 'HTTPS', certificateArn: validation.certificateArn, defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }] });\n`,
      py: `import pulumi_aws as aws\ncert = aws.acm.Certificate("site", domain_name="app.acme-corp.io", validation_method="DNS")\nvalidation = aws.acm.CertificateValidation("site", certificate_arn=cert.arn)\naws.apigateway.DomainName("api", domain_name="app.acme-corp.io", regional_certificate_arn=validation.certificate_arn, endpoint_configuration={"types": "REGIONAL"})\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/acm/certificatevalidation/',
      'https://docs.aws.amazon.com/acm/latest/userguide/dns-validation.html',
    ],
    notes: 'Only certificates the program requests with `validationMethod` DNS or EMAIL are judged (imported and private-CA certificates are issued at once). A consumer that waits for the validation in any way (its `certificateArn`, `dependsOn`) is fine. "Never validated" is reported only when the whole program was read.',
  },
  check(ctx) {
    for (const r of ctx.resources()) check(ctx, r);
  },
});
