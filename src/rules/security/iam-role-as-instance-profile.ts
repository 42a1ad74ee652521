import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { parsePolicy } from '../_shared/iam-policy.js';
import { arg } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const ROLE = 'aws:iam/role:Role';
const INSTANCE_PROFILE = 'aws:iam/instanceProfile:InstanceProfile';

/** Arguments that take an instance profile (its name or ARN), by resource type. */
const PROFILE_ARGS: Record<string, string[]> = {
  'aws:ec2/instance:Instance': ['iamInstanceProfile'],
  'aws:ec2/launchTemplate:LaunchTemplate': ['iamInstanceProfile.name', 'iamInstanceProfile.arn'],
  'aws:ec2/launchConfiguration:LaunchConfiguration': ['iamInstanceProfile'],
  'aws:ec2/spotInstanceRequest:SpotInstanceRequest': ['iamInstanceProfile'],
  'aws:batch/computeEnvironment:ComputeEnvironment': ['computeResources.instanceRole'],
  'aws:emr/cluster:Cluster': ['ec2Attributes.instanceProfile'],
};

/** An instance profile of the program that carries the same name as the role (`name: role.name`). */
function profileNamedLikeRole(model: ResourceModel, role: Resource, v: Value): boolean {
  const attr = v.kind === 'output' ? v.attr : undefined;
  return model.resources.some((p) => {
    if (p.type !== INSTANCE_PROFILE) return false;
    const name = arg(p, 'name');
    return name?.kind === 'output' && name.resource === role.id && name.attr === attr;
  });
}

export default defineRule({
  id: 'security/iam-role-as-instance-profile',
  class: 'IAM-TRUST-POLICY',
  severity: 'high',
  category: 'security',
  resourceTypes: Object.keys(PROFILE_ARGS),
  messages: {
    role: '`{{path}}` is given the role {{role}} (`{{attr}}`), but it takes an instance profile: EC2 rejects it ("Invalid IAM Instance Profile name/ARN"), so instances never launch or launch without credentials. Create an `aws.iam.InstanceProfile` for the role (`role: <role>.name`) and pass the profile\'s `name` (or `arn`).{{trust}}',
  },
  title: 'Role {{role}} given where {{path:arg:code}} takes an instance profile',
  fixHint: 'Wrap the role in an `aws.iam.InstanceProfile` and pass the profile (its name or ARN) to `iamInstanceProfile`; EC2 roles must trust `ec2.amazonaws.com`.',
  docs: {
    summary: 'An IAM role (its name or ARN) passed where EC2, Batch or EMR expect an instance profile.',
    why: 'Instances get a role only through an instance profile, a separate IAM object that contains the role. `iamInstanceProfile: role.name` works by accident only when a profile of the same name exists (the console creates one, the API does not): otherwise launching fails or the Auto Scaling group keeps failing to launch. Generated programs often pass the task or Lambda role here, whose trust policy does not even allow `ec2.amazonaws.com`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('web', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });\nnew aws.ec2.LaunchTemplate('web', { imageId: 'ami-123', instanceType: 't3.micro', iamInstanceProfile: { name: role.name } });\n`,
      py: `import json\nimport pulumi_aws as aws\nrole = aws.iam.Role("web", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\naws.ec2.Instance("web", ami="ami-123", instance_type="t3.micro", iam_instance_profile=role.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('web', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });\nconst profile = new aws.iam.InstanceProfile('web', { role: role.name });\nnew aws.ec2.LaunchTemplate('web', { imageId: 'ami-123', instanceType: 't3.micro', iamInstanceProfile: { name: profile.name } });\n`,
      py: `import json\nimport pulumi_aws as aws\nrole = aws.iam.Role("web", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\nprofile = aws.iam.InstanceProfile("web", role=role.name)\naws.ec2.Instance("web", ami="ami-123", instance_type="t3.micro", iam_instance_profile=profile.name)\n`,
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html'],
    notes: 'Not reported when the program creates an instance profile whose `name` is the same attribute of the same role (`name: role.name`), which makes the role name a valid profile name. Values from configuration or lookups are not judged.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const path of PROFILE_ARGS[r.type] ?? []) {
        const v = arg(r, path);
        const role = referencedResource(ctx.model, v);
        if (!v || role?.type !== ROLE || profileNamedLikeRole(ctx.model, role, v)) continue;
        const trust = trustsEc2(role) === false ? ' Its trust policy does not allow `ec2.amazonaws.com` either, so EC2 could not assume it.' : '';
        const attr = v.kind === 'output' ? (v.attr ?? '?') : '?';
        ctx.report({ messageId: 'role', data: { path, role: quotedName(role), attr, trust }, at: v.at, resource: r });
      }
    }
  },
});

/** Does the role's trust policy let `ec2.amazonaws.com` assume it? undefined: cannot tell. */
function trustsEc2(role: Resource): boolean | undefined {
  const doc = parsePolicy(arg(role, 'assumeRolePolicy'));
  if (!doc || doc.open) return undefined;
  let unknown = false;
  for (const st of doc.statements) {
    if (st.effect !== 'Allow') continue;
    if (st.principals.open) unknown = true;
    for (const p of st.principals.entries) {
      if (p.type !== 'Service') continue;
      if (p.entry.text === undefined) unknown = true;
      else if (p.entry.text === 'ec2.amazonaws.com') return true;
    }
  }
  return unknown ? undefined : false;
}
