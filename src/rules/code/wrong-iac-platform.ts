import type { SourceFile } from '../../core/source.js';
import { defineRule } from '../define-rule.js';

// Modules of other infrastructure-as-code tools: AWS CDK (v2 and v1), CDK for Terraform, troposphere.
const OTHER_IAC = /^(aws-cdk-lib|aws-cdk|@aws-cdk\/.+|constructs|aws_cdk(\..+)?|cdktf(\..+)?|@cdktf\/.+|cdktf_cdktf_provider_.+|troposphere(\..+)?)$/;
// Pulumi's CDK adapter runs CDK constructs inside a Pulumi program.
const PULUMI_CDK = /^(@pulumi\/cdk|pulumi_cdk)$/;
const PULUMI = /^(@pulumi\/|pulumi(_|$|\.))/;

const TOOL: readonly [RegExp, string][] = [
  [/^(cdktf|@cdktf\/)/, 'CDK for Terraform'],
  [/^troposphere/, 'troposphere (CloudFormation)'],
  [/./, 'the AWS CDK'],
];

export default defineRule({
  id: 'code/wrong-iac-platform',
  class: 'PLATFORM-WRONG-IAC',
  severity: 'critical',
  category: 'code',
  resourceTypes: [],
  messages: {
    import: 'The program imports `{{module}}`: it is written for {{tool}}, not Pulumi, so `pulumi up` has nothing to deploy. Rewrite it with `@pulumi/aws` / `pulumi_aws` resources.',
    template: 'The answer gives {{what}} (`{{path}}`) and no Pulumi program: it cannot be deployed with Pulumi as requested. Write the infrastructure as a Pulumi program.',
  },
  title: {
    import: 'Written for {{tool}} ({{module:code}}), not Pulumi',
    template: '{{what}} instead of a Pulumi program',
  },
  fixHint: 'Use Pulumi: `import * as aws from "@pulumi/aws"` / `import pulumi_aws as aws`, resources as `new aws.s3.BucketV2(...)`.',
  docs: {
    summary: 'An answer written with another infrastructure-as-code tool (AWS CDK, CDK for Terraform, Terraform HCL, CloudFormation or SAM, the Serverless Framework) instead of Pulumi.',
    why: 'The request asks for a Pulumi program; CDK apps, Terraform configurations and CloudFormation templates are a different toolchain, so nothing of the answer deploys with `pulumi up`.',
    bad: {
      ts: `import * as cdk from 'aws-cdk-lib';\nimport { Construct } from 'constructs';\nexport class Stack extends cdk.Stack {\n  constructor(scope: Construct, id: string) {\n    super(scope, id);\n    new cdk.aws_s3.Bucket(this, 'bucket');\n  }\n}\n`,
      py: `import aws_cdk as cdk\nfrom aws_cdk import aws_s3 as s3\nfrom constructs import Construct\nclass Stack(cdk.Stack):\n    def __init__(self, scope: Construct, id: str):\n        super().__init__(scope, id)\n        s3.Bucket(self, "bucket")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('bucket');\nexport const name = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("bucket")\npulumi.export("name", bucket.bucket)\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/vs/cloud-templates/', 'https://www.pulumi.com/docs/iac/adopting-pulumi/migrating-to-pulumi/from-cdk/'],
    notes: 'Programs that use Pulumi\'s CDK adapter (`@pulumi/cdk`) are not reported. Terraform, CloudFormation and Serverless Framework files are reported only when the answer has no Pulumi program besides them (an answer may show a template for comparison).',
  },
  check(ctx) {
    const imports = ctx.model.imports;
    if (imports.some((i) => PULUMI_CDK.test(i.module))) return;
    const reported = new Set<string>();
    for (const i of imports) {
      if (!OTHER_IAC.test(i.module) || reported.has(i.at.f)) continue;
      reported.add(i.at.f);
      const tool = TOOL.find(([re]) => re.test(i.module))![1];
      ctx.report({ messageId: 'import', data: { module: i.module, tool }, at: i.at });
    }
    if (ctx.model.resources.length > 0 || imports.some((i) => PULUMI.test(i.module))) return;
    for (const f of ctx.model.input.files) {
      const what = foreignTemplate(f);
      if (what) ctx.report({ messageId: 'template', data: { what, path: f.path }, at: { f: f.path, s: 0, e: Math.min(f.text.length, 1) } });
    }
  },
});

/** What kind of foreign template a file is, if any. */
function foreignTemplate(f: SourceFile): string | undefined {
  if (/\.(tf|hcl|terraform)$/.test(f.path)) return 'a Terraform configuration';
  if ((f.language === 'yaml' || f.language === 'json') && /AWSTemplateFormatVersion|["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/.test(f.text)) return 'a CloudFormation template';
  // serverless.yml: `service:` plus a `provider:` block naming AWS.
  if (f.language === 'yaml' && /^service\s*:/m.test(f.text) && /^provider\s*:\s*\n(?:[ \t]+.*\n)*?[ \t]+name\s*:\s*aws\b/m.test(f.text)) return 'a Serverless Framework configuration';
  return undefined;
}
