import type { Value } from '../../ir/values.js';
import { arg, keySpan, stringParts } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const TYPES = ['aws:ec2/launchTemplate:LaunchTemplate', 'aws:ec2/instance:Instance', 'aws:ec2/launchConfiguration:LaunchConfiguration', 'aws:ec2/spotInstanceRequest:SpotInstanceRequest'];

/** CloudFormation-only constructs: helper scripts that signal or read a stack, and pseudo parameters / intrinsic functions. */
const CFN = /\b(cfn-signal|cfn-init|cfn-hup|cfn-get-metadata)\b|\$\{AWS::[A-Za-z]+\}|\bFn::(?:Sub|GetAtt|Join|Base64)\b|"Ref"\s*:/;

function cfnConstruct(v: Value | undefined): string | undefined {
  const parts = stringParts(v?.kind === 'output' ? v.inner : v) ?? [];
  for (const p of parts) {
    const m = p === null ? null : CFN.exec(p);
    if (m) return m[0];
  }
  return undefined;
}

export default defineRule({
  id: 'aws/user-data-cloudformation-helper',
  class: 'AUTOSCALING-COMPUTE',
  severity: 'medium',
  category: 'aws',
  resourceTypes: TYPES,
  messages: {
    cfn: 'The user data uses `{{construct}}`, which only means something inside a CloudFormation stack: a Pulumi deployment has no stack to signal or read, and `${AWS::…}` stays literal text, so the step fails at boot (and a creation policy waiting for the signal never completes). Replace it with the value itself (from Pulumi Outputs) or drop the signalling.',
  },
  title: 'CloudFormation-only {{construct:code}} in the user data of {{counted}}',
  fixHint: 'Build the script with pulumi.interpolate / Output.concat from real values (region from aws.getRegion(), names from resources) and signal readiness with a health check instead of cfn-signal.',
  docs: {
    summary: 'EC2 user data that calls CloudFormation helper scripts (cfn-signal, cfn-init, cfn-hup) or uses CloudFormation pseudo parameters and intrinsic functions.',
    why: 'Models trained on CloudFormation templates carry `cfn-signal -e $? --stack ${AWS::StackName} --resource AutoScalingGroup` or `${AWS::Region}` into Pulumi user data. Without a CloudFormation stack the helpers fail, the pseudo parameters are never substituted, and the instance bootstrap breaks.',
    bad: {
      ts: 'import * as aws from \'@pulumi/aws\';\nnew aws.ec2.Instance(\'web\', {\n  ami: \'ami-0123456789abcdef0\',\n  instanceType: \'t3.micro\',\n  userData: `#!/bin/bash\nyum install -y httpd\n/opt/aws/bin/cfn-signal -e $? --stack \\${AWS::StackName} --resource WebServer --region \\${AWS::Region}\n`,\n  metadataOptions: { httpTokens: \'required\' },\n});\n',
      py: 'import pulumi_aws as aws\naws.ec2.Instance("web", ami="ami-0123456789abcdef0", instance_type="t3.micro",\n    user_data="#!/bin/bash\\naws s3 cp s3://config-${AWS::AccountId}/app.conf /etc/app.conf\\n", metadata_options={"http_tokens": "required"})\n',
    },
    good: {
      ts: 'import * as aws from \'@pulumi/aws\';\nnew aws.ec2.Instance(\'web\', {\n  ami: \'ami-0123456789abcdef0\',\n  instanceType: \'t3.micro\',\n  userData: `#!/bin/bash\nyum install -y httpd\nsystemctl enable --now httpd\n`,\n  metadataOptions: { httpTokens: \'required\' },\n});\n',
      py: 'import pulumi\nimport pulumi_aws as aws\naccount = aws.get_caller_identity().account_id\naws.ec2.Instance("web", ami="ami-0123456789abcdef0", instance_type="t3.micro",\n    user_data=f"#!/bin/bash\\naws s3 cp s3://config-{account}/app.conf /etc/app.conf\\n", metadata_options={"http_tokens": "required"})\n',
    },
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-helper-scripts-reference.html', 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html'],
    notes: 'Only the known text of the user data is read; user data encoded by a call the analysis cannot evaluate is not. Shell variables such as `${AWS_REGION}` are not CloudFormation constructs and are not reported.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const key of ['userData', 'userDataBase64']) {
        const v = arg(r, key);
        const construct = cfnConstruct(v);
        if (construct) ctx.report({ messageId: 'cfn', data: { construct }, at: keySpan(r.args, key) ?? v?.at, resource: r });
      }
    }
  },
});
