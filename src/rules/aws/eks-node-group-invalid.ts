import type { Resource } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { SUBNET, subnetRouting } from '../_shared/subnet-routing.js';
import { arg, isAbsent, items, keySpan, num, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const NODE_GROUP = 'aws:eks/nodeGroup:NodeGroup';
const FARGATE_PROFILE = 'aws:eks/fargateProfile:FargateProfile';

/** Graviton (arm64) instance families: a1, and families whose generation digit is followed by `g` (m6g, c7gn, r8g, t4g, im4gn, x2gd, g5g…). */
const ARM_TYPE = /^(a1|[a-z]+\d+g[a-z]*|[a-z]+\d+[a-z]*g[a-z]*n)\./;
const ARM_AMI = /ARM_64|ARM64/;

function arch(instanceType: string): 'arm64' | 'x86_64' {
  return ARM_TYPE.test(instanceType) ? 'arm64' : 'x86_64';
}

function checkScaling(ctx: RuleContext, r: Resource): void {
  const sc = arg(r, 'scalingConfig');
  if (!sc || sc.kind !== 'obj') return;
  const min = num(sc.props.get('minSize'));
  const max = num(sc.props.get('maxSize'));
  const desiredV = sc.props.get('desiredSize');
  const desired = num(desiredV);
  if (min !== undefined && max !== undefined && min > max) ctx.report({ messageId: 'minMax', data: { min, max }, at: sc.props.get('maxSize')?.at, resource: r });
  else if (max !== undefined && max < 1) ctx.report({ messageId: 'maxZero', data: { max }, at: sc.props.get('maxSize')?.at, resource: r });
  else if (desired !== undefined && ((min !== undefined && desired < min) || (max !== undefined && desired > max))) ctx.report({ messageId: 'desired', data: { desired, min: min ?? '?', max: max ?? '?' }, at: desiredV?.at, resource: r });
}

function checkArchitecture(ctx: RuleContext, r: Resource): void {
  const ami = str(arg(r, 'amiType'));
  const types = items(arg(r, 'instanceTypes'));
  if (!ami || !types || ami === 'CUSTOM') return;
  const amiArch = ARM_AMI.test(ami) ? 'arm64' : 'x86_64';
  for (const t of types.items) {
    const type = str(t);
    if (type && arch(type) !== amiArch) ctx.report({ messageId: 'arch', data: { type, typeArch: arch(type), ami, amiArch }, at: t.at, resource: r });
  }
}

function checkLaunchTemplate(ctx: RuleContext, r: Resource): void {
  if (isAbsent(r.args.props.get('launchTemplate'))) return;
  for (const key of ['diskSize', 'remoteAccess']) {
    if (!isAbsent(r.args.props.get(key))) ctx.report({ messageId: 'withTemplate', data: { key }, at: keySpan(r.args, key), resource: r });
  }
}

function checkFargateProfile(ctx: RuleContext, r: Resource): void {
  for (const v of items(arg(r, 'subnetIds'))?.items ?? []) {
    const s = referencedResource(ctx.model, v);
    if (s?.type === SUBNET && subnetRouting(ctx.model, s) === 'internet') ctx.report({ messageId: 'fargatePublic', data: { subnet: quotedName(s) }, at: v.at, resource: r });
  }
}

export default defineRule({
  id: 'aws/eks-node-group-invalid',
  class: 'ECS-EKS-CONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [NODE_GROUP, FARGATE_PROFILE],
  messages: {
    minMax: 'The node group\'s `scalingConfig.minSize` ({{min}}) is larger than `maxSize` ({{max}}): EKS rejects the node group. Make the minimum at most the maximum.',
    maxZero: 'The node group\'s `scalingConfig.maxSize` is {{max}}: EKS requires at least 1, so the node group is rejected. Use `maxSize` ≥ 1 (scale to zero with `minSize`/`desiredSize` 0).',
    desired: 'The node group\'s `scalingConfig.desiredSize` ({{desired}}) is outside its bounds ({{min}}–{{max}}): EKS rejects the node group. Keep it within the bounds.',
    arch: 'Instance type `{{type}}` is {{typeArch}}, but AMI type `{{ami}}` is {{amiArch}}: EKS refuses the combination ("… is not supported for the selected AMI type"), so the node group is not created. Use instance types of the AMI\'s architecture (e.g. an `_ARM_64` AMI type for Graviton instances).',
    withTemplate: 'This node group sets `{{key}}` together with a `launchTemplate`: EKS does not accept it then (it belongs in the launch template), so the node group is rejected. Move the setting into the launch template.',
    fargatePublic: 'This Fargate profile lists subnet {{subnet}}, which routes to an internet gateway: EKS Fargate profiles accept only private subnets, so the profile is rejected. Use private subnets (default route through a NAT gateway).',
  },
  title: {
    minMax: 'Node group minSize {{min}} larger than maxSize {{max}}',
    maxZero: 'Node group maxSize {{max}}',
    desired: 'Node group desiredSize {{desired}} outside {{min}}–{{max}}',
    arch: 'Instance type {{type:code}} ({{typeArch}}) with AMI type {{ami:code}} ({{amiArch}})',
    withTemplate: 'Node group sets {{key:arg:code}} together with a launch template',
    fargatePublic: 'Fargate profile in public subnet {{subnet}}',
  },
  fixHint: 'new aws.eks.NodeGroup("nodes", { clusterName: cluster.name, nodeRoleArn: role.arn, subnetIds: privateSubnetIds, amiType: "AL2023_ARM_64_STANDARD", instanceTypes: ["m7g.large"], scalingConfig: { minSize: 2, desiredSize: 2, maxSize: 5 } }).',
  docs: {
    summary: 'EKS managed node groups that EKS rejects (scaling bounds out of order, instance types of the other architecture than the AMI type, `diskSize`/`remoteAccess` next to a launch template) and Fargate profiles with public subnets.',
    why: 'EKS validates node groups when they are created: `minSize ≤ desiredSize ≤ maxSize` with `maxSize ≥ 1`, instance types matching the AMI type\'s architecture (Graviton `m7g`/`c6g`/`t4g` need `_ARM_64` AMI types), and disk size and SSH access defined in the launch template when one is used. Fargate pods run only in private subnets. Model-written clusters mix Graviton instances with the default x86 AMI type or copy `diskSize` into node groups that also take a launch template.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.eks.NodeGroup('nodes', {\n  clusterName: 'app',\n  nodeRoleArn: 'arn:aws:iam::123456789012:role/nodes',\n  subnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'],\n  amiType: 'AL2023_x86_64_STANDARD',\n  instanceTypes: ['m7g.large'],\n  scalingConfig: { minSize: 2, desiredSize: 2, maxSize: 4 },\n});\n`,
      py: `import pulumi_aws as aws\naws.eks.NodeGroup("nodes", cluster_name="app", node_role_arn="arn:aws:iam::123456789012:role/nodes",\n    subnet_ids=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],\n    scaling_config={"min_size": 3, "desired_size": 2, "max_size": 2})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.eks.NodeGroup('nodes', {\n  clusterName: 'app',\n  nodeRoleArn: 'arn:aws:iam::123456789012:role/nodes',\n  subnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'],\n  amiType: 'AL2023_ARM_64_STANDARD',\n  instanceTypes: ['m7g.large'],\n  scalingConfig: { minSize: 2, desiredSize: 2, maxSize: 4 },\n});\n`,
      py: `import pulumi_aws as aws\naws.eks.NodeGroup("nodes", cluster_name="app", node_role_arn="arn:aws:iam::123456789012:role/nodes",\n    subnet_ids=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],\n    scaling_config={"min_size": 2, "desired_size": 2, "max_size": 3})\n`,
    },
    references: ['https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html', 'https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html', 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-profile.html'],
    notes: 'Architecture is told from the instance family name (Graviton families carry a `g` after the generation digit) and the AMI type; `CUSTOM` AMI types are not judged. A Fargate profile subnet is public when its route table (an explicit association of the program) routes to an internet gateway.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === FARGATE_PROFILE) {
        checkFargateProfile(ctx, r);
        continue;
      }
      checkScaling(ctx, r);
      checkArchitecture(ctx, r);
      checkLaunchTemplate(ctx, r);
    }
  },
});
