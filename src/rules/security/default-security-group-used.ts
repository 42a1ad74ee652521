import type { Value } from '../../ir/values.js';
import type { InvokeCall, Resource } from '../../model/types.js';
import { arg, isObj, items, str } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';
import { PLACEMENTS, type Placement } from '../_shared/db-placement.js';

function placed(r: Resource, p: Placement): boolean {
  return p.placement === undefined || arg(r, p.placement) !== undefined;
}

const SG_LOOKUP = 'aws:ec2/getSecurityGroup:getSecurityGroup';

/** A lookup of a VPC's `default` group: `getSecurityGroup({ name: "default" })` or a `group-name` filter on "default". */
function looksUpDefault(call: InvokeCall): boolean {
  if (call.token !== SG_LOOKUP) return false;
  if (str(call.args.props.get('name')) === 'default') return true;
  return (items(call.args.props.get('filters'))?.items ?? []).some((f) => isObj(f) && str(f.props.get('name')) === 'group-name' && (items(f.props.get('values'))?.items ?? []).some((v) => str(v) === 'default'));
}

/** The data source calls whose results a value is built from (the unknown result carries the call's span). */
function lookupsIn(v: Value | undefined, invokes: readonly InvokeCall[], out: InvokeCall[] = [], depth = 0): InvokeCall[] {
  if (!v || depth > 8) return out;
  if (v.kind === 'unknown' && /^invoke:/.test(v.why) && v.at) {
    const at = v.at;
    const call = invokes.find((c) => c.at.f === at.f && c.at.s === at.s && c.at.e === at.e);
    if (call) out.push(call);
  }
  if (v.kind === 'output') lookupsIn(v.inner, invokes, out, depth + 1);
  if (v.kind === 'list') for (const i of v.items) lookupsIn(i, invokes, out, depth + 1);
  return out;
}


function checkEndpoint(ctx: RuleContext, r: Resource): void {
  // Interface endpoints get network interfaces, and with them the VPC's default group when none is named.
  if (str(arg(r, 'vpcEndpointType'))?.toLowerCase() !== 'interface') return;
  if (knownAbsent(ctx, r, 'securityGroupIds')) ctx.report({ messageId: 'default', data: { what: 'Interface VPC endpoint', arg: 'securityGroupIds' }, resource: r });
}

export default defineRule({
  id: 'security/default-security-group-used',
  class: 'SG-RULE-MISCONFIG',
  severity: 'medium',
  category: 'security',
  resourceTypes: [...Object.keys(PLACEMENTS), 'aws:ec2/vpcEndpoint:VpcEndpoint'],
  messages: {
    default: '{{what}} names no security group (`{{arg}}`), so AWS attaches the VPC\'s default security group: it admits only other members of that default group, so the application tier cannot connect (or, if someone opens the default group, everything in it can). Create a dedicated security group that allows the service port from the application\'s security group and pass it in `{{arg}}`.',
    lookedUp: '{{what}} is given the VPC\'s `default` security group (looked up by name) in `{{arg}}`: it admits only other members of that default group, which every resource without a group of its own shares, so either the application cannot connect or everything in the default group can. Create a dedicated security group that allows the service port from the application\'s security group and pass it in `{{arg}}`.',
  },
  title: { default: '{{what}} without a security group (VPC default group)', lookedUp: '{{what}} given the VPC\'s default security group' },
  fixHint: 'Give every database, cache, mount target and interface endpoint its own security group (`vpcSecurityGroupIds` / `securityGroupIds` / `securityGroups`).',
  docs: {
    summary: 'Databases, caches, EFS mount targets and interface VPC endpoints created in a VPC without a security group of their own, or given the VPC\'s `default` group looked up by name, so they get the VPC\'s default security group.',
    why: 'Without an explicit security group, AWS attaches the VPC\'s default group. In a new VPC that group admits traffic only from its own members, so the application (in its own group) cannot reach the database; in practice someone then opens the default group, which every resource without a group shares (CIS 5.4 asks that the default group restricts all traffic).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst subnets = new aws.rds.SubnetGroup('db', { subnetIds: ['subnet-1', 'subnet-2'] });\nnew aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n  storageEncrypted: true,\n  dbSubnetGroupName: subnets.name,\n});\n`,
      py: `import pulumi_aws as aws\nfs = aws.efs.FileSystem("fs", encrypted=True)\naws.efs.MountTarget("fs-a", file_system_id=fs.id, subnet_id="subnet-1")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst subnets = new aws.rds.SubnetGroup('db', { subnetIds: ['subnet-1', 'subnet-2'] });\nconst sg = new aws.ec2.SecurityGroup('db', { vpcId: 'vpc-1' });\nnew aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n  storageEncrypted: true,\n  dbSubnetGroupName: subnets.name,\n  vpcSecurityGroupIds: [sg.id],\n});\n`,
      py: `import pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("efs", vpc_id="vpc-1")\nfs = aws.efs.FileSystem("fs", encrypted=True)\naws.efs.MountTarget("fs-a", file_system_id=fs.id, subnet_id="subnet-1", security_groups=[sg.id])\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html'],
    notes: 'Databases and caches without a security group are reported when placed in a subnet group (in a VPC the program chose); without a subnet group they are in the account\'s default VPC, which aws/database-in-default-vpc reports. A group looked up with `getSecurityGroup` is reported only when every lookup it comes from names the `default` group (`name: "default"` or a `group-name` filter). Aurora instances take the cluster\'s groups and are not judged. Arguments built from an unknown spread or written in a fragment are not judged.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === 'aws:ec2/vpcEndpoint:VpcEndpoint') {
        checkEndpoint(ctx, r);
        continue;
      }
      const p = PLACEMENTS[r.type]!;
      if (r.type === 'aws:rds/instance:Instance' && (str(arg(r, 'engine'))?.startsWith('aurora') || arg(r, 'clusterIdentifier'))) continue;
      const groups = arg(r, p.groups);
      const lookups = groups ? lookupsIn(groups, ctx.model.invokes) : [];
      if (lookups.length > 0 && lookups.every(looksUpDefault)) {
        ctx.report({ messageId: 'lookedUp', data: { what: p.what, arg: p.groups }, resource: r, at: groups!.at });
        continue;
      }
      if (!knownAbsent(ctx, r, p.groups)) continue;
      // Without a subnet group the database is in the account's default VPC: aws/database-in-default-vpc.
      if (placed(r, p)) ctx.report({ messageId: 'default', data: { what: p.what, arg: p.groups }, resource: r });
    }
  },
});
