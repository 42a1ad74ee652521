import type { Value } from '../../ir/values.js';
import type { Component, Resource, ResourceModel } from '../../model/types.js';
import { groupInCreatedVpc } from '../_shared/db-placement.js';
import { projectRegion, providerRegion } from '../_shared/regions.js';
import { quotedName, referencedResource, resourceById } from '../_shared/resource-refs.js';
import { arg, definitelyAbsent, isAbsent, items, keySpan, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const INSTANCE = 'aws:rds/instance:Instance';
const RDS_ARN = /^arn:aws[\w-]*:rds:([a-z0-9-]+):\d{12}:db:/;

type Owner = Resource | Component;

function ownerOf(model: ResourceModel, parent: number | 'unknown' | undefined): Owner | 'unknown' | undefined {
  if (parent === undefined) return undefined;
  if (parent === 'unknown') return 'unknown';
  return resourceById(model, parent) ?? model.components.find((c) => c.id === parent) ?? 'unknown';
}

/** Does the resource certainly use the default provider (no provider option, none inherited from a parent)? */
function onDefaultProvider(model: ResourceModel, r: Resource): boolean {
  if (r.provider !== undefined || r.opts.open) return false;
  let owner = ownerOf(model, r.parent);
  for (let depth = 0; owner !== undefined; depth++) {
    if (owner === 'unknown' || depth > 20 || owner.opts.open) return false;
    const props = owner.opts.props;
    if (['provider', 'providers'].some((k) => !isAbsent(props.get(k)))) return false;
    owner = ownerOf(model, owner.parent);
  }
  return true;
}

/** The literal region a resource is deployed to: its own `region` argument (provider v7) or its explicit provider's. */
function explicitRegion(model: ResourceModel, r: Resource): { region: string; provider: Resource } | undefined {
  const p = providerRegion(model, r);
  if (!p) return undefined;
  const own = str(arg(r, 'region'));
  return own ? { region: own, provider: p.provider } : p;
}

/**
 * The source database's region when it certainly differs from the replica's `region`: a source ARN
 * naming another region, a source instance whose explicit provider or the project's `aws:region` is
 * another region, or (`replicateSourceDb: source.arn`, the form cross-region replicas need) a source
 * on the default provider while the replica has an explicit provider of its own.
 */
function otherSourceRegion(model: ResourceModel, src: Value, region: string): string | undefined {
  const literal = RDS_ARN.exec(str(src) ?? '');
  if (literal) return literal[1] !== region ? literal[1] : undefined;
  const source = referencedResource(model, src);
  if (!source || source.type !== INSTANCE) return undefined;
  const pinned = explicitRegion(model, source)?.region ?? (onDefaultProvider(model, source) ? projectRegion(model) : undefined);
  if (pinned !== undefined) return pinned !== region ? pinned : undefined;
  if (src.kind === 'output' && src.attr === 'arn' && onDefaultProvider(model, source)) return 'the default provider\'s region';
  return undefined;
}

export default defineRule({
  id: 'aws/rds-cross-region-replica-without-subnet-group',
  class: 'DB-CONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [INSTANCE],
  messages: {
    noSubnetGroup: 'This read replica is created in {{region}} (through provider {{provider}}) from a source in {{sourceRegion}}, with `vpcSecurityGroupIds` but no `dbSubnetGroupName`. A cross-region replica without a subnet group goes to the default subnet group, in the default VPC of its region, while security group {{group}} belongs to VPC {{vpc}}, so RDS rejects the replica ("The DB instance and EC2 security group are in different VPCs"). Set `dbSubnetGroupName` to a subnet group of that VPC in the replica\'s region.',
  },
  title: 'Cross-region read replica in {{region}} without a DB subnet group',
  fixHint: 'const replicaSubnets = new aws.rds.SubnetGroup("replica", { subnetIds: drPrivateSubnetIds }, { provider: dr }); new aws.rds.Instance("replica", { replicateSourceDb: primary.arn, dbSubnetGroupName: replicaSubnets.name, vpcSecurityGroupIds: [drDbSg.id], ... }, { provider: dr });',
  docs: {
    summary: 'Cross-region RDS read replicas given security groups of a program VPC but no `dbSubnetGroupName`.',
    why: 'For a read replica in the source\'s region, `dbSubnetGroupName` defaults to the source\'s subnet group; for a replica in another region it defaults to the `default` subnet group, i.e. the default VPC of that region (provider documentation of `dbSubnetGroupName`). Security groups created in the program\'s own VPC in that region then belong to another VPC than the instance, and CreateDBInstanceReadReplica fails with "InvalidParameterCombination: The DB instance and EC2 security group are in different VPCs". Disaster-recovery answers often create the DR VPC, its subnets and even a subnet group, and forget to pass it to the replica.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst dr = new aws.Provider('dr', { region: 'us-west-2' });\nconst primary = new aws.rds.Instance('primary', { engine: 'postgres', instanceClass: 'db.t3.medium', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, backupRetentionPeriod: 7, skipFinalSnapshot: true });\nconst drVpc = new aws.ec2.Vpc('dr', { cidrBlock: '10.1.0.0/16' }, { provider: dr });\nconst drSg = new aws.ec2.SecurityGroup('dr-db', { vpcId: drVpc.id }, { provider: dr });\nnew aws.rds.Instance('replica', {\n  replicateSourceDb: primary.arn,\n  instanceClass: 'db.t3.medium',\n  vpcSecurityGroupIds: [drSg.id],\n  skipFinalSnapshot: true,\n}, { provider: dr });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nprimary_region = aws.Provider("primary", region="us-east-1")\ndr = aws.Provider("dr", region="us-west-2")\nprimary = aws.rds.Instance("primary", engine="postgres", instance_class="db.t3.medium", allocated_storage=20, username="app",\n    manage_master_user_password=True, backup_retention_period=7, skip_final_snapshot=True, opts=pulumi.ResourceOptions(provider=primary_region))\ndr_vpc = aws.ec2.Vpc("dr", cidr_block="10.1.0.0/16", opts=pulumi.ResourceOptions(provider=dr))\ndr_sg = aws.ec2.SecurityGroup("dr-db", vpc_id=dr_vpc.id, opts=pulumi.ResourceOptions(provider=dr))\naws.rds.Instance("replica", replicate_source_db=primary.arn, instance_class="db.t3.medium",\n    vpc_security_group_ids=[dr_sg.id], skip_final_snapshot=True, opts=pulumi.ResourceOptions(provider=dr))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst dr = new aws.Provider('dr', { region: 'us-west-2' });\nconst primary = new aws.rds.Instance('primary', { engine: 'postgres', instanceClass: 'db.t3.medium', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, backupRetentionPeriod: 7, skipFinalSnapshot: true });\nconst drVpc = new aws.ec2.Vpc('dr', { cidrBlock: '10.1.0.0/16' }, { provider: dr });\nconst a = new aws.ec2.Subnet('dr-a', { vpcId: drVpc.id, cidrBlock: '10.1.1.0/24', availabilityZone: 'us-west-2a' }, { provider: dr });\nconst b = new aws.ec2.Subnet('dr-b', { vpcId: drVpc.id, cidrBlock: '10.1.2.0/24', availabilityZone: 'us-west-2b' }, { provider: dr });\nconst subnets = new aws.rds.SubnetGroup('dr-db', { subnetIds: [a.id, b.id] }, { provider: dr });\nconst drSg = new aws.ec2.SecurityGroup('dr-db', { vpcId: drVpc.id }, { provider: dr });\nnew aws.rds.Instance('replica', {\n  replicateSourceDb: primary.arn,\n  instanceClass: 'db.t3.medium',\n  dbSubnetGroupName: subnets.name,\n  vpcSecurityGroupIds: [drSg.id],\n  skipFinalSnapshot: true,\n}, { provider: dr });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nprimary_region = aws.Provider("primary", region="us-east-1")\ndr = aws.Provider("dr", region="us-west-2")\nprimary = aws.rds.Instance("primary", engine="postgres", instance_class="db.t3.medium", allocated_storage=20, username="app",\n    manage_master_user_password=True, backup_retention_period=7, skip_final_snapshot=True, opts=pulumi.ResourceOptions(provider=primary_region))\ndr_vpc = aws.ec2.Vpc("dr", cidr_block="10.1.0.0/16", opts=pulumi.ResourceOptions(provider=dr))\nsubnet_a = aws.ec2.Subnet("dr-a", vpc_id=dr_vpc.id, cidr_block="10.1.1.0/24", availability_zone="us-west-2a", opts=pulumi.ResourceOptions(provider=dr))\nsubnet_b = aws.ec2.Subnet("dr-b", vpc_id=dr_vpc.id, cidr_block="10.1.2.0/24", availability_zone="us-west-2b", opts=pulumi.ResourceOptions(provider=dr))\nsubnets = aws.rds.SubnetGroup("dr-db", subnet_ids=[subnet_a.id, subnet_b.id], opts=pulumi.ResourceOptions(provider=dr))\ndr_sg = aws.ec2.SecurityGroup("dr-db", vpc_id=dr_vpc.id, opts=pulumi.ResourceOptions(provider=dr))\naws.rds.Instance("replica", replicate_source_db=primary.arn, instance_class="db.t3.medium", db_subnet_group_name=subnets.name,\n    vpc_security_group_ids=[dr_sg.id], skip_final_snapshot=True, opts=pulumi.ResourceOptions(provider=dr))\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/rds/instance/#dbsubnetgroupname_nodejs ("When working with read replicas created in a different region, defaults to the default Subnet Group")',
      'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstanceReadReplica.html (DBSubnetGroupName)',
      'https://github.com/terraform-aws-modules/terraform-aws-rds/issues/344 ("InvalidParameterCombination: The DB instance and EC2 security group are in different VPCs")',
    ],
    notes: 'Reported only when the replica is certainly in another region than its source (the regions of their explicit providers, or the project\'s `aws:region`, differ; a literal source ARN names another region; or the replica has an explicit provider while the source, referenced by its `.arn`, is on the default provider), `dbSubnetGroupName` is definitely absent, and one of the security groups is a program resource in a VPC the program creates. A security group without `vpcId` lives in the default VPC, where the replica works; a VPC looked up with `getVpc` may be the default one; both stay silent.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const src = arg(r, 'replicateSourceDb');
      if (!src || !definitelyAbsent(r, 'dbSubnetGroupName')) continue;
      const own = explicitRegion(ctx.model, r);
      if (!own) continue;
      const sourceRegion = otherSourceRegion(ctx.model, src, own.region);
      if (!sourceRegion) continue;
      const groups = items(arg(r, 'vpcSecurityGroupIds'));
      const found = groups ? groupInCreatedVpc(ctx.model, groups.items) : undefined;
      if (!found) continue;
      const region = `\`${own.region}\``;
      const data = {
        region,
        provider: quotedName(own.provider),
        sourceRegion: sourceRegion.includes(' ') ? sourceRegion : `\`${sourceRegion}\``,
        group: quotedName(found.group),
        vpc: quotedName(found.vpc),
      };
      ctx.report({ messageId: 'noSubnetGroup', data, at: keySpan(r.args, 'vpcSecurityGroupIds') ?? keySpan(r.args, 'replicateSourceDb'), resource: r });
    }
  },
});
