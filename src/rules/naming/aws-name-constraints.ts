import { estimateString, type Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { alternatives, isEnvironmentPart, partsOf } from '../_shared/name-provenance.js';
import { carriesSuffix } from '../_shared/suffix.js';
import { bool, definitelyAbsent, keySpan, num, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

/** AWS's rules for one kind of name, in the words the message uses. */
interface NameRule {
  what: string;
  min: number;
  max: number;
  /** One allowed character. */
  char: RegExp;
  chars: string;
  first?: RegExp;
  firstText?: string;
  last?: RegExp;
  lastText?: string;
  /** Substrings, prefixes and suffixes AWS reserves or rejects. */
  banned?: { re: RegExp; text: string; where: 'start' | 'end' | 'any' }[];
  /** The name may end in `.fifo` (not counted against the characters); required for FIFO queues. */
  fifo?: boolean;
  requireFifo?: boolean;
  /** Pulumi auto-names the resource from its logical name when the argument is omitted. */
  autoname?: { lower: boolean };
  /** Values with a literal part matching this are another kind of value (a Cognito custom domain), not judged. */
  otherKind?: RegExp;
}

const ALNUM = /[A-Za-z0-9]/;
const LOWER_ALNUM = /[a-z0-9]/;

const S3: NameRule = {
  what: 'S3 bucket name',
  min: 3,
  max: 63,
  char: /[a-z0-9.-]/,
  chars: 'lowercase letters, digits, dots and hyphens',
  first: LOWER_ALNUM,
  firstText: 'start with a lowercase letter or digit',
  last: LOWER_ALNUM,
  lastText: 'end with a lowercase letter or digit',
  banned: [
    { re: /\.\./, text: 'contain two adjacent dots', where: 'any' },
    { re: /^xn--/, text: 'start with `xn--`', where: 'start' },
    { re: /^sthree-/, text: 'start with `sthree-`', where: 'start' },
    { re: /^amzn-s3-demo-/, text: 'start with `amzn-s3-demo-`', where: 'start' },
    { re: /-s3alias$/, text: 'end with `-s3alias`', where: 'end' },
    { re: /--ol-s3$/, text: 'end with `--ol-s3`', where: 'end' },
    { re: /^\d{1,3}(\.\d{1,3}){3}$/, text: 'look like an IP address', where: 'start' },
  ],
  autoname: { lower: true },
};
const ELB: Omit<NameRule, 'what'> = {
  min: 1,
  max: 32,
  char: /[A-Za-z0-9-]/,
  chars: 'letters, digits and hyphens',
  first: ALNUM,
  firstText: 'start with a letter or digit',
  last: ALNUM,
  lastText: 'end with a letter or digit',
  autoname: { lower: false },
};
const RDS_IDENTIFIER: Omit<NameRule, 'what'> = {
  min: 1,
  max: 63,
  char: /[a-z0-9-]/,
  chars: 'lowercase letters, digits and hyphens',
  first: /[a-z]/,
  firstText: 'start with a lowercase letter',
  last: LOWER_ALNUM,
  lastText: 'end with a letter or digit',
  banned: [{ re: /--/, text: 'contain two consecutive hyphens', where: 'any' }],
};
const RDS_PARAMETER_GROUP: Omit<NameRule, 'what'> = { ...RDS_IDENTIFIER, max: 255 };
/**
 * Ids of letters, digits and hyphens that start with a letter, with no trailing or doubled hyphen
 * (ElastiCache, DAX, MemoryDB, RDS proxies and snapshots); AWS stores them in lowercase, so either
 * case is accepted.
 */
const LETTER_ID: Omit<NameRule, 'what'> = {
  min: 1,
  max: 255,
  char: /[A-Za-z0-9-]/,
  chars: 'letters, digits and hyphens',
  first: /[A-Za-z]/,
  firstText: 'start with a letter',
  last: ALNUM,
  lastText: 'end with a letter or digit',
  banned: [{ re: /--/, text: 'contain two consecutive hyphens', where: 'any' }],
};
/** ElastiCache ids: Pulumi auto-names them in lowercase. */
const CACHE_ID: Omit<NameRule, 'what'> = { ...LETTER_ID, max: 40, autoname: { lower: true } };
/**
 * The database an RDS instance or cluster creates: a letter, then letters, digits and underscores
 * (MySQL 64, PostgreSQL 63 characters); hyphens, common in resource names, are rejected.
 */
const DB_NAME: Omit<NameRule, 'what'> = { min: 1, max: 64, char: /\w/, chars: 'letters, digits and underscores', first: /[A-Za-z]/, firstText: 'start with a letter' };
const IAM_NAME: Omit<NameRule, 'what'> = { min: 1, max: 64, char: /[\w+=,.@-]/, chars: 'letters, digits and `+=,.@_-`' };

/** Rules by type token and argument. */
const NAME_RULES: { types: string[]; arg: string; rule: NameRule }[] = [
  { types: ['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2'], arg: 'bucket', rule: S3 },
  {
    types: ['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2'],
    arg: 'bucketPrefix',
    rule: { ...S3, what: 'S3 bucket prefix', min: 1, max: 37, last: undefined, banned: [S3.banned![0]!], autoname: undefined },
  },
  { types: ['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer'], arg: 'name', rule: { ...ELB, what: 'Load balancer name', banned: [{ re: /^internal-/, text: 'start with `internal-`', where: 'start' }] } },
  { types: ['aws:lb/targetGroup:TargetGroup', 'aws:alb/targetGroup:TargetGroup'], arg: 'name', rule: { ...ELB, what: 'Target group name' } },
  {
    types: ['aws:lb/targetGroup:TargetGroup', 'aws:alb/targetGroup:TargetGroup'],
    arg: 'namePrefix',
    rule: { ...ELB, what: 'Target group name prefix', max: 6, last: undefined, autoname: undefined },
  },
  { types: ['aws:iam/role:Role'], arg: 'name', rule: { what: 'IAM role name', min: 1, max: 64, char: /[\w+=,.@-]/, chars: 'letters, digits and `+=,.@_-`', autoname: { lower: false } } },
  { types: ['aws:lambda/function:Function'], arg: 'name', rule: { what: 'Lambda function name', min: 1, max: 64, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores', autoname: { lower: false } } },
  { types: ['aws:rds/instance:Instance', 'aws:rds/clusterInstance:ClusterInstance'], arg: 'identifier', rule: { ...RDS_IDENTIFIER, what: 'RDS instance identifier' } },
  { types: ['aws:rds/cluster:Cluster'], arg: 'clusterIdentifier', rule: { ...RDS_IDENTIFIER, what: 'RDS cluster identifier' } },
  { types: ['aws:rds/parameterGroup:ParameterGroup', 'aws:rds/clusterParameterGroup:ClusterParameterGroup'], arg: 'name', rule: { ...RDS_PARAMETER_GROUP, what: 'RDS parameter group name' } },
  { types: ['aws:rds/subnetGroup:SubnetGroup'], arg: 'name', rule: { what: 'DB subnet group name', min: 1, max: 255, char: /[a-z0-9 ._-]/, chars: 'lowercase letters, digits, spaces, dots, underscores and hyphens' } },
  {
    types: ['aws:ec2/securityGroup:SecurityGroup'],
    arg: 'name',
    rule: { what: 'Security group name', min: 1, max: 255, char: /[\s\S]/, chars: 'any characters', banned: [{ re: /^sg-/i, text: 'start with `sg-` (reserved for security group ids)', where: 'start' }], autoname: { lower: false } },
  },
  { types: ['aws:sqs/queue:Queue'], arg: 'name', rule: { what: 'SQS queue name', min: 1, max: 80, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores', fifo: true } },
  { types: ['aws:sns/topic:Topic'], arg: 'name', rule: { what: 'SNS topic name', min: 1, max: 256, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores', fifo: true, autoname: { lower: false } } },
  { types: ['aws:dynamodb/table:Table'], arg: 'name', rule: { what: 'DynamoDB table name', min: 3, max: 255, char: /[A-Za-z0-9_.-]/, chars: 'letters, digits, dots, hyphens and underscores' } },
  { types: ['aws:elasticache/replicationGroup:ReplicationGroup'], arg: 'replicationGroupId', rule: { ...CACHE_ID, what: 'ElastiCache replication group id', max: 40 } },
  { types: ['aws:elasticache/cluster:Cluster'], arg: 'clusterId', rule: { ...CACHE_ID, what: 'ElastiCache cluster id', max: 50 } },
  {
    types: ['aws:opensearch/domain:Domain', 'aws:elasticsearch/domain:Domain'],
    arg: 'domainName',
    rule: { what: 'OpenSearch domain name', min: 3, max: 28, char: /[a-z0-9-]/, chars: 'lowercase letters, digits and hyphens', first: /[a-z]/, firstText: 'start with a lowercase letter', autoname: { lower: true } },
  },
  { types: ['aws:redshift/cluster:Cluster'], arg: 'clusterIdentifier', rule: { ...RDS_IDENTIFIER, what: 'Redshift cluster identifier' } },
  { types: ['aws:docdb/cluster:Cluster', 'aws:neptune/cluster:Cluster'], arg: 'clusterIdentifier', rule: { ...RDS_IDENTIFIER, what: 'Cluster identifier' } },
  { types: ['aws:docdb/clusterInstance:ClusterInstance', 'aws:neptune/clusterInstance:ClusterInstance'], arg: 'identifier', rule: { ...RDS_IDENTIFIER, what: 'Instance identifier' } },
  {
    types: ['aws:kms/alias:Alias'],
    arg: 'name',
    rule: {
      what: 'KMS alias name',
      min: 7,
      max: 256,
      char: /[A-Za-z0-9/_-]/,
      chars: 'letters, digits, slashes, hyphens and underscores',
      banned: [
        { re: /^(?!alias\/)/, text: 'lack the `alias/` prefix every alias name starts with', where: 'start' },
        { re: /^alias\/aws\//, text: 'start with `alias/aws/` (reserved for AWS managed keys)', where: 'start' },
      ],
    },
  },
  {
    types: ['aws:ecr/repository:Repository'],
    arg: 'name',
    rule: { what: 'ECR repository name', min: 2, max: 256, char: /[a-z0-9._/-]/, chars: 'lowercase letters, digits, dots, underscores, hyphens and slashes', first: LOWER_ALNUM, firstText: 'start with a lowercase letter or digit' },
  },
  {
    types: ['aws:cognito/userPoolDomain:UserPoolDomain'],
    arg: 'domain',
    rule: {
      what: 'Cognito domain prefix',
      min: 1,
      max: 63,
      char: /[a-z0-9-]/,
      chars: 'lowercase letters, digits and hyphens',
      first: LOWER_ALNUM,
      firstText: 'start with a lowercase letter or digit',
      last: LOWER_ALNUM,
      lastText: 'end with a lowercase letter or digit',
      banned: [{ re: /aws|amazon|cognito/, text: 'contain `aws`, `amazon` or `cognito` (reserved in Cognito domain prefixes)', where: 'any' }],
      otherKind: /\./,
    },
  },
  { types: ['aws:iam/policy:Policy'], arg: 'name', rule: { ...IAM_NAME, what: 'IAM policy name', max: 128 } },
  { types: ['aws:iam/user:User'], arg: 'name', rule: { ...IAM_NAME, what: 'IAM user name', max: 64 } },
  { types: ['aws:iam/group:Group'], arg: 'name', rule: { ...IAM_NAME, what: 'IAM group name', max: 128 } },
  { types: ['aws:iam/instanceProfile:InstanceProfile'], arg: 'name', rule: { ...IAM_NAME, what: 'IAM instance profile name', max: 128 } },
  { types: ['aws:iam/role:Role'], arg: 'namePrefix', rule: { ...IAM_NAME, what: 'IAM role name prefix', max: 38 } },
  { types: ['aws:cloudwatch/eventRule:EventRule'], arg: 'name', rule: { what: 'EventBridge rule name', min: 1, max: 64, char: /[A-Za-z0-9._-]/, chars: 'letters, digits, dots, hyphens and underscores' } },
  { types: ['aws:sfn/stateMachine:StateMachine'], arg: 'name', rule: { what: 'Step Functions state machine name', min: 1, max: 80, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores' } },
  { types: ['aws:kinesis/stream:Stream'], arg: 'name', rule: { what: 'Kinesis stream name', min: 1, max: 128, char: /[A-Za-z0-9_.-]/, chars: 'letters, digits, dots, hyphens and underscores' } },
  { types: ['aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream'], arg: 'name', rule: { what: 'Firehose delivery stream name', min: 1, max: 64, char: /[A-Za-z0-9_.-]/, chars: 'letters, digits, dots, hyphens and underscores' } },
  { types: ['aws:eks/cluster:Cluster'], arg: 'name', rule: { what: 'EKS cluster name', min: 1, max: 100, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores', first: ALNUM, firstText: 'start with a letter or digit' } },
  { types: ['aws:ecs/cluster:Cluster'], arg: 'name', rule: { what: 'ECS cluster name', min: 1, max: 255, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores' } },
  { types: ['aws:ecs/service:Service'], arg: 'name', rule: { what: 'ECS service name', min: 1, max: 255, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores' } },
  { types: ['aws:codebuild/project:Project'], arg: 'name', rule: { what: 'CodeBuild project name', min: 2, max: 255, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores', first: ALNUM, firstText: 'start with a letter or digit' } },
  { types: ['aws:codepipeline/pipeline:Pipeline'], arg: 'name', rule: { what: 'CodePipeline name', min: 1, max: 100, char: /[A-Za-z0-9.@_-]/, chars: 'letters, digits, dots, `@`, hyphens and underscores' } },
  { types: ['aws:cloudwatch/logGroup:LogGroup'], arg: 'name', rule: { what: 'Log group name', min: 1, max: 512, char: /[A-Za-z0-9._/#-]/, chars: 'letters, digits, dots, hyphens, underscores, slashes and `#`' } },
  { types: ['aws:backup/vault:Vault'], arg: 'name', rule: { what: 'Backup vault name', min: 2, max: 50, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores' } },
  {
    types: ['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer'],
    arg: 'namePrefix',
    rule: { ...ELB, what: 'Load balancer name prefix', max: 6, last: undefined, autoname: undefined },
  },
  { types: ['aws:rds/instance:Instance'], arg: 'dbName', rule: { ...DB_NAME, what: 'Database name (`dbName`)' } },
  { types: ['aws:rds/cluster:Cluster'], arg: 'databaseName', rule: { ...DB_NAME, what: 'Database name (`databaseName`)' } },
  {
    types: ['aws:ssm/parameter:Parameter'],
    arg: 'name',
    rule: {
      what: 'SSM parameter name',
      min: 1,
      max: 2048,
      char: /[A-Za-z0-9_.\/-]/,
      chars: 'letters, digits, `_.-` and slashes',
      banned: [
        { re: /^(aws|ssm)/i, text: 'start with `aws` or `ssm` (reserved, in any letter case)', where: 'start' },
        { re: /^\/(aws|ssm)\//i, text: 'start with `/aws/` or `/ssm/` (reserved paths)', where: 'start' },
        { re: /^[^/]+\//, text: 'have a path without a leading `/` (a name with a hierarchy must start with `/`)', where: 'start' },
      ],
    },
  },
  { types: ['aws:cloudwatch/dashboard:Dashboard'], arg: 'dashboardName', rule: { what: 'CloudWatch dashboard name', min: 1, max: 255, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores' } },
  { types: ['aws:wafv2/webAcl:WebAcl', 'aws:wafv2/ruleGroup:RuleGroup', 'aws:wafv2/ipSet:IpSet', 'aws:wafv2/regexPatternSet:RegexPatternSet'], arg: 'name', rule: { what: 'WAF name', min: 1, max: 128, char: /[\w-]/, chars: 'letters, digits, hyphens and underscores' } },
  {
    types: ['aws:elasticbeanstalk/environment:Environment'],
    arg: 'name',
    rule: { what: 'Elastic Beanstalk environment name', min: 4, max: 40, char: /[A-Za-z0-9-]/, chars: 'letters, digits and hyphens', first: ALNUM, firstText: 'start with a letter or digit', last: ALNUM, lastText: 'end with a letter or digit', autoname: { lower: false } },
  },
  { types: ['aws:secretsmanager/secret:Secret'], arg: 'name', rule: { what: 'Secrets Manager secret name', min: 1, max: 512, char: /[A-Za-z0-9/_+=.@-]/, chars: 'letters, digits and `/_+=.@-`' } },
  // Further service ids AWS checks in the create call (the API references' constraints).
  { types: ['aws:dax/cluster:Cluster'], arg: 'clusterName', rule: { ...LETTER_ID, what: 'DAX cluster name', max: 20 } },
  { types: ['aws:memorydb/cluster:Cluster'], arg: 'name', rule: { ...LETTER_ID, what: 'MemoryDB cluster name', max: 40 } },
  { types: ['aws:rds/proxy:Proxy'], arg: 'name', rule: { ...LETTER_ID, what: 'RDS proxy name', max: 63 } },
  { types: ['aws:rds/instance:Instance', 'aws:rds/cluster:Cluster'], arg: 'finalSnapshotIdentifier', rule: { ...LETTER_ID, what: 'Final snapshot identifier', max: 255 } },
  { types: ['aws:elasticache/parameterGroup:ParameterGroup'], arg: 'name', rule: { ...LETTER_ID, what: 'ElastiCache parameter group name', max: 255 } },
  { types: ['aws:elasticache/subnetGroup:SubnetGroup'], arg: 'name', rule: { what: 'ElastiCache subnet group name', min: 1, max: 255, char: /[A-Za-z0-9-]/, chars: 'letters, digits and hyphens' } },
  { types: ['aws:redshift/subnetGroup:SubnetGroup'], arg: 'name', rule: { what: 'Redshift subnet group name', min: 1, max: 255, char: /[a-z0-9-]/, chars: 'lowercase letters, digits and hyphens', banned: [{ re: /^default$/, text: 'be `default`', where: 'start' }] } },
  { types: ['aws:docdb/subnetGroup:SubnetGroup', 'aws:neptune/subnetGroup:SubnetGroup'], arg: 'name', rule: { what: 'DB subnet group name', min: 1, max: 255, char: /[a-z0-9 ._-]/, chars: 'lowercase letters, digits, spaces, dots, underscores and hyphens' } },
  { types: ['aws:mq/broker:Broker'], arg: 'brokerName', rule: { what: 'Amazon MQ broker name', min: 1, max: 50, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores' } },
  { types: ['aws:msk/cluster:Cluster', 'aws:msk/serverlessCluster:ServerlessCluster'], arg: 'clusterName', rule: { what: 'MSK cluster name', min: 1, max: 64, char: /[A-Za-z0-9-]/, chars: 'letters, digits and hyphens', first: ALNUM, firstText: 'start with a letter or digit' } },
  { types: ['aws:backup/plan:Plan'], arg: 'name', rule: { what: 'Backup plan name', min: 1, max: 50, char: /[A-Za-z0-9_.-]/, chars: 'letters, digits, dots, hyphens and underscores' } },
  {
    types: ['aws:cloudtrail/trail:Trail'],
    arg: 'name',
    rule: {
      what: 'CloudTrail trail name',
      min: 3,
      max: 128,
      char: /[A-Za-z0-9._-]/,
      chars: 'letters, digits, dots, hyphens and underscores',
      first: ALNUM,
      firstText: 'start with a letter or digit',
      last: ALNUM,
      lastText: 'end with a letter or digit',
      banned: [{ re: /[._-]{2}/, text: 'have adjacent dots, hyphens or underscores', where: 'any' }],
    },
  },
  { types: ['aws:lambda/layerVersion:LayerVersion'], arg: 'layerName', rule: { what: 'Lambda layer name', min: 1, max: 140, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores' } },
  { types: ['aws:lambda/alias:Alias'], arg: 'name', rule: { what: 'Lambda alias name', min: 1, max: 128, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores', banned: [{ re: /^\d+$/, text: 'be only digits (that is a version number)', where: 'start' }] } },
  { types: ['aws:athena/workgroup:Workgroup'], arg: 'name', rule: { what: 'Athena workgroup name', min: 1, max: 128, char: /[A-Za-z0-9._-]/, chars: 'letters, digits, dots, hyphens and underscores' } },
  { types: ['aws:cloudwatch/eventBus:EventBus'], arg: 'name', rule: { what: 'EventBridge event bus name', min: 1, max: 256, char: /[A-Za-z0-9/._-]/, chars: 'letters, digits, slashes, dots, hyphens and underscores', banned: [{ re: /^default$/, text: 'be `default` (the account\'s own bus)', where: 'start' }] } },
  { types: ['aws:scheduler/schedule:Schedule', 'aws:scheduler/scheduleGroup:ScheduleGroup'], arg: 'name', rule: { what: 'EventBridge Scheduler name', min: 1, max: 64, char: /[A-Za-z0-9._-]/, chars: 'letters, digits, dots, hyphens and underscores' } },
  { types: ['aws:ecs/taskDefinition:TaskDefinition'], arg: 'family', rule: { what: 'ECS task definition family', min: 1, max: 255, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores' } },
  { types: ['aws:ec2/launchTemplate:LaunchTemplate'], arg: 'name', rule: { what: 'Launch template name', min: 3, max: 128, char: /[A-Za-z0-9().\/_-]/, chars: 'letters, digits, parentheses, dots, slashes, hyphens and underscores' } },
  { types: ['aws:codecommit/repository:Repository'], arg: 'repositoryName', rule: { what: 'CodeCommit repository name', min: 1, max: 100, char: /[\w.-]/, chars: 'letters, digits, dots, hyphens and underscores', banned: [{ re: /\.git$/i, text: 'end with `.git`', where: 'end' }] } },
  { types: ['aws:apprunner/service:Service'], arg: 'serviceName', rule: { what: 'App Runner service name', min: 4, max: 40, char: /[A-Za-z0-9_-]/, chars: 'letters, digits, hyphens and underscores', first: ALNUM, firstText: 'start with a letter or digit' } },
  {
    types: ['aws:globalaccelerator/accelerator:Accelerator'],
    arg: 'name',
    rule: { what: 'Global Accelerator name', min: 1, max: 64, char: /[A-Za-z0-9.-]/, chars: 'letters, digits, dots and hyphens', first: ALNUM, firstText: 'start with a letter or digit', last: ALNUM, lastText: 'end with a letter or digit' },
  },
  { types: ['aws:ssm/document:Document'], arg: 'name', rule: { what: 'SSM document name', min: 3, max: 128, char: /[A-Za-z0-9_.-]/, chars: 'letters, digits, dots, hyphens and underscores', banned: [{ re: /^(aws|amazon|amzn)/i, text: 'start with `aws`, `amazon` or `amzn` (reserved)', where: 'start' }] } },
  {
    types: ['aws:iam/role:Role', 'aws:iam/policy:Policy', 'aws:iam/user:User', 'aws:iam/group:Group', 'aws:iam/instanceProfile:InstanceProfile'],
    arg: 'path',
    rule: { what: 'IAM path', min: 1, max: 512, char: /[\x21-\x7e]/, chars: 'printable ASCII characters', first: /\//, firstText: 'start with `/`', last: /\//, lastText: 'end with `/`' },
  },
];

/** What is wrong with a name, and the repair that fits. */
interface Problem {
  text: string;
  fix: string;
}

const tooLong = (text: string): Problem => ({ text, fix: 'shorten it (abbreviate the words, keep the environment suffix)' });
const badChar = (c: string, rule: NameRule): Problem => ({
  text: `contains ${describeChar(c)}; only ${rule.chars} are allowed`,
  fix: /[A-Z]/.test(c) ? 'lowercase it (`.toLowerCase()` / `.lower()`)' : 'replace the invalid characters (e.g. with hyphens)',
});
const misplaced = (text: string): Problem => ({ text, fix: 'rename it' });
const notFifo: Problem = { text: 'must end with `.fifo` because the queue is a FIFO queue', fix: 'append `.fifo`' };

/** What is wrong with a complete name, or undefined. */
function problemOf(name: string, rule: NameRule): Problem | undefined {
  const body = rule.fifo ? name.replace(/\.fifo$/, '') : name;
  if (name.length > rule.max) return tooLong(`is ${name.length} characters long; the limit is ${rule.max}`);
  if (name.length < rule.min) return misplaced(`is ${name.length} characters long; the minimum is ${rule.min}`);
  const bad = [...body].find((c) => !rule.char.test(c));
  if (bad !== undefined) return badChar(bad, rule);
  if (rule.first && !rule.first.test(name[0]!)) return misplaced(`must ${rule.firstText}`);
  if (rule.last && !rule.last.test(body[body.length - 1]!)) return misplaced(`must ${rule.lastText}`);
  for (const b of rule.banned ?? []) if (b.re.test(name)) return misplaced(`must not ${b.text}`);
  if (rule.requireFifo && !name.endsWith('.fifo')) return notFifo;
  return undefined;
}

/**
 * What is wrong with a name of which only some parts are known: violations that hold whatever the
 * unknown parts turn out to be (too many literal characters, a forbidden character in a literal).
 */
function partialProblemOf(parts: (string | null)[], rule: NameRule, sized: SizedPart[] = []): Problem | undefined {
  const literal = parts.filter((p): p is string => p !== null);
  const length = literal.reduce((n, p) => n + p.length, 0);
  if (length > rule.max) return tooLong(`has ${length} characters in its literal parts alone; the limit is ${rule.max}`);
  const least = length + sized.reduce((n, p) => n + p.min, 0);
  if (sized.length > 0 && least > rule.max) {
    const what = [...new Set(sized.map((p) => p.what))].join(' and ');
    return tooLong(`has at least ${least} characters (its literal parts and ${what}); the limit is ${rule.max}`);
  }
  for (const p of sized) {
    const bad = p.mayHold.find((c) => !rule.char.test(c));
    if (bad !== undefined) return { text: `takes ${p.what}, which ${bad === 'A' ? 'holds uppercase letters' : 'holds special characters (`!@#$%&*…`)'} unless they are turned off; only ${rule.chars} are allowed`, fix: 'create the random string with `upper: false` and `special: false` (`upper=False`, `special=False`)' };
  }
  const lastLiteral = parts[parts.length - 1];
  for (const p of literal) {
    const body = rule.fifo && p === lastLiteral ? p.replace(/\.fifo$/, '') : p;
    const bad = [...body].find((c) => !rule.char.test(c));
    if (bad !== undefined) return badChar(bad, rule);
    for (const b of rule.banned ?? []) if (b.where === 'any' && b.re.test(p)) return misplaced(`must not ${b.text}`);
  }
  const first = parts[0];
  if (first && rule.first && !rule.first.test(first[0]!)) return misplaced(`must ${rule.firstText}`);
  const last = lastLiteral && rule.fifo ? lastLiteral.replace(/\.fifo$/, '') : lastLiteral;
  if (last && rule.last && !rule.last.test(last[last.length - 1]!)) return misplaced(`must ${rule.lastText}`);
  if (typeof lastLiteral === 'string' && rule.requireFifo && !lastLiteral.endsWith('.fifo')) return notFifo;
  for (const b of rule.banned ?? []) if (b.where === 'start' && first && b.re.test(first) && !b.re.source.endsWith('$')) return misplaced(`must not ${b.text}`);
  return undefined;
}

// ------------------------------------------------------------------ unknown parts of a known size

/**
 * An unknown part whose length (or least length) and character set AWS or the provider fix: the
 * account id (12 digits), a region name (at least 9 characters: `us-east-1`), a `random.RandomString`
 * result (its `length`; uppercase letters and special characters unless turned off) or a
 * `random.RandomId` hex (two characters a byte).
 */
interface SizedPart {
  min: number;
  what: string;
  /** Characters the part may contain that some names forbid (one representative each). */
  mayHold: string[];
}

const ACCOUNT_ID = /^invoke:getCallerIdentity\.accountId$/;
const REGION = /^(invoke:getRegion\.(name|region|id)|config:aws:region)$/;

function sizedPart(p: Value, model: ResourceModel): SizedPart | undefined {
  if (p.kind === 'output') return sizedPart(p.inner, model);
  if (p.kind !== 'unknown' || p.alts) return undefined;
  if (ACCOUNT_ID.test(p.why)) return { min: 12, what: 'the 12-digit account id', mayHold: [] };
  if (REGION.test(p.why)) return { min: 9, what: 'a region name (9 characters or more)', mayHold: [] };
  const ref = p.ref;
  if (!ref) return undefined;
  const r = referencedResource(model, { kind: 'output', src: '', inner: p, resource: ref.resource, attr: ref.attr });
  if (!r) return undefined;
  if (r.type === 'random:index/randomString:RandomString' && ref.attr === 'result') {
    const length = num(r.args.props.get('length'));
    if (length === undefined || !Number.isInteger(length) || length < 1) return undefined;
    const flag = (k: string): boolean | undefined => (definitelyAbsent(r, k) ? true : bool(r.args.props.get(k)));
    const mayHold: string[] = [];
    // The provider turns both on by default; a flag that is off or not known adds nothing.
    if (flag('upper') === true) mayHold.push('A');
    if (flag('special') === true) mayHold.push('!');
    return { min: length, what: `the ${length}-character random string`, mayHold };
  }
  if (r.type === 'random:index/randomId:RandomId' && ref.attr === 'hex') {
    const bytes = num(r.args.props.get('byteLength'));
    if (bytes === undefined || !Number.isInteger(bytes) || bytes < 1) return undefined;
    return { min: 2 * bytes, what: `the ${2 * bytes}-character random hex id`, mayHold: [] };
  }
  return undefined;
}

/** How a message shows a part of known size: `<account id>`, `<region>`, `<random 8>`, else `…`. */
function sizedLabel(p: Value, model: ResourceModel): string {
  const s = sizedPart(p, model);
  if (!s) return '…';
  return s.min === 12 && s.what.includes('account') ? '<account id>' : s.what.includes('region') ? '<region>' : `<${s.min} random>`;
}

function sizedParts(v: Value, model: ResourceModel): SizedPart[] {
  return (partsOf(v) ?? []).flatMap((p) => (p.kind === 'known' ? [] : (sizedPart(p, model) ?? [])));
}

function describeChar(c: string): string {
  if (/[A-Z]/.test(c)) return `uppercase letters (\`${c}\`)`;
  if (c === ' ') return 'spaces';
  return `\`${c}\``;
}

function textParts(v: Value): (string | null)[] | undefined {
  return partsOf(v)?.map((p) => (p.kind === 'known' ? String(p.value) : null));
}

type Verdict = { messageId: 'invalid' | 'invalidDefault' | 'invalidPart'; problem: Problem; value: string };

/** The verdict on a name value: known, estimated from config defaults, or partly known. */
function judge(v: Value, rule: NameRule, lang: Resource['lang'], model: ResourceModel): Verdict | undefined {
  const branches = alternatives(v);
  for (const alt of branches) {
    const inner = alt.kind === 'output' ? alt.inner : alt;
    const known = str(inner);
    if (known !== undefined) {
      if (artifact(known, branches.length > 1)) continue;
      const problem = problemOf(known, rule);
      if (problem) return { messageId: 'invalid', problem, value: known };
      continue;
    }
    const parts = textParts(inner);
    if (!parts) continue;
    const partial = partialProblemOf(parts, rule, sizedParts(inner, model));
    const shown = (partsOf(inner) ?? []).map((p) => (p.kind === 'known' ? String(p.value) : sizedLabel(p, model))).join('');
    if (partial) return { messageId: 'invalidPart', problem: partial, value: shown };
    const estimated = estimateString(inner, lang);
    const problem = estimated !== undefined ? problemOf(estimated, rule) : undefined;
    if (estimated !== undefined && problem) return { messageId: 'invalidDefault', problem, value: estimated };
  }
  return undefined;
}

/**
 * Known texts that stand for a value the evaluator could not see: `None`/`undefined` printed for
 * a missing argument, and the empty alternative of `x ? x.trim() : ''` that a later `|| fallback`
 * replaces at run time.
 */
function artifact(name: string, alternative: boolean): boolean {
  return /None|undefined/.test(name) || (alternative && name === '');
}

/** Pulumi auto-naming: `<logical name>-<7 random characters>`. */
const AUTONAME_EXTRA = 8;

function judgeAutoname(r: Resource, rule: NameRule): { problem: string; value: string } | undefined {
  const logical = estimateString(r.name, r.lang) ?? str(r.name);
  if (logical === undefined) return autonameLeast(r, rule);
  // The random part is lowercase hex, valid everywhere; only its length matters.
  const generated = `${rule.autoname?.lower ? logical.toLowerCase() : logical}-${'0'.repeat(AUTONAME_EXTRA - 1)}`;
  const problem = problemOf(generated, rule);
  if (!problem) return undefined;
  if (generated.length > rule.max) return { problem: `the logical name is ${logical.length} characters and Pulumi appends ${AUTONAME_EXTRA} (a hyphen and 7 random characters), giving ${generated.length}; the limit is ${rule.max}`, value: logical };
  return { problem: `the generated name (the logical name plus a random suffix) ${problem.text}`, value: logical };
}

/**
 * A logical name with unknown parts: the generated name is too long whatever they are when its
 * literal parts and Pulumi's 8 characters are over the limit. A part that is an Output or a data
 * source result is another mistake (a logical name must be a plain string) and is left to that rule.
 */
function autonameLeast(r: Resource, rule: NameRule): { problem: string; value: string } | undefined {
  const parts = partsOf(r.name);
  if (!parts || parts.some((p) => p.kind === 'output' || (p.kind === 'unknown' && (p.alts || p.ref || /^(invoke|output):/.test(p.why))))) return undefined;
  const least = parts.reduce((n, p) => n + (p.kind === 'known' ? String(p.value).length : 0), AUTONAME_EXTRA);
  if (least <= rule.max) return undefined;
  const value = parts.map((p) => (p.kind === 'known' ? String(p.value) : '…')).join('');
  return { problem: `its literal parts and the ${AUTONAME_EXTRA} characters Pulumi appends (a hyphen and 7 random characters) already make ${least}, whatever the other parts are; the limit is ${rule.max}`, value };
}

// ------------------------------------------------------------------ room for the environment suffix

/**
 * Characters an environment suffix plausibly takes when it is set for a deployment (`staging`,
 * `pr1234`, `qa-eu1`): a name must leave at least this much room for it, whatever its default.
 */
const PLAUSIBLE_SUFFIX = 8;

/** A part that is the environment suffix or name, read unchanged (not sliced or transformed). */
function suffixPart(p: Value): boolean {
  return p.kind === 'unknown' && !p.alts && !p.why.startsWith('call:') && (carriesSuffix(p) || isEnvironmentPart(p));
}

/**
 * The room a name leaves for its environment suffix when that is short: the limit minus every other
 * part (literals, other values by their defaults, `extra` characters Pulumi appends). Undefined when
 * it leaves enough, when another part's length is not known, or when the name has no or several
 * environment parts.
 */
function suffixRoom(v: Value, max: number, extra: number, lang: Resource['lang'], model: ResourceModel): { room: number; value: string } | undefined {
  for (const alt of alternatives(v)) {
    const parts = partsOf(alt.kind === 'output' ? alt.inner : alt);
    if (!parts) continue;
    let fixed = extra;
    let suffixes = 0;
    let ok = true;
    for (const p of parts) {
      if (suffixPart(p)) {
        suffixes++;
        continue;
      }
      const text = p.kind === 'known' ? String(p.value) : estimateString(p, lang);
      // Parts of a known least length (the account id, a region) count with that length.
      const least = text === undefined ? sizedPart(p, model)?.min : text.length;
      if (least === undefined) {
        ok = false;
        break;
      }
      fixed += least;
    }
    // Two environment parts (an environment and a suffix) share the room in ways that cannot be told.
    if (!ok || suffixes !== 1) continue;
    const room = max - fixed;
    if (room < PLAUSIBLE_SUFFIX) return { room: Math.max(room, 0), value: parts.map((p) => (suffixPart(p) ? '${suffix}' : p.kind === 'known' ? String(p.value) : (estimateString(p, lang) ?? sizedLabel(p, model)))).join('') };
  }
  return undefined;
}

// ------------------------------------------------------------------ stack and project names

/** Methods that keep the letter case of the string they are applied to. */
const CASE_PRESERVING = new Set(['replace', 'replaceAll', 'slice', 'substring', 'substr', 'trim', 'trimStart', 'trimEnd', 'strip', 'lstrip', 'rstrip', 'padStart', 'padEnd', 'ljust', 'rjust']);

/**
 * `stack` / `project` when a string part is `pulumi.getStack()` / `pulumi.getProject()` (Python
 * `get_stack()` / `get_project()`), possibly trimmed or with characters replaced, but not lowercased:
 * neither directly (`.toLowerCase()`, `.lower()`, recorded in its provenance) nor as part of a whole
 * string lowercased afterwards (which labels the part `case:lower`).
 */
function rawPulumiName(p: Value): 'stack' | 'project' | undefined {
  if (p.kind !== 'unknown' || p.alts || p.taint?.includes('case:lower')) return undefined;
  const m = /^(?:call:)*(stack|project)((?:\.\w+)*)$/.exec(p.why);
  if (!m) return undefined;
  const methods = m[2]!.split('.').filter(Boolean);
  return methods.every((x) => CASE_PRESERVING.has(x)) ? (m[1] as 'stack' | 'project') : undefined;
}

/**
 * A name whose every alternative includes the stack or project name as it is, with its shown form
 * (`<stack>` for that part, `…` for other unknown parts). Names AWS accepts only in lowercase.
 */
function judgeStackCase(v: Value): { source: 'stack' | 'project'; value: string } | undefined {
  let found: { source: 'stack' | 'project'; value: string } | undefined;
  for (const alt of alternatives(v)) {
    const parts = partsOf(alt);
    const raw = parts?.map(rawPulumiName);
    const source = raw?.find((x) => x !== undefined);
    if (!parts || !raw || !source) return undefined;
    found ??= { source, value: parts.map((p, i) => (raw[i] ? `<${raw[i]}>` : p.kind === 'known' ? String(p.value) : '…')).join('') };
  }
  return found;
}

const PULUMI_CALL = { stack: '`pulumi.getStack()`', project: '`pulumi.getProject()`' } as const;

export default defineRule({
  id: 'naming/aws-name-constraints',
  class: 'NAME-AWS-CONSTRAINTS',
  severity: 'high',
  category: 'naming',
  resourceTypes: [...new Set(NAME_RULES.flatMap((x) => x.types))],
  messages: {
    invalid: '{{what}} `{{value}}` {{problem}}. AWS rejects the name when the resource is created and the deployment fails; {{fix}}.',
    invalidDefault: '{{what}} `{{value}}` (the name with the configuration defaults) {{problem}}. AWS rejects the name when the resource is created and the deployment fails; {{fix}}.',
    invalidPart: '{{what}} `{{value}}` {{problem}}, whatever the unknown parts are. AWS rejects the name when the resource is created and the deployment fails; {{fix}}.',
    stackCase: '{{what}} `{{value}}` includes the {{source}} name ({{call}}) as it is. Pulumi {{source}} names may contain uppercase letters (`Dev`, `MyApp`) and this name may not, so on such a {{source}} AWS rejects it and the resource fails to create; lowercase that part (`.toLowerCase()` / `.lower()`).',
    suffixRoom: '{{what}} `{{value}}` leaves room for only {{room}} characters of environment suffix within the {{max}}-character limit{{autoname}}. Deployed with a longer suffix (`production`, a CI id such as `pr12345`) the name is too long and AWS rejects it when the resource is created; shorten the fixed part of the name or truncate the suffix.',
    autoname: 'This {{type}} has no explicit name, so Pulumi generates one from the logical name `{{value}}`: {{problem}}. The deployment fails; shorten the logical name or set an explicit short name.',
  },
  title: {
    invalid: '{{what}} {{value:code}} {{problem:full}}',
    invalidDefault: '{{what}} {{value:code}} (with the config defaults) {{problem:full}}',
    invalidPart: '{{what}} {{value:code}} {{problem:full}}',
    stackCase: '{{what}} {{value:code}} takes the {{source}} name as is (may be uppercase)',
    suffixRoom: '{{what}} {{value:code}} leaves room for only {{room}} suffix characters',
    autoname: 'Generated name of {{counted}} from {{value:code}} too long: {{problem:full}}',
  },
  fixHint: 'Keep names within AWS limits with room for the environment suffix: S3, RDS and ECR names in lowercase (lowercase `pulumi.getStack()` / `getProject()` parts), ALB/NLB/target group names ≤ 32 characters, ElastiCache ids ≤ 40, OpenSearch domains ≤ 28, IAM role and Lambda names ≤ 64, `alias/` on KMS aliases, no `sg-` prefix on security group names.',
  docs: {
    summary: 'Physical names that break AWS naming rules: too long, uppercase or invalid characters, reserved prefixes.',
    why: 'AWS validates names when the resource is created, so an invalid name is only discovered during `pulumi up`. Common cases in generated code: uppercase letters in S3 bucket names or RDS identifiers, ALB/NLB and target group names longer than 32 characters (easy to reach once a project name and an environment suffix are added), IAM role and Lambda names over 64, and security group names starting with `sg-`. A lowercase-only name (S3 bucket, RDS identifier) built from `pulumi.getStack()` or `pulumi.getProject()` without lowercasing fails on every stack or project whose name has an uppercase letter (Pulumi allows them: `Dev`, `TapStack`), reported at medium severity. When no name is given Pulumi appends 8 characters to the logical name, so a long logical name breaks the 32-character load balancer limit too.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst tg = new aws.lb.TargetGroup('tg', {\n  name: 'product-catalog-api-target-group-dev',\n  port: 80,\n  protocol: 'HTTP',\n  vpcId: 'vpc-0abc',\n});\nexport const tgArn = tg.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("logs", bucket="PaymentAuditLogs-dev")\npulumi.export("bucket", bucket.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst tg = new aws.lb.TargetGroup('tg', {\n  name: 'catalog-tg-dev',\n  port: 80,\n  protocol: 'HTTP',\n  vpcId: 'vpc-0abc',\n});\nexport const tgArn = tg.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("logs", bucket="payment-audit-logs-dev")\npulumi.export("bucket", bucket.bucket)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.Constraints',
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html',
      'https://www.pulumi.com/docs/iac/concepts/resources/names/#autonaming',
      'https://github.com/pulumi/pulumi-aws/issues/1317',
    ],
    notes: 'Names with unknown parts are judged on their literal parts (a literal part with uppercase letters, or literal parts already over the limit); when the unknown parts have defaults (`config.get("x") || "dev"`), the name with the defaults is checked and the message says so. A name whose only unknown part is the environment suffix (or environment name), read unchanged, must leave room for a suffix of 8 characters (`staging`, `pr1234`): less is reported at medium severity, since deployments set longer suffixes than the `dev` default; a sliced or transformed suffix, or a name with two environment parts, is not judged this way. Some unknown parts have a known size: the account id (`getCallerIdentity().accountId`, 12 digits), a region name (`getRegion().name`, `aws:region`, at least 9 characters), a `random.RandomString` result (its `length`) and a `random.RandomId` hex (two characters a byte); they count with that size against the limit, and a random string without `upper: false` / `special: false` in a name that allows no uppercase letters or special characters is reported. A logical name whose literal parts plus the 8 characters Pulumi appends exceed the limit is reported whatever its other parts are. The stack or project name counts as lowercased when `.toLowerCase()`/`.lower()` is applied to it or to a string containing it; a project name read from Pulumi.yaml is a known literal and judged as such; a stack name reached only through a configuration default (`config.get("env") or pulumi.get_stack()`) is not reported. Auto-names (the logical name plus 8 characters) are checked for load balancers and target groups (32), S3 buckets (63, lowercased by Pulumi), IAM roles and Lambda functions (64), ElastiCache replication groups (40) and clusters (50), OpenSearch domains (28), SNS topics and security groups (`sg-` prefix). Checked explicit names also include SQS and SNS (`.fifo`), DynamoDB, RDS, Redshift, DocumentDB and Neptune identifiers, KMS aliases (`alias/` prefix, `alias/aws/` reserved), ECR repositories (lowercase), Cognito domain prefixes (`aws`, `amazon`, `cognito` reserved; custom domains are not judged), IAM policies, users, groups and instance profiles, EventBridge rules, state machines, Kinesis and Firehose streams, EKS and ECS clusters, ECS services, CodeBuild projects, pipelines, log groups, backup vaults and secrets, load balancer name prefixes (6 characters), the database names of RDS instances and clusters (`dbName`, `databaseName`: a letter, then letters, digits and underscores) SSM parameter names (`aws`/`ssm` prefixes reserved; a name with a path starts with `/`), CloudWatch dashboards, WAF web ACLs, rule groups and sets, Elastic Beanstalk environments (4 to 40 characters, also when generated), DAX clusters (20 characters), MemoryDB clusters (40), RDS proxies and final snapshot identifiers, ElastiCache parameter and subnet groups (no underscores), Redshift, DocumentDB and Neptune subnet groups (lowercase), Amazon MQ brokers (50), MSK clusters (64), backup plans (50), CloudTrail trails (no adjacent `._-`), Lambda layers and aliases (an alias is not only digits), Athena workgroups, event buses (not `default`), EventBridge Scheduler schedules and groups (64), ECS task definition families, launch templates, CodeCommit repositories (no `.git`), App Runner services (4 to 40), Global Accelerator accelerators, SSM documents (`aws`, `amazon`, `amzn` reserved) and IAM paths (start and end with `/`).',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const { types, arg, rule } of NAME_RULES) {
        if (!types.includes(r.type)) continue;
        const v = r.args.props.get(arg);
        if (v && v.kind !== 'absent') {
          if (rule.otherKind && alternatives(v).some((alt) => textParts(alt.kind === 'output' ? alt.inner : alt)?.some((p) => p !== null && rule.otherKind!.test(p)))) continue;
          const verdict = judge(v, rule.fifo ? queueRule(rule, r) : rule, r.lang, ctx.model);
          if (verdict) {
            const data = { what: rule.what, value: verdict.value, problem: verdict.problem.text, fix: verdict.problem.fix };
            ctx.report({ messageId: verdict.messageId, data, at: v.at ?? keySpan(r.args, arg), resource: r });
            continue;
          }
          const stackCase = rule.char.test('A') ? undefined : judgeStackCase(v);
          if (stackCase) {
            const data = { what: rule.what, value: stackCase.value, source: stackCase.source, call: PULUMI_CALL[stackCase.source] };
            ctx.report({ messageId: 'stackCase', data, at: v.at ?? keySpan(r.args, arg), resource: r, severity: 'medium' });
            continue;
          }
          const room = suffixRoom(v, rule.max, 0, r.lang, ctx.model);
          if (room) ctx.report({ messageId: 'suffixRoom', data: { what: rule.what, value: room.value, room: room.room, max: rule.max, autoname: '' }, at: v.at ?? keySpan(r.args, arg), resource: r, severity: 'medium' });
          continue;
        }
        if (!rule.autoname || !definitelyAbsent(r, arg) || !definitelyAbsent(r, `${arg}Prefix`)) continue;
        const auto = judgeAutoname(r, rule);
        if (auto) {
          ctx.report({ messageId: 'autoname', data: { type: r.typePath, value: auto.value, problem: auto.problem }, at: r.name.at, resource: r });
          continue;
        }
        const room = suffixRoom(r.name, rule.max, AUTONAME_EXTRA, r.lang, ctx.model);
        const autoname = ` once Pulumi appends its ${AUTONAME_EXTRA} random characters to this logical name, as it does when no \`${arg}\` is set`;
        if (room) ctx.report({ messageId: 'suffixRoom', data: { what: `The generated ${rule.what.charAt(0).toLowerCase()}${rule.what.slice(1)}`, value: room.value, room: room.room, max: rule.max, autoname }, at: r.name.at, resource: r, severity: 'medium' });
      }
    }
  },
});

/** SQS and SNS: `.fifo` is required on FIFO queues and topics and invalid on standard ones; unknown either way when the flag is. */
function queueRule(rule: NameRule, r: Resource): NameRule {
  const flag = r.module === 'sns' ? 'fifoTopic' : 'fifoQueue';
  const fifoQueue = r.args.props.get(flag);
  if (!fifoQueue || fifoQueue.kind === 'absent') return definitelyAbsent(r, flag) ? { ...rule, fifo: false } : rule;
  const b = bool(fifoQueue);
  if (b === undefined) return rule;
  return b ? { ...rule, requireFifo: true } : { ...rule, fifo: false };
}

