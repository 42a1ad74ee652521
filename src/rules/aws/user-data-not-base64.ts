import type { Value } from '../../ir/values.js';
import { arg, keySpan, stringParts } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const LAUNCH_TEMPLATE = 'aws:ec2/launchTemplate:LaunchTemplate';
const INSTANCE = 'aws:ec2/instance:Instance';
const SPOT_REQUEST = 'aws:ec2/spotInstanceRequest:SpotInstanceRequest';

/** Text that cannot be (part of) base64: anything outside A–Z, a–z, 0–9, +, / and =, such as `#!/bin/bash` or line breaks. */
const NOT_BASE64 = /[^A-Za-z0-9+/=]/;

/** A known part of the value that base64 text cannot contain, when there is one. */
function plainText(v: Value | undefined): string | undefined {
  const parts = stringParts(v?.kind === 'output' ? v.inner : v);
  return parts?.find((p): p is string => p !== null && NOT_BASE64.test(p));
}

export default defineRule({
  id: 'aws/user-data-not-base64',
  class: 'AUTOSCALING-COMPUTE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [LAUNCH_TEMPLATE, INSTANCE, SPOT_REQUEST],
  messages: {
    template: 'Launch template `userData` must be base64-encoded, but this one is plain text (it contains `{{sample}}`): EC2 rejects the launch template ("Invalid BASE64 encoding of user data"). Encode it: `Buffer.from(script).toString("base64")` / `base64.b64encode(script.encode()).decode()` (inside `apply` when it holds Outputs).',
    base64Arg: '`userDataBase64` must hold base64 text, but this value is plain text (it contains `{{sample}}`): the instance is rejected. Pass the script as `userData` (the provider encodes it) or encode it first.',
  },
  title: {
    template: 'Plain-text user data in {{counted}} (must be base64)',
    base64Arg: 'Plain text in userDataBase64 of {{counted}}',
  },
  fixHint: 'userData: Buffer.from(script).toString("base64") for launch templates (aws.ec2.Instance.userData takes the plain script).',
  docs: {
    summary: 'Launch templates whose `userData`, or instances whose `userDataBase64`, is plain text instead of base64.',
    why: 'Unlike `aws.ec2.Instance.userData`, which the provider encodes, `aws.ec2.LaunchTemplate.userData` is passed to EC2 as is and must already be base64. A shell script written straight into it makes CreateLaunchTemplate fail with "Invalid BASE64 encoding of user data" (or, with some encodings, instances boot without running it).',
    bad: {
      ts: 'import * as aws from \'@pulumi/aws\';\nnew aws.ec2.LaunchTemplate(\'web\', {\n  imageId: \'ami-0123456789abcdef0\',\n  instanceType: \'t3.micro\',\n  userData: `#!/bin/bash\nyum install -y httpd\nsystemctl start httpd\n`,\n  metadataOptions: { httpTokens: \'required\' },\n});\n',
      py: 'import pulumi_aws as aws\naws.ec2.LaunchTemplate("web", image_id="ami-0123456789abcdef0", instance_type="t3.micro",\n    user_data="#!/bin/bash\\nyum install -y httpd\\n", metadata_options={"http_tokens": "required"})\n',
    },
    good: {
      ts: 'import * as aws from \'@pulumi/aws\';\nconst script = `#!/bin/bash\nyum install -y httpd\nsystemctl start httpd\n`;\nnew aws.ec2.LaunchTemplate(\'web\', {\n  imageId: \'ami-0123456789abcdef0\',\n  instanceType: \'t3.micro\',\n  userData: Buffer.from(script).toString(\'base64\'),\n  metadataOptions: { httpTokens: \'required\' },\n});\n',
      py: 'import base64\nimport pulumi_aws as aws\nscript = "#!/bin/bash\\nyum install -y httpd\\n"\naws.ec2.LaunchTemplate("web", image_id="ami-0123456789abcdef0", instance_type="t3.micro",\n    user_data=base64.b64encode(script.encode()).decode(), metadata_options={"http_tokens": "required"})\n',
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RequestLaunchTemplateData.html', 'https://www.pulumi.com/registry/packages/aws/api-docs/ec2/launchtemplate/#user_data_nodejs'],
    notes: 'Only text the program writes is judged: a value whose known parts are all base64 characters, or that comes from an encoding call the analysis cannot evaluate, is not reported. `aws.ec2.Instance.userData` and launch configurations take plain text and are not reported.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const key = r.type === LAUNCH_TEMPLATE ? 'userData' : 'userDataBase64';
      const v = arg(r, key);
      const sample = plainText(v);
      if (sample === undefined) continue;
      const shown = sample.trim().split('\n')[0]!.slice(0, 30) || sample.slice(0, 30).replace(/\n/g, '\\n');
      ctx.report({ messageId: r.type === LAUNCH_TEMPLATE ? 'template' : 'base64Arg', data: { sample: shown }, at: keySpan(r.args, key) ?? v?.at, resource: r });
    }
  },
});
