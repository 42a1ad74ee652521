import type { At, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { domainProblem } from '../_shared/dns-names.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, items, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const CERTIFICATE = 'aws:acm/certificate:Certificate';
const VALIDATION = 'aws:acm/certificateValidation:CertificateValidation';

/** Arguments that hand a certificate to a TLS endpoint, by resource type. */
const CONSUMERS: Record<string, { paths: string[]; what: string }> = {
  'aws:lb/listener:Listener': { paths: ['certificateArn'], what: 'HTTPS listener' },
  'aws:alb/listener:Listener': { paths: ['certificateArn'], what: 'HTTPS listener' },
  'aws:lb/listenerCertificate:ListenerCertificate': { paths: ['certificateArn'], what: 'listener certificate' },
  'aws:alb/listenerCertificate:ListenerCertificate': { paths: ['certificateArn'], what: 'listener certificate' },
  'aws:cloudfront/distribution:Distribution': { paths: ['viewerCertificate.acmCertificateArn'], what: 'CloudFront distribution' },
  'aws:apigateway/domainName:DomainName': { paths: ['certificateArn', 'regionalCertificateArn'], what: 'API Gateway custom domain' },
  'aws:apigatewayv2/domainName:DomainName': { paths: ['domainNameConfiguration.certificateArn'], what: 'API Gateway custom domain' },
};

/** Account ids of the documentation and of fill-ins: no certificate lives there for the deployer. */
const PLACEHOLDER_ACCOUNT = /^(0{12}|123456789012|111111111111|111122223333|999999999999|1234567890\d\d)$/;
const ACM_ARN = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):(\d{12}):certificate\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const IAM_CERT_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):server-certificate\/[\w+=,.@/-]+$/;

/** Names that belong to AWS: nobody else can prove control of them to ACM. */
const AWS_OWNED = /(^|\.)(amazonaws\.com|amazonaws\.com\.cn|cloudfront\.net|awsapprunner\.com|amazoncognito\.com|on\.aws)\.?$/i;
/** Attributes that hold a name AWS assigns (a load balancer's or distribution's DNS name). */
const AWS_NAME_ATTR = /^(dnsName|domainName|regionalDomainName|apiEndpoint|websiteEndpoint|bucketDomainName|bucketRegionalDomainName)$/;

/** Why each kind of name from dns-names cannot be validated by its deployer. */
const DOMAIN_KIND: Record<string, string> = {
  example: 'a name reserved for documentation that nobody can own',
  specialTld: 'a reserved top-level domain that nobody can own',
  fillIn: 'a fill-in name that belongs to someone else',
  privateOnly: 'a private-network name that no public certificate can cover',
};

interface Problem {
  text: string;
  at?: At;
}

/** What makes a literal certificate ARN unusable, if anything. */
function arnProblem(text: string): string | undefined {
  const acm = ACM_ARN.exec(text);
  if (acm) return PLACEHOLDER_ACCOUNT.test(acm[2]!) ? `its account \`${acm[2]}\` is a documentation placeholder` : undefined;
  const iam = IAM_CERT_ARN.exec(text);
  if (iam) return PLACEHOLDER_ACCOUNT.test(iam[1]!) ? `its account \`${iam[1]}\` is a documentation placeholder` : undefined;
  if (/^arn:aws[a-z-]*:acm:/.test(text)) return 'it is not an ACM certificate ARN (`arn:aws:acm:<region>:<account>:certificate/<uuid>`): the region, account or certificate id is a placeholder';
  return 'it is not a certificate ARN at all';
}

/** A literal ARN, the literal inside `pulumi.output(...)`, or the default of a config read. */
function literalArn(v: Value): { text: string; viaDefault: boolean; at?: At } | undefined {
  const text = str(v);
  if (text !== undefined) return { text, viaDefault: false, ...(v.at ? { at: v.at } : {}) };
  if (v.kind === 'output' && v.resource === undefined) return literalArn(v.inner);
  if (v.kind === 'unknown' && v.default) {
    const d = literalArn(v.default);
    if (d !== undefined) return { text: d.text, viaDefault: true, ...(d.at ? { at: d.at } : v.at ? { at: v.at } : {}) };
  }
  return undefined;
}

/** The certificate resource an ARN value comes from: `cert.arn`, or a validation's `certificateArn`. */
function certificateOf(model: ResourceModel, v: Value): Resource | undefined {
  const r = referencedResource(model, v);
  if (r?.type === CERTIFICATE) return r;
  if (r?.type === VALIDATION) {
    const c = referencedResource(model, arg(r, 'certificateArn'));
    return c?.type === CERTIFICATE ? c : undefined;
  }
  return undefined;
}

/** Why the certificate can never be validated, if it cannot: a domain nobody (or only AWS) owns. */
function domainIssue(model: ResourceModel, cert: Resource): Problem | undefined {
  const method = str(arg(cert, 'validationMethod'))?.toUpperCase();
  // Imported and private-CA certificates are not validated by DNS or e-mail.
  if (method !== 'DNS' && method !== 'EMAIL') return undefined;
  const names = [arg(cert, 'domainName'), ...(items(arg(cert, 'subjectAlternativeNames'))?.items ?? [])];
  for (const written of names) {
    if (!written) continue;
    const v = lastPart(written);
    const ref = referencedResource(model, v);
    if (ref && v.kind === 'output' && AWS_NAME_ATTR.test(v.attr ?? '')) return { text: `its domain is the AWS-assigned name of ${ref.typePath} (\`${v.attr}\`), which only AWS controls`, ...(v.at ? { at: v.at } : {}) };
    const tail = domainTail(v);
    if (tail === undefined) continue;
    if (AWS_OWNED.test(tail.text)) return { text: `its domain ends in \`${tail.text.match(AWS_OWNED)![2]}\`, which only AWS controls`, ...(tail.at ? { at: tail.at } : {}) };
    const p = domainProblem(tail.text);
    if (p) return { text: `its domain is under \`${p.domain}\`, ${DOMAIN_KIND[p.kind]}`, ...(tail.at ? { at: tail.at } : {}) };
  }
  return undefined;
}

/** What a domain value ends with: the last part of a built string, through `pulumi.interpolate`. */
function lastPart(v: Value, depth = 0): Value {
  if (depth > 4) return v;
  if (v.kind === 'output' && v.resource === undefined) return lastPart(v.inner, depth + 1);
  if (v.kind === 'str' && v.parts.length > 0) {
    const last = v.parts[v.parts.length - 1]!;
    return last.kind === 'known' ? v : lastPart(last, depth + 1);
  }
  if (v.kind === 'unknown' && v.ref) return { kind: 'output', src: v.why, inner: v, resource: v.ref.resource, attr: v.ref.attr, ...(v.at ? { at: v.at } : {}) };
  return v;
}

/** The known end of a domain value: a literal, or the literal last part of a built string. */
function domainTail(v: Value): { text: string; at?: At } | undefined {
  if (v.kind === 'known' && typeof v.value === 'string') return { text: v.value, ...(v.at ? { at: v.at } : {}) };
  if (v.kind === 'str') {
    const last = v.parts[v.parts.length - 1];
    if (last?.kind === 'known' && typeof last.value === 'string' && last.value.includes('.')) return { text: last.value, ...(v.at ? { at: v.at } : {}) };
  }
  return undefined;
}

export default defineRule({
  id: 'security/tls-certificate-unusable',
  class: 'ENCRYPTION-IN-TRANSIT',
  severity: 'high',
  category: 'security',
  resourceTypes: [...Object.keys(CONSUMERS), VALIDATION],
  messages: {
    placeholderArn: 'The {{what}} is given the certificate `{{arn}}`, but {{why}}: no such certificate exists in the deploying account, so creating the TLS endpoint fails (CertificateNotFound) and nothing is served over HTTPS. Request the certificate in the program (`aws.acm.Certificate` + `CertificateValidation`) or read its ARN from configuration.',
    placeholderDefault: 'The {{what}} falls back to the certificate `{{arn}}` when the configuration is missing, but {{why}}: deployed without the setting, the TLS endpoint fails to create. Require the setting (`config.require`) instead of defaulting to a placeholder.',
    unvalidatable: 'The {{what}} uses an ACM certificate that can never be issued: {{why}}, so the {{method}} validation never completes. The deployment waits on the certificate until it times out (or the endpoint is rejected with an unissued certificate), and the service gets no TLS. Request the certificate for a domain you control (from configuration, with a hosted zone you own).',
    validationHangs: 'This certificate validation waits for an ACM certificate that can never be issued: {{why}}. `pulumi up` blocks here until the validation times out. Request the certificate for a domain you control.',
  },
  title: {
    placeholderArn: 'Placeholder certificate {{arn:code}} on {{counted}}',
    placeholderDefault: 'Placeholder fallback certificate {{arn:code}} on {{counted}}',
    unvalidatable: 'ACM certificate of {{counted}} can never be issued ({{method}} validation)',
    validationHangs: 'Certificate validation waits for a certificate that can never be issued',
  },
  fixHint: 'Give TLS endpoints a real certificate: an `aws.acm.Certificate` for a domain you own (validated through a Route 53 zone you control), or an ARN read from configuration without a placeholder default.',
  docs: {
    summary: 'TLS endpoints (HTTPS listeners, CloudFront, API Gateway custom domains) given a certificate that cannot exist or can never be validated: placeholder ARNs, and ACM certificates for reserved or AWS-owned domains.',
    why: 'A certificate ARN copied from documentation (`arn:aws:acm:us-east-1:123456789012:certificate/...`, `.../certificate/placeholder`) names nothing in the deploying account, so the HTTPS listener or custom domain fails to create. An ACM certificate requested with DNS or e-mail validation for `example.com`, another reserved name, or a name AWS assigns (the load balancer\'s `dnsName`, `*.elb.amazonaws.com`, `*.cloudfront.net`) can never prove domain control: the validation never completes, `pulumi up` hangs on the `CertificateValidation` until it times out, and no TLS endpoint comes up. The HTTPS path the program describes never works, so clients get no encryption in transit.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-1', 'subnet-2'] });\nconst tg = new aws.lb.TargetGroup('tg', { port: 80, protocol: 'HTTP', vpcId: 'vpc-1' });\nnew aws.lb.Listener('https', {\n  loadBalancerArn: alb.arn,\n  port: 443,\n  protocol: 'HTTPS',\n  sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',\n  certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/placeholder',\n  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nalb = aws.lb.LoadBalancer("alb", subnets=["subnet-1", "subnet-2"])\ntg = aws.lb.TargetGroup("tg", port=80, protocol="HTTP", vpc_id="vpc-1")\ncert = aws.acm.Certificate("cert", domain_name="app.example.com", validation_method="DNS")\naws.lb.Listener("https", load_balancer_arn=alb.arn, port=443, protocol="HTTPS", certificate_arn=cert.arn,\n    ssl_policy="ELBSecurityPolicy-TLS13-1-2-2021-06", default_actions=[{"type": "forward", "target_group_arn": tg.arn}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-1', 'subnet-2'] });\nconst tg = new aws.lb.TargetGroup('tg', { port: 80, protocol: 'HTTP', vpcId: 'vpc-1' });\nnew aws.lb.Listener('https', {\n  loadBalancerArn: alb.arn,\n  port: 443,\n  protocol: 'HTTPS',\n  sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',\n  certificateArn: config.require('certificateArn'),\n  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nalb = aws.lb.LoadBalancer("alb", subnets=["subnet-1", "subnet-2"])\ntg = aws.lb.TargetGroup("tg", port=80, protocol="HTTP", vpc_id="vpc-1")\ncert = aws.acm.Certificate("cert", domain_name=config.require("domain"), validation_method="DNS")\naws.lb.Listener("https", load_balancer_arn=alb.arn, port=443, protocol="HTTPS", certificate_arn=cert.arn,\n    ssl_policy="ELBSecurityPolicy-TLS13-1-2-2021-06", default_actions=[{"type": "forward", "target_group_arn": tg.arn}])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/acm/latest/userguide/domain-ownership-validation.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/https-listener-certificates.html',
      'https://www.rfc-editor.org/rfc/rfc2606 (example.com, .test, .example, .invalid are reserved)',
    ],
    notes: 'Certificate ARNs from configuration (without a placeholder default) and from other resources are not judged. A literal ACM ARN with a real-looking account and a UUID certificate id is accepted. Only DNS- and e-mail-validated certificates are checked for their domain; imported and private-CA certificates are not. aws/placeholder-domain reports the reserved domain on the certificate itself and aws/placeholder-value the placeholder ARN; this rule reports the TLS endpoint that cannot come up.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === VALIDATION) {
        const cert = certificateOf(ctx.model, arg(r, 'certificateArn') ?? { kind: 'absent' });
        const issue = cert && domainIssue(ctx.model, cert);
        if (issue) ctx.report({ messageId: 'validationHangs', data: { why: issue.text }, resource: r });
        continue;
      }
      const consumer = CONSUMERS[r.type]!;
      for (const path of consumer.paths) {
        const v = arg(r, path);
        if (!v) continue;
        const cert = certificateOf(ctx.model, v);
        if (cert) {
          const issue = domainIssue(ctx.model, cert);
          const method = str(arg(cert, 'validationMethod'))?.toUpperCase() ?? 'DNS';
          if (issue) ctx.report({ messageId: 'unvalidatable', data: { what: consumer.what, why: issue.text, method }, at: v.at, resource: r });
          continue;
        }
        const lit = literalArn(v);
        const why = lit && arnProblem(lit.text);
        if (!lit || !why) continue;
        ctx.report({ messageId: lit.viaDefault ? 'placeholderDefault' : 'placeholderArn', data: { what: consumer.what, arn: lit.text, why }, at: lit.at ?? v.at, resource: r, ...(lit.viaDefault ? { severity: 'medium' as const } : {}) });
      }
    }
  },
});

