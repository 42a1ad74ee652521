import { type At, provenance, type Value } from '../../ir/values.js';
import { carriesEnvironment, componentNames, ENVIRONMENT_NAME, NOT_ENVIRONMENT, type PhysicalName } from '../_shared/component-names.js';
import { shownName } from '../_shared/name-display.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { carriesSuffix, definitelyLacksSuffix, missingSuffixText, programHasSuffix, SUFFIX_KEY } from '../_shared/suffix.js';
import { awsResourceSchema } from '../_shared/aws-schema-args.js';
import { checkingFixes } from '../_shared/fixes.js';
import { appendSuffixFix } from '../_shared/suffix-fixes.js';
import { str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

/** Arguments that set a resource's physical (cloud) name. */
const PHYSICAL_NAME_ARGS = [
  'name',
  'namePrefix',
  'bucket',
  'bucketPrefix',
  'functionName',
  'roleName',
  'clusterIdentifier',
  'identifier',
  'alarmName',
  'repositoryName',
  'streamName',
  'family',
  'stateMachineName',
  'dashboardName',
  'keyName',
  'secretName',
];

/**
 * `family` names an ECS task definition; elsewhere (RDS, ElastiCache, DocumentDB and Neptune
 * parameter groups) it is the engine family such as `postgres15`, not a name.
 */
const FAMILY_IS_NAME = new Set(['aws:ecs/taskDefinition:TaskDefinition']);

/**
 * Physical names a service takes under its own argument, unique per account and region. They are
 * per type because the same words elsewhere are references or DNS names (`domainName` of a
 * certificate, `clusterName` of an ECS service's cluster).
 */
const TYPE_NAME_ARGS: Record<string, string[]> = {
  'aws:elasticache/replicationGroup:ReplicationGroup': ['replicationGroupId'],
  'aws:elasticache/cluster:Cluster': ['clusterId'],
  'aws:opensearch/domain:Domain': ['domainName'],
  'aws:elasticsearch/domain:Domain': ['domainName'],
  'aws:mq/broker:Broker': ['brokerName'],
  'aws:msk/cluster:Cluster': ['clusterName'],
  'aws:msk/serverlessCluster:ServerlessCluster': ['clusterName'],
  'aws:dax/cluster:Cluster': ['clusterName'],
  'aws:rds/globalCluster:GlobalCluster': ['globalClusterIdentifier'],
  // `name` since provider v7.
  'aws:batch/computeEnvironment:ComputeEnvironment': ['computeEnvironmentName'],
  'aws:redshiftserverless/namespace:Namespace': ['namespaceName'],
  'aws:redshiftserverless/workgroup:Workgroup': ['workgroupName'],
  'aws:sesv2/configurationSet:ConfigurationSet': ['configurationSetName'],
  'aws:timestreamwrite/database:Database': ['databaseName'],
  // `@pulumi/aws-native` spells names as CloudFormation does.
  'aws-native:s3/bucket:Bucket': ['bucketName'],
  'aws-native:dynamodb/table:Table': ['tableName'],
  'aws-native:dynamodb/globalTable:GlobalTable': ['tableName'],
  'aws-native:sqs/queue:Queue': ['queueName'],
  'aws-native:sns/topic:Topic': ['topicName'],
  'aws-native:logs/logGroup:LogGroup': ['logGroupName'],
  'aws-native:ecs/cluster:Cluster': ['clusterName'],
  'aws-native:rds/dbInstance:DbInstance': ['dbInstanceIdentifier'],
  'aws-native:rds/dbCluster:DbCluster': ['dbClusterIdentifier'],
  'aws-native:rds/dbSubnetGroup:DbSubnetGroup': ['dbSubnetGroupName'],
  'aws-native:kms/alias:Alias': ['aliasName'],
  'aws-native:iam/managedPolicy:ManagedPolicy': ['managedPolicyName'],
  'aws-native:iam/instanceProfile:InstanceProfile': ['instanceProfileName'],
  'aws-native:iam/user:User': ['userName'],
};

/**
 * Name arguments that, outside the resource they name, refer to another resource: `keyName` of an
 * instance or launch template is the key pair to use, `functionName` of a permission, alias or event
 * source mapping the function it applies to (`@pulumi/aws` names functions with `name`).
 */
function refersToOther(r: Resource, arg: string): boolean {
  if (arg === 'keyName') return r.type !== 'aws:ec2/keyPair:KeyPair';
  // A bucket's policy, versioning, notification or object names the bucket it belongs to; a
  // cluster instance names its cluster. Only the bucket or the cluster itself owns the name.
  if (arg === 'bucket') return r.pkg === 'aws' && !/^aws:s3\/(bucket|bucketV2|directoryBucket):/.test(r.type);
  if (arg === 'clusterIdentifier') return r.pkg === 'aws' && !r.type.endsWith(':Cluster');
  return arg === 'functionName' && r.pkg === 'aws';
}

/** The physical-name arguments that name this resource. */
function nameArgs(r: Resource): string[] {
  const general = PHYSICAL_NAME_ARGS.filter((a) => (a !== 'family' || FAMILY_IS_NAME.has(r.type)) && !refersToOther(r, a));
  const own = TYPE_NAME_ARGS[r.type];
  return own ? [...general, ...own.filter((a) => !general.includes(a))] : general;
}

/** Types whose `name` is a DNS name, or a name scoped to a parent that is already per environment. */
const NOT_A_RESOURCE_NAME = new Set([
  'aws:route53/record:Record',
  'aws:route53/zone:Zone',
  'aws:acm/certificate:Certificate',
  'aws:apigateway/domainName:DomainName',
  'aws:apigatewayv2/domainName:DomainName',
  'aws:ses/domainIdentity:DomainIdentity',
  // Stage and alias names live inside their API or function (`$default`, `live`).
  'aws:apigatewayv2/stage:Stage',
  'aws:lambda/alias:Alias',
  // Names scoped to a parent resource the program creates per environment (a role's inline
  // policy, an API's model, a cluster's service, a log group's filter): they cannot collide.
  'aws:iam/rolePolicy:RolePolicy',
  'aws:iam/userPolicy:UserPolicy',
  'aws:iam/groupPolicy:GroupPolicy',
  'aws:apigateway/model:Model',
  'aws:apigateway/authorizer:Authorizer',
  'aws:apigateway/requestValidator:RequestValidator',
  'aws:apigatewayv2/authorizer:Authorizer',
  'aws:ecs/service:Service',
  'aws:autoscaling/policy:Policy',
  'aws:appautoscaling/policy:Policy',
  'aws:cloudwatch/logMetricFilter:LogMetricFilter',
  'aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter',
  'aws:cloudwatch/logStream:LogStream',
  'aws:backup/selection:Selection',
  'aws:glue/catalogTable:CatalogTable',
  // Cloud Map: a DNS namespace is a (private or public) hosted zone name, which Route 53 lets several
  // zones share (private ones per VPC), and a service's name is scoped to its namespace.
  'aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace',
  'aws:servicediscovery/publicDnsNamespace:PublicDnsNamespace',
  'aws:servicediscovery/service:Service',
  // A bucket's configurations: their `name` is an id unique within the bucket only.
  'aws:s3/bucketIntelligentTieringConfiguration:BucketIntelligentTieringConfiguration',
  'aws:s3/inventory:Inventory',
  'aws:s3/analyticsConfiguration:AnalyticsConfiguration',
  'aws:s3/bucketMetric:BucketMetric',
  // Names AWS does not require to be unique: two stacks may both call their API `orders-api`.
  'aws:apigateway/restApi:RestApi',
  'aws:apigatewayv2/api:Api',
  'aws:apigateway/usagePlan:UsagePlan',
  'aws:apigateway/apiKey:ApiKey',
  'aws:cognito/userPool:UserPool',
  'aws:cognito/userPoolClient:UserPoolClient',
  'aws:appsync/graphQLApi:GraphQLApi',
]);

/**
 * IAM role names an AWS service looks up by name, so they must be spelt exactly so: DMS uses
 * `dms-vpc-role` for its VPC networking, `dms-cloudwatch-logs-role` for logging and
 * `dms-access-for-endpoint` for Redshift endpoints.
 */
const SERVICE_ROLE_NAMES = new Set(['dms-vpc-role', 'dms-cloudwatch-logs-role', 'dms-access-for-endpoint']);

/** A physical name AWS requires as it is (a role a service finds by name, an AWS managed KMS alias). */
function mandatedName(r: Resource, arg: string, v: Value): boolean {
  if (v.kind !== 'known' || typeof v.value !== 'string') return false;
  if (arg === 'name' && r.type === 'aws:kms/alias:Alias' && v.value.startsWith('alias/aws/')) return true;
  return arg === 'name' && r.type === 'aws:iam/role:Role' && SERVICE_ROLE_NAMES.has(v.value);
}

function shown(v: Value): string {
  return `\`${shownName(v, 60)}\``;
}

export default defineRule({
  id: 'naming/missing-environment-suffix',
  class: 'NAME-ENV-SUFFIX',
  severity: 'high',
  category: 'naming',
  resourceTypes: [],
  messages: {
    unused: 'The program reads an environment suffix ({{source}}) but no resource name uses it, so {{count}} resources get the same names in every environment. Append the suffix to every name that must be unique per environment (physical names such as `bucket`, `name`, `functionName`, and logical names).',
    physical: '{{type}} name `{{arg}}` = {{value}} does not include the environment suffix, although the program has one. Two environments deployed to the same account collide on this name; append the suffix.',
    logical: 'Logical name {{value}} of this {{type}} does not include the environment suffix, although the program has one and uses it elsewhere. Include the suffix so names stay unique and identifiable per environment.',
    unusedEnvironment: 'The program reads the environment name ({{source}}) but no resource name uses it, so {{count}} explicit physical names (such as {{example}}) are the same in every environment: deploying a second environment into the same account and region fails on them with "already exists". Put the environment name (or an environment suffix) into these names.',
    physicalEnvironment: '{{type}} name `{{arg}}` = {{value}}{{more}} does not include the environment name, although other names in the program carry it ({{source}}). Deploying a second environment into the same account and region collides on this name; include the environment name (or an environment suffix).',
    fixedName: 'The physical name {{example}} is fixed and no name in the program varies per stack (no environment suffix, environment name or stack name). A second stack of this program in the same account and region collides on it (creating it fails with "already exists"; a CloudWatch dashboard or alarm is silently replaced by the second stack\'s); build the name from an environment suffix or the stack name, or leave it out and let Pulumi generate a unique one.',
    fixedNames: '{{count}} resources have fixed physical names ({{example}}) and no name in the program varies per stack (no environment suffix, environment name or stack name). A second stack of this program in the same account and region collides on each of them (creating them fails with "already exists"; CloudWatch dashboards and alarms are silently replaced by the second stack\'s); build the names from an environment suffix or the stack name, or leave them out and let Pulumi generate unique ones.',
    componentName: '{{type}} name `{{arg}}` = {{value}}{{more}} is built from the component\'s own name without the environment, while other names in this component add the environment to it: the component\'s name does not vary per environment, so a second environment deployed to the same account and region collides on this name. Add the environment suffix to it as to the other names.',
    componentEnvironment: 'This component receives the environment (`{{source}}`) but uses it in no name: {{type}} name `{{arg}}` = {{value}}{{more}} {{how}}, so two environments deployed to the same account and region collide on these names. Build them with the environment (suffix) the component receives.',
    notForwarded: '{{type}} name {{value}}{{more}} is built from an environment suffix that its caller does not pass, so the suffix is `{{missing}}` here while the program\'s other names carry the suffix it reads. These names are the same in every environment and a second deployment fails with "already exists"; pass the suffix on to the component or function that builds them (e.g. `new NetworkStack(name, { environmentSuffix })`).',
    literalEnvironment: '{{type}} name `{{arg}}` = {{value}} has the environment `{{env}}` fixed in it: no environment suffix read from configuration or the environment goes into it. Deployed as another environment (or as a second stack in the account) it collides with or impersonates `{{env}}`; build the name from an environment suffix read from configuration.',
  },
  title: {
    unused: 'Environment suffix ({{source}}) read but used in no resource name',
    physical: 'Environment suffix missing from {{kind}} names {{value}}',
    logical: 'Environment suffix missing from {{kind}} logical names {{value}}',
    unusedEnvironment: 'Environment name ({{source}}) read but used in no physical name',
    physicalEnvironment: 'Environment name missing from {{kind}} names {{value}}',
    fixedNames: 'Fixed physical names ({{example}}) that no stack setting varies',
    fixedName: 'Fixed physical name {{example}} that no stack setting varies',
    componentName: 'Environment missing from {{kind}} names {{value}} built from the component name',
    componentEnvironment: 'Component receives the environment (`{{source}}`) but {{kind}} names {{value}} do not use it',
    notForwarded: 'Environment suffix not passed on: {{kind}} names {{value}} get `{{missing}}`',
    literalEnvironment: 'Environment `{{env}}` hard-coded in {{kind}} names {{value}}',
  },
  fixable: true,
  fixHint: 'Build the name with the environment suffix, e.g. `${name}-${environmentSuffix}` / f"{name}-{environment_suffix}".',
  docs: {
    summary: 'A resource whose logical or physical name lacks the environment suffix that the program defines and uses elsewhere.',
    why: 'Programs like this read an `environmentSuffix` (config, `ENVIRONMENT_SUFFIX`, or a component argument) so that several environments can be deployed side by side. Every name that is unique per account or region (tables, buckets, KMS aliases, roles, functions) must carry it, or the second deployment fails with an "already exists" error; in logical names it keeps the stacks\' resources identifiable per environment. The rule judges each resource on its own: most failing answers use the suffix somewhere and forget it in a few places.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst environmentSuffix = new pulumi.Config().require('environmentSuffix');\nconst logs = new aws.s3.BucketV2(\`logs-\${environmentSuffix}\`, { bucket: \`logs-\${environmentSuffix}\` });\nconst table = new aws.dynamodb.Table('orders', { name: 'orders', hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });\nexport const names = [logs.bucket, table.name];\n`,
      py: `import os\nimport pulumi\nimport pulumi_aws as aws\nenvironment_suffix = os.environ.get("ENVIRONMENT_SUFFIX", "dev")\nlogs = aws.s3.BucketV2(f"logs-{environment_suffix}", bucket=f"logs-{environment_suffix}")\ntable = aws.dynamodb.Table("orders", name="orders", hash_key="id",\n    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")])\npulumi.export("table", table.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst environmentSuffix = new pulumi.Config().require('environmentSuffix');\nconst table = new aws.dynamodb.Table(\`orders-\${environmentSuffix}\`, { name: \`orders-\${environmentSuffix}\`, hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });\nexport const name = table.name;\n`,
      py: `import os\nimport pulumi\nimport pulumi_aws as aws\nenvironment_suffix = os.environ.get("ENVIRONMENT_SUFFIX", "dev")\ntable = aws.dynamodb.Table(f"orders-{environment_suffix}", name=f"orders-{environment_suffix}", hash_key="id",\n    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")])\npulumi.export("table", table.name)\n`,
    },
    fix: 'a name written in the resource\'s call as a string literal or a template / f-string, that the suffix is missing from, gets the suffix appended, written as the names around it write it (names in the same file created in the same function, in a function it is nested in, or at the top level; `this.`/`self.` fields also from the component\'s other methods): `\'orders\'` → `` `orders-${environmentSuffix}` ``, `f"subnet-{tenant}"` → `f"subnet-{tenant}-{environment_suffix}"` (with the separator those names put before it). Without such a name nearby, with several spellings of the suffix, or for a name that is a path or ARN (`/app/...`, `alias/...`), nothing is changed. Renaming a resource replaces it in a stack that is already deployed.',
    notes: 'Physical names are the `name`-like arguments (`name`, `bucket`, `functionName`, `roleName`, `clusterIdentifier`, `identifier`, `alarmName`, `repositoryName`, `streamName`, `stateMachineName`, `dashboardName`, `keyName`, `secretName`, an ECS task definition\'s `family`) and the services\' own id arguments: ElastiCache `replicationGroupId` and `clusterId`, OpenSearch `domainName`, Amazon MQ `brokerName`, MSK and DAX `clusterName`, Aurora `globalClusterIdentifier`, Redshift Serverless `namespaceName` and `workgroupName`, SES `configurationSetName`, Timestream `databaseName`, Batch `computeEnvironmentName`; with `@pulumi/aws-native`, the CloudFormation spellings (`bucketName`, `tableName`, `queueName`, `topicName`, `logGroupName`, `clusterName` of ECS clusters, `dbInstanceIdentifier`, `dbClusterIdentifier`, `dbSubnetGroupName`, `aliasName`, `managedPolicyName`, `instanceProfileName`, `userName`). Prefixes (`namePrefix`, `bucketPrefix`) are not fixed names: the provider completes them with a unique suffix, so they are never reported. A value counts as the suffix when it comes from a name that denotes one: `suffix` alone or qualified by environment, stage, stack or deployment (`environment_suffix`, `envSuffix`); `region_suffix` or `azSuffix` do not. When the program reads a suffix that no name uses at all, one finding points at where it is read instead of one per resource. A suffix that reaches the names as a literal (the entry point passes `environment_suffix=\'dev\'` instead of reading configuration) is reported by naming/environment-suffix-hardcoded. A program without a suffix that reads an environment name (a configuration key or environment variable such as `environment`, `env` or `stage`) is judged on its explicit physical names only, at medium severity and once per file: names that carry neither the environment name nor the stack name collide when two environments share an account; when no name uses the environment name at all, one finding says so. A program with neither a suffix nor an environment setting whose names carry the stack name (`pulumi.getStack()`) is judged the same way: it is meant to be deployed once per stack, so its fixed physical names collide. A whole program in which no name varies per stack (no suffix, environment name or stack name in any name) and at least one resource has a fixed physical name (a literal, perhaps with the project name) is reported once, at low severity. A program with neither is also judged on physical names that spell out an environment (`prod-alb-sg`, `/prod/app/password`; prod, production, staging, dev, development, qa, uat), outside loops; whether such a program needed a suffix otherwise depends on the request. A resource whose physical name carries the suffix is not reported for its logical name. A component whose own name is not known (nothing instantiates it, or its caller\'s name is unknown) is judged by what it shows: when other names in it add the environment to the component\'s name, a name built from the component\'s name without it is reported; when the component receives the environment or suffix and uses it only outside names (tags), one medium finding names its fixed names and names built only from its own name. Otherwise a name built from a value that might be the suffix (a parameter of a component nothing instantiates, an element of an unknown list, the result of a naming helper the model cannot follow) is not reported, and the suffix is not said to be unused while such a name exists; logical names are then judged only once some name is known to use the suffix. DNS names (Route 53 records and zones, certificates, custom domains), names scoped to a parent the program creates per environment (inline role policies, API models and authorizers, ECS services, scaling policies, log filters, a bucket\'s intelligent-tiering, inventory, analytics and metrics configurations) and names AWS does not require to be unique (REST and HTTP APIs, usage plans, API keys, Cognito user pools and clients, AppSync APIs) are not physical names that can collide and are skipped, and so are names AWS requires as they are (the DMS service roles `dms-vpc-role`, `dms-cloudwatch-logs-role` and `dms-access-for-endpoint`, AWS managed KMS aliases `alias/aws/...`).',
  },
  check(ctx) {
    reportComponentNames(ctx);
    if (!programHasSuffix(ctx.model)) {
      const source = environmentSource(ctx.model) ?? stackInNames(ctx);
      if (source) reportMissingEnvironment(ctx, source);
      else if (!reportLiteralEnvironments(ctx)) reportFixedNames(ctx);
      return;
    }
    const judged = ctx.resources().filter((r) => !r.isProvider && r.pkg !== 'pulumi' && r.pkg !== 'random');
    const used = judged.some(usesSuffix) || ctx.model.components.some((c) => carriesSuffix(c.name));
    // A suffix that is read but used by no name at all is one mistake, not one per resource. That
    // is known only when every name is known to lack it: a name from a helper the model could not
    // follow (`self.config.get_resource_name("x")`) may well carry it.
    if (!used && judged.length > 0 && judged.every(namesLackSuffix)) {
      const source = suffixSource(ctx.model);
      ctx.report({ messageId: 'unused', data: { source: source?.label ?? 'environmentSuffix', count: judged.length }, at: source?.at });
      return;
    }
    reportNotForwarded(ctx, judged);
    checkingFixes(ctx, (ctx) => {
      for (const r of judged) {
        const miss = missingPhysical(r);
        if (miss) {
          const fix = appendSuffixFix(ctx, r, miss.value, miss.arg, nameValues);
          ctx.report({ messageId: 'physical', data: { type: r.typePath, arg: miss.arg, value: shown(miss.value) }, at: miss.value.at, resource: r, ...(fix ? { fix } : {}) });
          continue;
        }
        // A logical name matters when it is the resource's only name; a physical name that carries
        // the suffix already keeps environments apart. Whether the program names things with the
        // suffix at all is not known while no name is known to use it.
        if (hasPhysicalName(r) || !used) continue;
        if (definitelyLacksSuffix(r.name)) {
          const fix = appendSuffixFix(ctx, r, r.name, undefined, nameValues);
          ctx.report({ messageId: 'logical', data: { type: r.typePath, value: shown(r.name) }, at: r.name.at, resource: r, severity: 'medium', ...(fix ? { fix } : {}) });
        }
      }
    });
  },
});

/** The resource's first name (physical, else logical) built from a suffix nobody passed. */
function notForwardedName(r: Resource): { value: Value; missing: string } | undefined {
  for (const v of [...nameValues(r), r.name]) {
    const missing = missingSuffixText(v);
    if (missing) return { value: v, missing };
  }
  return undefined;
}

/**
 * Names built from a suffix that is `undefined` / `None` because a caller did not pass it on (the
 * entry point passes it to the stack, the stack leaves it out when it creates a nested component),
 * while other names carry the suffix the program reads. One finding per component. When no name
 * carries a real suffix, naming/environment-suffix-hardcoded reports the program once.
 */
function reportNotForwarded(ctx: RuleContext, judged: Resource[]): void {
  if (!judged.some((r) => usesSuffix(r) && !notForwardedName(r))) return;
  const byComponent = new Map<number, { r: Resource; value: Value; missing: string }[]>();
  for (const r of judged) {
    const m = notForwardedName(r);
    if (m) byComponent.set(r.component ?? -1, [...(byComponent.get(r.component ?? -1) ?? []), { r, ...m }]);
  }
  for (const group of byComponent.values()) {
    const m = group[0]!;
    const n = group.length - 1;
    const more = n === 0 ? '' : ` (and ${n} other ${n === 1 ? 'name' : 'names'} built the same way)`;
    ctx.report({ messageId: 'notForwarded', data: { type: m.r.typePath, value: shown(m.value), missing: m.missing, more }, at: m.value.at, resource: m.r });
  }
}

/** Environment names that, written into a physical name, pin it to one environment. */
const ENVIRONMENT_WORD = /(?:^|[-_/.])(prod|production|staging|dev|development|qa|uat)(?=$|[-_/.])/i;

/**
 * Without any environment suffix, a physical name that spells out an environment (`prod-alb-sg`,
 * `/prod/app/db-password`) is fixed to it. Names made in loops may enumerate environments on purpose.
 */
function reportLiteralEnvironments(ctx: RuleContext): boolean {
  let reported = false;
  for (const r of ctx.resources()) {
    if (r.isProvider || r.inLoop || !r.reached || NOT_A_RESOURCE_NAME.has(r.type) || ctx.fileOf(r.at)?.snippet) continue;
    for (const arg of nameArgs(r)) {
      const v = r.args.props.get(arg);
      const name = str(v);
      const env = name !== undefined ? ENVIRONMENT_WORD.exec(name) : null;
      // A name that is only the environment (`prod`) names a stage or alias inside its parent.
      if (!v || !env || env[0].replace(/^[-_/.]/, '') === name) continue;
      // One environment word fixed in many names is one mistake (often one `environment = "prod"`).
      ctx.report({ messageId: 'literalEnvironment', data: { type: r.typePath, arg, value: shown(v), env: env[1]! }, at: v.at, resource: r, severity: 'medium', cause: `env:${env[1]!.toLowerCase()}` });
      reported = true;
      break;
    }
  }
  return reported;
}

/**
 * Fixed physical names from which a program with no per-stack part in any name is reported: one is
 * enough, since a second stack collides on it as surely as on several.
 */
const FIXED_NAMES_MIN = 1;

/**
 * A whole program in which no name varies per stack (no suffix, environment name or stack name
 * anywhere) but several resources have fixed physical names: a second stack of it in the same
 * account and region collides on all of them. One finding for the program.
 */
function reportFixedNames(ctx: RuleContext): void {
  const model = ctx.model;
  // Without a known entry point, the program is whole when every file of it ran.
  if (!programIsComplete(model) || (!model.entry && !model.stats.modules.every((m) => m.reached))) return;
  const judged = model.resources.filter((r) => !r.isProvider && r.pkg === 'aws' && r.reached);
  if (judged.some((r) => carriesEnvironment(r.name) || [...r.args.props.values()].some(carriesEnvironment))) return;
  const fixed = judged.flatMap((r) => {
    if (NOT_A_RESOURCE_NAME.has(r.type) || r.inLoop || !awsResourceSchema(model, r)) return [];
    const arg = nameArgs(r).find((a) => {
      const v = r.args.props.get(a);
      return !a.endsWith('Prefix') && !!v && !mandatedName(r, a, v) && sameInEveryStack(v);
    });
    return arg ? [{ r, value: r.args.props.get(arg)! }] : [];
  });
  if (fixed.length < FIXED_NAMES_MIN) return;
  const example = fixed.slice(0, 3).map((m) => shown(m.value)).join(', ') + (fixed.length > 3 ? ', …' : '');
  ctx.report({ messageId: fixed.length === 1 ? 'fixedName' : 'fixedNames', data: { count: fixed.length, example }, at: fixed[0]!.value.at ?? fixed[0]!.r.at, resource: fixed[0]!.r, severity: 'low' });
}

/**
 * A name made of literals and the project or organization name only: every stack of the program
 * gets it. A part read from configuration may be set per stack, so it does not count.
 */
function sameInEveryStack(v: Value): boolean {
  const fixedPart = (p: Value) => (p.kind === 'known' && typeof p.value === 'string') || (p.kind === 'unknown' && !p.alts && /^(project|organization)$/.test(p.why));
  if (carriesEnvironment(v)) return false;
  return fixedPart(v) || (v.kind === 'str' && v.parts.every((p) => p.kind === 'known' || fixedPart(p)));
}

// ------------------------------------------------------------------ programs with an environment name but no suffix

function definitelyLacksEnvironment(v: Value): boolean {
  if (carriesEnvironment(v)) return false;
  if (v.kind === 'known') return typeof v.value === 'string';
  if (v.kind === 'str') return v.parts.every((p) => p.kind === 'known' || (p.kind === 'unknown' && NOT_ENVIRONMENT.test(p.why)));
  if (v.kind === 'unknown' && v.alts) return v.alts.every(definitelyLacksEnvironment);
  return false;
}

/** Where the program reads an environment name: a configuration key or environment variable such as `environment`. */
function environmentSource(model: ResourceModel): { label: string; at: At } | undefined {
  const c = model.configReads.find((x) => x.namespace !== 'aws' && !x.key.startsWith('aws:') && ENVIRONMENT_NAME.test(x.key.split(':').pop() ?? x.key));
  if (c) return { label: `config \`${c.key}\``, at: c.at };
  const e = model.envReads.find((x) => ENVIRONMENT_NAME.test(x.name));
  if (e) return { label: `environment variable \`${e.name}\``, at: e.at };
  return undefined;
}

/**
 * Without a suffix or an environment setting, a program whose names carry the stack name
 * (`pulumi.getStack()`) shows that it means to be deployed once per stack: its fixed physical names
 * are then judged as those of a program that reads an environment name.
 */
function stackInNames(ctx: RuleContext): { label: string; at: At } | undefined {
  for (const r of ctx.model.resources) {
    if (r.isProvider || r.pkg !== 'aws' || !r.reached || r.inApply) continue;
    for (const v of [r.name, ...nameArgs(r).flatMap((a) => r.args.props.get(a) ?? [])]) {
      if (v.kind !== 'absent' && [...provenance(v)].some((l) => /^(call:)*stack(\.|$)/.test(l))) return { label: 'the stack name, `pulumi.getStack()`', at: v.at ?? r.at };
    }
  }
  return undefined;
}

/**
 * A program that reads an environment name (and no suffix) means to be deployed once per
 * environment: explicit physical names without it collide when two environments share an account.
 * Logical names are not judged: stacks keep them apart.
 */
function reportMissingEnvironment(ctx: RuleContext, source: { label: string; at: At }): void {
  const judged = ctx.resources().filter((r) => !r.isProvider && r.pkg !== 'pulumi' && r.pkg !== 'random' && r.reached && !r.inApply && !ctx.fileOf(r.at)?.snippet);
  const misses = judged.flatMap((r) => {
    // A type the provider does not have says nothing about what its `name` names.
    if (NOT_A_RESOURCE_NAME.has(r.type) || (r.pkg === 'aws' && !awsResourceSchema(ctx.model, r))) return [];
    // A prefix gets a unique suffix from the provider: it cannot collide.
    const arg = nameArgs(r).find((a) => {
      const v = r.args.props.get(a);
      return !a.endsWith('Prefix') && !!v && v.kind !== 'absent' && !mandatedName(r, a, v) && definitelyLacksEnvironment(v);
    });
    return arg ? [{ r, arg, value: r.args.props.get(arg)! }] : [];
  });
  if (misses.length === 0) return;
  const used = judged.some((r) => carriesEnvironment(r.name) || nameArgs(r).some((a) => { const v = r.args.props.get(a); return !!v && carriesEnvironment(v); }));
  if (!used && !ctx.model.components.some((c) => carriesEnvironment(c.name))) {
    const example = misses.slice(0, 2).map((m) => shown(m.value)).join(', ');
    ctx.report({ messageId: 'unusedEnvironment', data: { source: source.label, count: misses.length, example }, at: misses[0]!.value.at ?? misses[0]!.r.at, resource: misses[0]!.r, severity: 'medium' });
    return;
  }
  // One finding per file, at its first such name: the habit, not every name, is the mistake.
  const byFile = new Map<string, typeof misses>();
  for (const m of misses) byFile.set(m.r.at.f, [...(byFile.get(m.r.at.f) ?? []), m]);
  for (const group of byFile.values()) {
    const m = group[0]!;
    const more = group.length === 1 ? '' : ` (and ${group.length - 1} other ${group.length === 2 ? 'name' : 'names'} in this file)`;
    ctx.report({ messageId: 'physicalEnvironment', data: { type: m.r.typePath, arg: m.arg, value: shown(m.value), source: source.label, more }, at: m.value.at, resource: m.r, severity: 'medium' });
  }
}

/** The values of the resource's physical-name arguments that it gives. */
function nameValues(r: Resource): Value[] {
  return nameArgs(r).flatMap((a) => {
    const v = r.args.props.get(a);
    return v ? [v] : [];
  });
}


/** The explicit physical names of a resource that must be unique per account or region. */
function physicalNames(r: Resource): PhysicalName[] {
  if (NOT_A_RESOURCE_NAME.has(r.type)) return [];
  return nameArgs(r).flatMap((arg) => {
    const value = r.args.props.get(arg);
    return !arg.endsWith('Prefix') && value && value.kind !== 'absent' ? [{ r, arg, value }] : [];
  });
}

/**
 * Names built from a component's own name, which the model does not know (nothing instantiates the
 * component, or its caller's name is unknown): the component shows whether that name carries the
 * environment. One finding per component, at its first such name.
 */
function reportComponentNames(ctx: RuleContext): void {
  // Fixed names are judged here only where the program-wide checks below do not judge them.
  for (const c of componentNames(ctx.model, physicalNames, !programHasSuffix(ctx.model))) {
    // Beside names that carry the environment, a fixed name is judged by the program-wide checks.
    const bare = c.namesCarry ? c.bare.filter((b) => b.value.kind !== 'known') : c.bare;
    const m = bare[0];
    if (!m) continue;
    const n = bare.length - 1;
    const more = n === 0 ? '' : ` (and ${n} other ${n === 1 ? 'name' : 'names'} in this component)`;
    const data = { type: m.r.typePath, arg: m.arg, value: shown(m.value), more };
    if (c.namesCarry) ctx.report({ messageId: 'componentName', data, at: m.value.at, resource: m.r });
    else if (c.used) {
      const how = m.value.kind === 'known' ? 'is fixed text' : 'is built only from the component\'s own name, which its callers need not vary per environment';
      ctx.report({ messageId: 'componentEnvironment', data: { ...data, source: c.used.label, how }, at: m.value.at, resource: m.r, severity: 'medium' });
    }
  }
}

function usesSuffix(r: Resource): boolean {
  if (carriesSuffix(r.name)) return true;
  return nameArgs(r).some((a) => {
    const v = r.args.props.get(a);
    return !!v && carriesSuffix(v);
  });
}

/** Every name of the resource, logical and physical, is known not to carry the suffix. */
function namesLackSuffix(r: Resource): boolean {
  if (!definitelyLacksSuffix(r.name)) return false;
  return nameArgs(r).every((a) => {
    const v = r.args.props.get(a);
    return !v || v.kind === 'absent' || definitelyLacksSuffix(v);
  });
}

function hasPhysicalName(r: Resource): boolean {
  if (NOT_A_RESOURCE_NAME.has(r.type)) return false;
  return nameArgs(r).filter((a) => !a.endsWith('Prefix')).some((a) => {
    const v = r.args.props.get(a);
    return !!v && v.kind !== 'absent';
  });
}

/** Where the program reads its suffix, for the "read but never used" finding. */
function suffixSource(model: ResourceModel): { label: string; at: At } | undefined {
  const c = model.configReads.find((x) => SUFFIX_KEY.test(x.key.split(':').pop() ?? x.key));
  if (c) return { label: `config \`${c.key}\``, at: c.at };
  const e = model.envReads.find((x) => SUFFIX_KEY.test(x.name));
  if (e) return { label: `environment variable \`${e.name}\``, at: e.at };
  return undefined;
}

function missingPhysical(r: Resource): { arg: string; value: Value } | undefined {
  if (NOT_A_RESOURCE_NAME.has(r.type)) return undefined;
  for (const arg of nameArgs(r)) {
    // A prefix (`namePrefix`, `bucketPrefix`) gets a unique suffix from the provider: it cannot collide.
    if (arg.endsWith('Prefix')) continue;
    const v = r.args.props.get(arg);
    if (!v || v.kind === 'absent') continue;
    if (mandatedName(r, arg, v)) continue;
    if (definitelyLacksSuffix(v)) return { arg, value: v };
  }
  return undefined;
}
