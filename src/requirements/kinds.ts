// The requirement vocabulary: every kind a request (PROMPT.md) can state, with the failure class a
// violation maps to, the severity of that failure and the shape of its parameters. The parameter
// schemas are the single source of truth: the TypeScript types are inferred from them and the YAML
// reader validates edited specs against them, so the two cannot drift.

import type { Severity } from '../core/finding.js';
import type { FailureClass } from '../rules/classes.js';

type Scalar = 'number' | 'string' | 'boolean' | 'strings' | 'map';
/** A parameter: a scalar type or an enumeration of strings; optional unless `req`. */
export interface Field {
  readonly t: Scalar | readonly string[];
  readonly req?: true;
}

type TypeOf<T> = T extends 'number'
  ? number
  : T extends 'string'
    ? string
    : T extends 'boolean'
      ? boolean
      : T extends 'strings'
        ? string[]
        : T extends 'map'
          ? Record<string, string>
          : T extends readonly (infer E)[]
            ? E
            : never;

type ParamsFrom<S> = { -readonly [K in keyof S as S[K] extends { req: true } ? K : never]: S[K] extends Field ? TypeOf<S[K]['t']> : never } & {
  -readonly [K in keyof S as S[K] extends { req: true } ? never : K]?: S[K] extends Field ? TypeOf<S[K]['t']> : never;
};

const num = { t: 'number' } as const;
const reqNum = { t: 'number', req: true } as const;
const reqStr = { t: 'string', req: true } as const;
const reqStrs = { t: 'strings', req: true } as const;
const bool = { t: 'boolean' } as const;

const EVENT_SOURCES = ['s3', 'sqs', 'sns', 'dynamodb', 'kinesis', 'schedule', 'eventbridge', 'api-gateway', 'logs'] as const;
const EVENT_TARGETS = ['lambda', 'sqs', 'sns', 'step-functions'] as const;

const LANGUAGES = ['typescript', 'javascript', 'python', 'go', 'java', 'csharp', 'yaml'] as const;
const TOOLS = ['pulumi', 'cdk', 'cdktf', 'terraform', 'cloudformation'] as const;

interface KindSpec {
  readonly class: FailureClass;
  readonly severity: Severity;
  /** What the requirement asks, for docs and the YAML spec's comments. */
  readonly summary: string;
  /**
   * The title of a failure in a review: what is wrong, on what (placeholders as in a rule's `title`:
   * the parameters, the verdict's facts, `{{kinds}}`); per variant of the failure when they differ.
   */
  readonly title: string | Readonly<Record<string, string>>;
  /** Why it matters: what goes wrong in the program when the requirement is not met. */
  readonly why: string;
  /** How to make the program meet the requirement (placeholders: the requirement's parameters). */
  readonly fix: string;
  /** The fix for a way of failing that needs another one (a function that exists but does nothing). */
  readonly fixes?: Readonly<Record<string, string>>;
  readonly params: Readonly<Record<string, Field>>;
}

export const KINDS = {
  platform: {
    class: 'PLATFORM-WRONG-IAC',
    severity: 'critical',
    summary: 'the IaC tool and language the program must be written in',
    title: 'Not a[[ {{tool}}]][[ {{language}}]] program as requested',
    why: 'The request fixes the tool and language the stack is built and deployed with; a program in another one does not run in that toolchain, so nothing of it deploys as asked.',
    fix: 'Rewrite the program with the tool and language the request names; a program in another one cannot be deployed with the requested toolchain.',
    params: { tool: { t: TOOLS }, language: { t: LANGUAGES } },
  },
  'component-resource': {
    class: 'PULUMI-COMPONENT-PATTERN',
    severity: 'medium',
    summary: 'resources grouped in a Pulumi ComponentResource class (optionally of a given name); `reusable`: a component used more than once or nested in another, not one wrapper around the whole stack',
    title: { default: 'Resources not grouped in a[[ `{{className}}`]] ComponentResource as requested', reusable: 'No reusable component: one ComponentResource wraps the whole stack' },
    why: 'Without the component the resources are registered flat under the stack: the requested abstraction cannot be reused or instantiated per environment, and callers that expect the class cannot use it.',
    fix: 'Group the resources in a class that extends pulumi.ComponentResource (named as the request asks), create every child with `parent: this` (`parent=self` in Python) and call registerOutputs.',
    fixes: { reusable: 'Move the part the request wants reused (a function with its role and log group, an environment) into its own ComponentResource class with an args interface, and instantiate it once per function or environment from the stack.' },
    params: { className: { t: 'string' }, reusable: bool },
  },
  region: {
    class: 'REGION-CONFIG',
    severity: 'high',
    summary: 'the AWS region the stack deploys to',
    title: 'Stack not deployed to {{region}} as requested',
    why: 'The stack lands in another region than the request names: latency, data residency and any cross-region design built on that region are wrong, and resources that must live there (certificates, replicas) fail or end up elsewhere.',
    fix: 'Deploy to {{region}}: set `aws:region` in the stack configuration (Pulumi.<stack>.yaml) or pass an explicit aws.Provider with that region to every resource.',
    params: { region: reqStr },
  },
  'multi-region': {
    class: 'MULTI-REGION-DR',
    severity: 'high',
    summary: 'regions that must each receive resources (through providers)',
    title: { default: 'No resources deployed to {{missing|the requested regions}}', extra: 'Resources deployed to {{extra}}, a region the request does not name', single: 'Stack deploys to one region where several are requested' },
    why: 'A region the request names gets nothing, so the multi-region or disaster-recovery design has no presence there: when the primary region fails there is nothing to fail over to.',
    fix: 'Create one aws.Provider per requested region ({{regions}}) and pass it to the resources of that region through the `provider` option.',
    params: { regions: reqStrs },
  },
  'naming-pattern': {
    class: 'NAMING-CONVENTION',
    severity: 'low',
    summary: 'a physical-name pattern, for one resource type or for all resources',
    title: '{{counted|Resources}} not named `{{pattern}}` as requested',
    why: 'Resources outside the naming convention cannot be found, attributed or matched by the policies, dashboards and automation that rely on the pattern.',
    fix: 'Build each physical name from the requested pattern {{pattern}}, with the environment suffix from config.',
    params: { pattern: reqStr, resource: { t: 'string' } },
  },
  'environment-suffix': {
    class: 'NAME-ENV-SUFFIX',
    severity: 'high',
    summary: 'names carry an environment suffix read from config or the environment (the variable the request names)',
    title: 'Names lack the environment suffix[[ `{{variable}}`]] the request asks for',
    why: 'Without the suffix every deployment uses the same physical names, so a second environment or pull-request stack in the same account fails with "already exists".',
    fix: 'Read the suffix once from Pulumi config (or the environment variable the request names) and append it to every logical and physical name.',
    params: { variable: { t: 'string' } },
  },
  destroyable: {
    class: 'DESTROY-BLOCKERS',
    severity: 'medium',
    summary: 'no retain policies, no deletion protection, no final snapshots (and force-destroy buckets)',
    title: '`pulumi destroy` blocked by {{counted|resources}} although the stack must be destroyable',
    why: 'Retain policies, deletion protection and final snapshots make `pulumi destroy` fail or leave resources behind, so the environment cannot be torn down and redeployed as the request asks.',
    fix: 'Remove retain policies and deletion protection, skip final snapshots, and set force-destroy on buckets, so `pulumi destroy` removes the whole stack.',
    params: { forceDestroy: bool },
  },
  'log-retention': {
    class: 'LOG-RETENTION',
    severity: 'medium',
    summary: 'CloudWatch log groups keep logs a given number of days (or within a range)',
    title: { default: 'Logs kept[[ {{got}} days]] instead of the requested[[ {{days}} days]][[ minimum {{min}} days]][[ maximum {{max}} days]] on {{counted|log groups}}', forever: 'No log retention (logs kept forever) on {{counted|log groups}}, requested[[ {{days}} days]][[ minimum {{min}} days]][[ maximum {{max}} days]]', noGroup: 'No log group with the requested retention[[ of {{days}} days]]: AWS creates the groups, keeping logs forever' },
    why: 'Logs are kept for longer or shorter than the request allows: storage cost grows without bound, or logs needed for audits and incidents are deleted too early.',
    fix: 'Set the retention of every log group to the requested number of days, and create the log groups of Lambda functions yourself so their retention is set.',
    params: { days: num, min: num, max: num },
  },
  'service-logging': {
    class: 'LOGGING-AUDIT-MISSING',
    severity: 'medium',
    summary: 'a service writes its logs (access logs, log exports, build logs)',
    title: 'Logging not enabled on {{counted|the requested service}} as requested',
    why: 'The service writes no access or audit logs, so requests, errors and security events cannot be investigated after the fact.',
    fix: 'Turn on the logs the request asks for on that service (access logs, log exports or build logs) and send them to a log group or bucket the program creates.',
    params: { service: { t: ['api-gateway', 'alb', 'cloudfront', 's3', 'rds', 'codebuild', 'ecs', 'waf', 'eks'], req: true } },
  },
  'az-count': {
    class: 'HA-MULTI-AZ',
    severity: 'high',
    summary: 'subnets spread over a number of availability zones',
    title: 'Fewer than the requested {{count}} Availability Zones[[ used by {{counted}}]]',
    why: 'Subnets in fewer zones than asked for leave the workload without the requested redundancy: losing one zone takes out a larger share of it, or all of it.',
    fix: 'Spread the subnets over {{count}} availability zones: take the zones from aws.getAvailabilityZones() and create one subnet per zone and tier.',
    params: { count: reqNum },
  },
  'nat-gateways': {
    class: 'HA-MULTI-AZ',
    severity: 'medium',
    summary: 'one NAT gateway per AZ (HA-MULTI-AZ), or a single one or none (COST-OPTIMIZATION)',
    title: 'NAT gateways do not follow the requested `{{mode}}` layout',
    why: 'One NAT gateway for several zones is a single point of failure for private egress; extra gateways where one (or none) was asked for cost money every hour.',
    fix: 'Create the NAT gateways the request asks for (one per availability zone for high availability, or a single shared one to save cost) and route each private subnet to one.',
    params: { mode: { t: ['per-az', 'single', 'none'], req: true } },
  },
  'vpc-endpoints': {
    class: 'VPC-ENDPOINTS',
    severity: 'medium',
    summary: 'VPC endpoints for the named services (s3, dynamodb, secretsmanager, …)',
    title: { default: 'VPC endpoints missing for {{missing}}', none: 'No VPC endpoints[[ for {{services}}]] although the request asks for them' },
    why: 'Without the endpoints, traffic to those AWS services leaves through NAT or fails from isolated subnets, costing NAT data charges and breaking the private network design.',
    fix: 'Add a VPC endpoint for each requested service ({{services}}): gateway endpoints for S3 and DynamoDB on the route tables, interface endpoints in the private subnets for the others.',
    params: { services: { t: 'strings' } },
  },
  'traffic-shifting': {
    class: 'LB-HEALTHCHECK-TARGETS',
    severity: 'high',
    summary: 'weighted routing that shifts traffic between targets: weighted target groups on a load-balancer listener, or weighted DNS records (`via`), or either',
    title: { default: 'No weighted target groups on {{counted|the listener}}: all traffic goes to one target group', dns: 'No weighted routing on {{counted|the DNS records}}', none: 'No weighted routing although the request asks to shift traffic' },
    why: 'Without weights the cutover is all or nothing: traffic cannot be moved gradually to the new environment, nor a small share sent to it first and moved back within minutes when it misbehaves.',
    fix: 'Give the listener (or listener rule) a `forward` action with both target groups in `forward.targetGroups`, each with a `weight` (e.g. 100 and 0), and change the weights to shift traffic; for DNS cutover use Route 53 records with `weightedRoutingPolicies` and a `setIdentifier` each.',
    params: { via: { t: ['load-balancer', 'dns'] } },
  },
  cidr: {
    class: 'NETWORK-ROUTING-CIDR',
    severity: 'medium',
    summary: 'a CIDR block a VPC or subnet must use',
    title: '{{counted|Network}} not in the requested CIDR {{cidr}}',
    why: 'A different address range collides with the networks it must peer or connect with, or breaks the IP plan other teams rely on.',
    fix: 'Use the requested CIDR block {{cidr}} and carve the subnets out of it.',
    params: { cidr: reqStr, target: { t: ['vpc', 'subnet'], req: true } },
  },
  'lambda-runtime': {
    class: 'RUNTIME-DEPRECATED',
    severity: 'medium',
    summary: 'Lambda runtime identifier (e.g. python3.11), optionally "or newer"',
    title: '{{counted|Lambda functions}} on runtime {{got|other than requested}}, not the requested {{runtime}}',
    why: 'Functions run on another runtime than requested: the handler code may not load, and an older runtime loses security patches sooner.',
    fix: 'Set `runtime` on every function to {{runtime}} and keep the handler code compatible with it.',
    params: { runtime: reqStr, orNewer: bool },
  },
  'lambda-memory': {
    class: 'LAMBDA-SIZING',
    severity: 'medium',
    summary: 'Lambda memory in MB, exact or a range',
    title: '{{counted|Lambda functions}} with {{got}} MB of memory, not the requested[[ {{mb}} MB]][[ minimum {{min}} MB]][[ maximum {{max}} MB]]',
    why: 'Memory also sets the CPU share: too little slows or breaks the function, too much costs more on every invocation than the request budgets.',
    fix: 'Set `memorySize` on every function to the requested size.',
    params: { mb: num, min: num, max: num },
  },
  'lambda-timeout': {
    class: 'LAMBDA-SIZING',
    severity: 'medium',
    summary: 'Lambda timeout in seconds (exact, or an upper bound)',
    title: 'Lambda timeout {{got}} s instead of the requested {{seconds}} s[[ on {{counted}}]]',
    why: 'A longer timeout lets stuck invocations run and bill for longer; a shorter one cuts off work the request expects to finish.',
    fix: 'Set `timeout` on every function to the requested number of seconds.',
    params: { seconds: reqNum, atMost: bool },
  },
  'lambda-concurrency': {
    class: 'LAMBDA-SIZING',
    severity: 'medium',
    summary: 'reserved or provisioned concurrency (with an optional count), or none reserved',
    title: '{{counted|Lambda functions}} without the requested {{type}} concurrency[[ of {{count}}]]',
    why: 'Without the requested reserved or provisioned concurrency, functions are throttled under load or start cold; an unrequested reservation takes capacity from the rest of the account.',
    fix: 'Set the concurrency the request asks for: `reservedConcurrentExecutions` on the function, or a ProvisionedConcurrencyConfig on a published version or alias.',
    params: { type: { t: ['reserved', 'provisioned', 'none'], req: true }, count: num },
  },
  'lambda-architecture': {
    class: 'COST-OPTIMIZATION',
    severity: 'low',
    summary: 'Lambda instruction set architecture (arm64 for Graviton)',
    title: '{{counted|Lambda functions}} not on the requested {{arch}} architecture',
    why: 'Functions run on another instruction set than requested: compiled dependencies built for the requested one fail, and x86 costs more than Graviton.',
    fix: 'Set `architectures` on every function to [\"{{arch}}\"] and build the deployment package for that architecture.',
    params: { arch: { t: ['arm64', 'x86_64'], req: true } },
  },
  'lambda-snapstart': {
    class: 'LAMBDA-CONFIG-OTHER',
    severity: 'low',
    summary: 'Lambda SnapStart on published versions',
    title: 'SnapStart not enabled on {{counted|the Lambda functions}} as requested',
    why: 'Without SnapStart on published versions, Java functions pay their full initialisation on every cold start.',
    fix: 'Set `snapStart: { applyOn: \'PublishedVersions\' }` (`snap_start` in Python) and publish a version that callers invoke.',
    params: {},
  },  'lambda-vpc': {
    class: 'LAMBDA-CONFIG-OTHER',
    severity: 'medium',
    summary: 'Lambda functions attached to the VPC (subnets and security groups): every function when `all`, else at least one',
    title: '{{counted|Lambda functions}} not attached to the VPC as requested',
    why: 'Functions outside the VPC cannot reach private databases, caches or endpoints, and their traffic bypasses the network controls the request asks for.',
    fix: 'Give the functions a `vpcConfig` with the private subnets and a security group, and attach AWSLambdaVPCAccessExecutionRole to their role.',
    params: { all: bool },
  },

  'lambda-retries': {
    class: 'MESSAGING-DLQ-RETRY',
    severity: 'medium',
    summary: 'asynchronous invocation retry attempts of Lambda functions',
    title: 'Lambda retry attempts[[ {{got}}]] instead of the requested {{attempts}}',
    why: 'Asynchronous events are retried more or fewer times than requested: failures are duplicated, or events are dropped before they can succeed.',
    fix: 'Add an aws.lambda.FunctionEventInvokeConfig with the requested `maximumRetryAttempts` for each function.',
    params: { attempts: reqNum },
  },
  'dead-letter-queue': {
    class: 'MESSAGING-DLQ-RETRY',
    severity: 'medium',
    summary: 'dead-letter queues for Lambda functions or SQS queues (optional max receive count)',
    title: { default: 'No dead-letter queue on {{counted|the functions and queues}} as requested', receives: 'Dead-letter redrive after {{got}} receives instead of the requested {{maxReceiveCount}}[[ on {{counted}}]]' },
    why: 'Without a dead-letter queue, messages and events that keep failing are discarded after their last retry and cannot be inspected or replayed.',
    fix: 'Create a dead-letter queue and attach it (a redrive policy on the SQS queue, or `deadLetterConfig` on the function), with the requested maximum receive count.',
    params: { target: { t: ['lambda', 'sqs', 'any'], req: true }, maxReceiveCount: num },
  },
  'required-tags': {
    class: 'TAGGING',
    severity: 'medium',
    summary: 'tag keys (and values) every taggable resource carries; no keys: tags at all',
    title: { default: 'Tags {{missing/keys}} missing on {{counted|resources}}', untagged: 'No tags on {{counted|resources}} although the request asks for tags[[ {{keys}}]]', value: 'Tag {{tag}} is {{got}} instead of {{want}} on {{counted|resources}}' },
    why: 'Resources without the requested tags fall out of cost allocation, ownership reports and tag-based access policies and automation.',
    fix: 'Add the requested tags ({{keys}}) to every taggable resource, most simply through the provider\'s `defaultTags`.',
    params: { keys: reqStrs, values: { t: 'map' } },
  },
  'encryption-at-rest': {
    class: 'ENCRYPTION-AT-REST',
    severity: 'high',
    summary: 'data stores (all, or those in scope: s3, dynamodb, rds, efs, kinesis, elasticache, sqs, sns, logs, lambda, ebs) encrypted at rest, with customer-managed KMS keys when required',
    title: { default: '{{counted|Data stores}} encrypted with AWS-managed keys, not the requested customer-managed KMS key', unencrypted: '{{counted|Data stores}} not encrypted at rest as requested', noKey: 'No customer-managed KMS key created although the request asks for one' },
    why: 'Data stores without the requested encryption (or without a customer managed key) fail the compliance requirement, and their data, snapshots and backups are readable to anyone who obtains them.',
    fix: 'Turn on encryption at rest for each data store the request names, with a customer-managed KMS key where the request asks for one.',
    params: { customerManaged: { t: 'boolean', req: true }, scope: { t: 'strings' } },
  },
  'existing-kms-key': {
    class: 'ENCRYPTION-AT-REST',
    severity: 'high',
    summary: 'data encrypted with an existing KMS key the request names (an alias or key ARN), not with keys the program creates',
    title: 'Encryption not using the existing KMS key {{key}} as requested',
    why: 'Keys the program creates instead of the one the request provides are not under the key policy, rotation and audit the organisation set up for that key, and every service encrypted with them is outside that control.',
    fix: 'Use the existing key the request names ({{key}}): look it up with aws.kms.getKey or pass its ARN from config, and give it to every resource that encrypts; do not create a new key or alias of that name.',
    params: { key: reqStr },
  },
  'key-rotation': {
    class: 'KMS-KEY-ROTATION',
    severity: 'medium',
    summary: 'automatic rotation on KMS keys',
    title: 'KMS key rotation not enabled on {{counted|the KMS keys}} as requested',
    why: 'Without automatic rotation the same key material protects the data for the key\'s whole life, which the requested compliance controls do not allow.',
    fix: 'Set `enableKeyRotation: true` (`enable_key_rotation=True` in Python) on every KMS key.',
    params: {},
  },
  tls: {
    class: 'ENCRYPTION-IN-TRANSIT',
    severity: 'high',
    summary: 'HTTPS-only endpoints and/or a minimum TLS version (on load-balancers, cloudfront, caches, or all)',
    title: 'Encryption in transit not enforced on {{counted|the endpoints}}[[ (minimum TLS {{minVersion}})]] as requested',
    why: 'Endpoints that accept plain HTTP or old TLS versions expose credentials and data on the network, against the request\'s transport security requirement.',
    fix: 'Serve HTTPS only (redirect or refuse HTTP) and set the minimum TLS version the request names on every endpoint in scope.',
    params: { httpsOnly: bool, minVersion: { t: 'string' }, scope: { t: 'strings' } },
  },
  'public-access-block': {
    class: 'S3-PUBLIC-ACCESS',
    severity: 'high',
    summary: 'S3 public access blocked on every bucket',
    title: 'Public access not blocked on {{counted|the S3 buckets}} as requested',
    why: 'A bucket without its public access block can be made public by a later ACL or policy change, exposing its data to the internet.',
    fix: 'Add an aws.s3.BucketPublicAccessBlock with all four flags true for every bucket.',
    params: {},
  },
  'least-privilege': {
    class: 'IAM-WILDCARD-OVERBROAD',
    severity: 'high',
    summary: 'IAM policies without wildcard actions or administrator/full-access managed policies',
    title: 'IAM grant {{grant|wider than needed}} on {{counted|IAM resources}} despite the least-privilege request',
    why: 'Wildcard actions or full-access managed policies let a compromised workload act far beyond its job, up to controlling the account.',
    fix: 'Replace wildcard actions and full-access managed policies with the actions each role uses, on the ARNs of the resources it uses.',
    params: {},
  },  'iam-explicit-deny': {
    class: 'IAM-MISC',
    severity: 'medium',
    summary: 'IAM policies with explicit Deny statements (for destructive or sensitive actions)',
    title: 'No explicit Deny statement in {{counted|the IAM policies}} as requested',
    why: 'Without the requested explicit Deny, a permission granted elsewhere (a managed policy, a wider statement, a later change) can allow the destructive or sensitive actions the request meant to rule out.',
    fix: 'Add a statement with `Effect: Deny` for the destructive or sensitive actions the request names to the policies of the roles it concerns.',
    params: {},
  },
  'role-per-function': {
    class: 'IAM-MISC',
    severity: 'medium',
    summary: 'each Lambda function runs with its own IAM role (no role shared by several functions)',
    title: 'Lambda functions share one IAM role although the request asks for a role per function',
    why: 'A role shared by several functions holds the union of their permissions: each function can do what any of them needs, which is the over-broad access the request rules out, and one function cannot be changed without affecting the others.',
    fix: 'Create one aws.iam.Role per function (for example inside a component created per function) and grant each only the actions its function needs.',
    params: {},
  },
  'permissions-boundary': {
    class: 'IAM-MISC',
    severity: 'medium',
    summary: 'IAM roles created with a permissions boundary',
    title: '{{counted|IAM role}} without the requested permissions boundary',
    why: 'Without a permissions boundary a role (or anyone allowed to edit its policies) can be granted more than the organisation caps it at, which is what the boundary was asked for to prevent.',
    fix: 'Set `permissionsBoundary` (`permissions_boundary` in Python) on every role to the boundary policy ARN, read from configuration when the account provides it.',
    params: {},
  },
  'managed-policy': {
    class: 'IAM-MISC',
    severity: 'medium',
    summary: 'the AWS managed policies the request names attached to roles (AmazonSSMManagedInstanceCore, AWSLambdaBasicExecutionRole, …)',
    title: 'Managed polic{{s|y}} {{names}} not attached as requested',
    why: 'The permissions the managed policy carries (Session Manager access, log delivery, X-Ray writes, …) are missing, so the feature that depends on them fails at run time.',
    fix: 'Attach the policy with `aws.iam.RolePolicyAttachment` (or `managedPolicyArns`) using `arn:aws:iam::aws:policy/{{names}}`.',
    params: { names: reqStrs },
  },
  'iam-mfa': {
    class: 'IAM-MISC',
    severity: 'medium',
    summary: 'IAM policies that require multi-factor authentication (aws:MultiFactorAuthPresent / MultiFactorAuthAge conditions)',
    title: 'No IAM policy requires MFA as requested',
    why: 'Without an MFA condition a stolen access key or password is enough to use the permissions the request wanted protected by a second factor.',
    fix: 'Add a `Condition` with `"Bool": { "aws:MultiFactorAuthPresent": "true" }` (or a `NumericLessThan` on `aws:MultiFactorAuthAge`) to the role trust policy or the policies that grant the protected actions, or a Deny when MFA is absent.',
    params: {},
  },
  'managed-policies-only': {
    class: 'IAM-MISC',
    severity: 'medium',
    summary: 'no inline IAM policies (policies embedded in a role, user or group)',
    title: 'Inline policy on {{counted|IAM resources}} although the request allows managed policies only',
    why: 'Inline policies are embedded in one role, user or group: they cannot be reused, versioned or audited as managed policies, which the request asks for.',
    fix: 'Move inline policies into aws.iam.Policy resources and attach them with aws.iam.RolePolicyAttachment.',
    params: {},
  },

  imdsv2: {
    class: 'AUTOSCALING-COMPUTE',
    severity: 'medium',
    summary: 'EC2 instances and launch templates require IMDSv2 tokens',
    title: 'IMDSv2 not required on {{counted|the instances}} as requested',
    why: 'Instances that accept IMDSv1 let a server-side request forgery read their role\'s credentials from the metadata service.',
    fix: 'Set `metadataOptions: { httpTokens: \'required\' }` (`metadata_options` in Python) on every instance and launch template.',
    params: {},
  },
  'instance-type': {
    class: 'AUTOSCALING-COMPUTE',
    severity: 'medium',
    summary: 'EC2 instance types, RDS instance classes or cache node types',
    title: '{{counted|Instances}} not of the requested type {{types}}',
    why: 'Another instance type or class than requested changes capacity and cost: too small for the workload, or more expensive than budgeted.',
    fix: 'Use the requested instance type or class ({{types}}).',
    params: { types: reqStrs, target: { t: ['ec2', 'rds', 'cache'], req: true } },
  },
  'autoscaling-capacity': {
    class: 'AUTOSCALING-COMPUTE',
    severity: 'medium',
    summary: 'Auto Scaling group (or ECS service) minimum, maximum and desired capacity',
    title: 'Scaling capacity of {{counted|the group}} not the requested[[ min {{min}}]][[ max {{max}}]][[ desired {{desired}}]]',
    why: 'Other minimum, maximum or desired counts than requested leave the service under-provisioned at peak or paying for idle capacity.',
    fix: 'Set the minimum, maximum and desired capacity to the values the request names.',
    params: { min: num, max: num, desired: num },
  },
  pitr: {
    class: 'DB-BACKUP-PITR',
    severity: 'medium',
    summary: 'point-in-time recovery on DynamoDB tables',
    title: 'Point-in-time recovery not enabled on {{counted|the DynamoDB tables}} as requested',
    why: 'Without point-in-time recovery a bad write or delete on the table cannot be rolled back.',
    fix: 'Set `pointInTimeRecovery: { enabled: true }` (`point_in_time_recovery` in Python) on every DynamoDB table.',
    params: {},
  },
  'backup-retention': {
    class: 'DB-BACKUP-PITR',
    severity: 'medium',
    summary: 'database backups kept at least a number of days',
    title: 'Backups of {{counted|the databases}} kept less than the requested {{days}} days',
    why: 'Backups expire earlier than the request requires, so a database cannot be restored to a point inside the required window.',
    fix: 'Set `backupRetentionPeriod` (`backup_retention_period` in Python) to at least {{days}} days on every database.',
    params: { days: reqNum },
  },
  'multi-az-db': {
    class: 'HA-MULTI-AZ',
    severity: 'high',
    summary: 'databases deployed Multi-AZ',
    title: '{{counted|Database}} not Multi-AZ as requested',
    why: 'A single-AZ database has no standby: a zone outage or instance failure takes it down until it is restored, against the requested availability.',
    fix: 'Set `multiAz: true` (`multi_az=True` in Python) on every database instance, or run Aurora with instances in two or more zones.',
    params: {},
  },
  'deletion-protection': {
    class: 'DB-CONFIG',
    severity: 'medium',
    summary: 'deletion protection on the stores the request names (rds, dynamodb, lb; all of them when no scope)',
    title: 'Deletion protection not enabled on {{counted|the databases}} as requested',
    why: 'Without deletion protection a mistaken `pulumi destroy`, a replacement or a console click deletes the database and its data at once.',
    fix: 'Set `deletionProtection: true` (`deletion_protection=True` in Python) on the RDS instances and clusters, `deletionProtectionEnabled` on DynamoDB tables and `enableDeletionProtection` on load balancers the request names (from configuration when only production needs it).',
    params: { scope: { t: 'strings' } },
  },
  'db-engine': {
    class: 'DB-CONFIG',
    severity: 'high',
    summary: 'database engine (postgres, mysql, aurora-mysql, aurora-postgresql, redis, …)',
    title: '{{counted|Database}} not running the requested engine {{engine}}',
    why: 'Another engine than requested breaks the application\'s drivers, queries and migrations.',
    fix: 'Create the database with the {{engine}} engine.',
    params: { engine: reqStr },
  },
  'db-engine-version': {
    class: 'RDS-ENGINE-VERSION',
    severity: 'medium',
    summary: 'database engine major (or full) version',
    title: '{{counted|Database}} not on the requested[[ {{engine}}]] version {{version}}',
    why: 'Another major version than requested can break application compatibility and moves the database onto another support timeline.',
    fix: 'Set the engine version to the requested {{version}}, with a parameter group family that matches it.',
    params: { engine: reqStr, version: reqStr },
  },
  'backup-window': {
    class: 'DB-BACKUP-PITR',
    severity: 'low',
    summary: 'databases set their preferred backup (and maintenance) window',
    title: 'No backup window set on {{counted|the databases}} as requested',
    why: 'Without a set window AWS picks one at random, so backups and maintenance can run during peak hours.',
    fix: 'Set the preferred backup window (and maintenance window) on every database, outside each other and outside peak hours.',
    params: {},
  },
  'db-parameters': {
    class: 'DB-CONFIG',
    severity: 'medium',
    summary: 'database parameter group settings the request names (max_connections, …)',
    title: 'Database parameters {{names}} not set as requested',
    why: 'The database runs with the engine defaults instead of the requested settings (connections, logging, timeouts), so it behaves differently from what was asked.',
    fix: 'Create a parameter group with the settings the request names ({{names}}) and attach it to the database.',
    params: { names: reqStrs },
  },
  'db-monitoring': {
    class: 'MONITORING-MISSING',
    severity: 'medium',
    summary: 'RDS enhanced monitoring and/or Performance Insights',
    title: 'Database monitoring not enabled on {{counted|the databases}} as requested',
    why: 'Without enhanced monitoring or Performance Insights, OS-level metrics and slow queries cannot be seen when the database degrades.',
    fix: 'Turn on enhanced monitoring (a monitoring interval and role) and Performance Insights on the database instances, as the request asks.',
    params: { enhanced: bool, performanceInsights: bool },
  },
  'container-insights': {
    class: 'MONITORING-MISSING',
    severity: 'medium',
    summary: 'CloudWatch Container Insights on the ECS clusters',
    title: 'Container Insights not enabled on {{counted|the ECS clusters}} as requested',
    why: 'Without Container Insights the cluster reports no per-task and per-service CPU, memory and network metrics, so the dashboards and alarms the request expects have nothing to show when containers degrade.',
    fix: "Enable Container Insights on every ECS cluster: `settings: [{ name: 'containerInsights', value: 'enabled' }]` (`settings=[{\"name\": \"containerInsights\", \"value\": \"enabled\"}]` in Python).",
    params: {},
  },
  'dynamodb-billing': {
    class: 'DB-CONFIG',
    severity: 'medium',
    summary: 'DynamoDB billing mode',
    title: '{{counted|DynamoDB tables}} not billed {{mode}} as requested',
    why: 'The other billing mode throttles requests above the provisioned capacity, or costs more than requested for steady traffic.',
    fix: 'Set `billingMode` (`billing_mode` in Python) to {{mode}}.',
    params: { mode: { t: ['PAY_PER_REQUEST', 'PROVISIONED'], req: true } },
  },
  'dynamodb-keys': {
    class: 'DB-CONFIG',
    severity: 'high',
    summary: 'DynamoDB partition (and sort) key names',
    title: '{{counted|DynamoDB tables}} not keyed by {{hashKey}}[[/{{rangeKey}}]] as requested',
    why: 'Another partition or sort key than requested breaks every query the application makes, and the key schema cannot change without replacing the table.',
    fix: 'Define the table\'s hash key (and range key) with the attribute names the request gives.',
    params: { hashKey: reqStr, rangeKey: { t: 'string' } },
  },  'dynamodb-gsi': {
    class: 'DB-CONFIG',
    severity: 'medium',
    summary: 'a global secondary index on a DynamoDB table (of a given name, or keyed by a given attribute)',
    title: 'Global secondary index[[ {{name}}]][[ on {{key}}]] missing on {{counted|the DynamoDB tables}}',
    why: 'Without the global secondary index, the access pattern it serves needs full table scans or does not work.',
    fix: 'Add the requested global secondary index to the table, with its key attribute declared in `attributes`.',
    params: { name: { t: 'string' }, key: { t: 'string' } },
  },
  'dynamodb-ttl': {
    class: 'DB-CONFIG',
    severity: 'medium',
    summary: 'time to live on a DynamoDB table (on a given attribute)',
    title: 'Time to live[[ on {{attribute}}]] not enabled on {{counted|the DynamoDB tables}} as requested',
    why: 'Without time to live, expired items are never deleted: the table and its cost keep growing.',
    fix: 'Add `ttl: { attributeName: ..., enabled: true }` to the table with the requested attribute.',
    params: { attribute: { t: 'string' } },
  },
  'dynamodb-streams': {
    class: 'DB-CONFIG',
    severity: 'medium',
    summary: 'a stream on a DynamoDB table (with a given view type)',
    title: 'Stream[[ ({{viewType}})]] not enabled on {{counted|the DynamoDB tables}} as requested',
    why: 'Without the requested stream (or view type), consumers of table changes get no events or lack the images they need.',
    fix: 'Set `streamEnabled: true` and the requested `streamViewType` on the table.',
    params: { viewType: { t: ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'] } },
  },
  'db-snapshot-restore': {
    class: 'REQ-MISSING-RESOURCE',
    severity: 'high',
    summary: 'databases created from (restored or imported from) a snapshot',
    title: '{{counted|Databases}} not restored from a snapshot as requested',
    why: 'A database created empty instead of from the snapshot holds none of the data the request moves over: the application starts without its data.',
    fix: 'Create the database from the snapshot: set `snapshotIdentifier` (`snapshot_identifier` in Python) on the RDS instance or cluster, read from config.',
    params: {},
  },
  replication: {
    class: 'MULTI-REGION-DR',
    severity: 'high',
    summary: 'data replicated elsewhere: S3 replication, DynamoDB global tables, RDS or Aurora cross-region replicas',
    title: '{{counted|Data}} not replicated[[ {{scope}}]] as requested',
    why: 'Data is kept in one place only, so a regional outage or account compromise loses it, against the requested disaster-recovery design.',
    fix: 'Set up the requested replication (S3 replication configuration with versioning on both buckets, DynamoDB replicas, or a cross-region database replica).',
    params: { service: { t: ['s3', 'dynamodb', 'rds'], req: true }, scope: { t: ['cross-region', 'cross-account', 'any'] } },
  },

  versioning: {
    class: 'STORAGE-VERSIONING-LIFECYCLE',
    severity: 'medium',
    summary: 'S3 bucket versioning (on every bucket when `all`)',
    title: 'Object versioning not enabled on {{counted|the S3 buckets}} as requested',
    why: 'Without versioning an overwrite or delete destroys the only copy of an object.',
    fix: 'Turn on versioning (aws.s3.BucketVersioning with status Enabled) for the buckets the request names.',
    params: { all: bool },
  },
  lifecycle: {
    class: 'STORAGE-VERSIONING-LIFECYCLE',
    severity: 'medium',
    summary: 'S3 lifecycle rule that transitions or expires objects (after a number of days, when given)',
    title: 'No lifecycle rule[[ after {{days}} days]] on {{counted|the S3 buckets}} as requested',
    why: 'Without the lifecycle rule objects are never transitioned or expired, so storage cost keeps growing.',
    fix: 'Add an aws.s3.BucketLifecycleConfiguration rule that transitions or expires objects after the requested number of days.',
    params: { days: num, action: { t: ['transition', 'expiration'] }, storageClass: { t: 'string' } },
  },
  xray: {
    class: 'TRACING-XRAY',
    severity: 'medium',
    summary: 'X-Ray active tracing on Lambda functions and API Gateway stages',
    title: 'X-Ray tracing not enabled on {{counted|the functions and APIs}} as requested',
    why: 'Without active tracing, requests cannot be followed across API Gateway and Lambda when latency or errors need to be diagnosed.',
    fix: 'Set `tracingConfig: { mode: \'Active\' }` on the functions and `xrayTracingEnabled: true` on the API stages, and grant the X-Ray write permissions.',
    params: { services: { t: 'strings' } },
  },  'alarm-metrics': {
    class: 'MONITORING-MISSING',
    severity: 'medium',
    summary: 'CloudWatch alarms on the metrics the request names (cpu, memory, storage, errors, throttles, latency, 4xx, 5xx, connections, replication-lag, queue-depth, health-checks, unhealthy-hosts, iterator-age, concurrency)',
    title: 'No CloudWatch alarm on {{missing/metrics}} as requested',
    why: 'Nothing alarms on the metrics the request names, so failures, saturation or throttling go unnoticed until users report them.',
    fix: 'Create a CloudWatch metric alarm for each requested metric ({{metrics}}), on the resource that publishes it, with an SNS topic as its action.',
    params: { metrics: reqStrs },
  },
  'alarm-error-rate': {
    class: 'MONITORING-MISCONFIG',
    severity: 'medium',
    summary: 'alarms on an error rate (errors as a percentage of requests), not on an error count',
    title: 'Alarm on an error count, not the requested {{percent}}% error rate[[ on {{counted}}]]',
    why: 'An alarm on a raw error count fires on busy days and stays silent on quiet ones; the requested percentage tracks failures relative to traffic.',
    fix: 'Alarm on errors divided by invocations or requests (a metric math expression), not on the raw error count.',
    params: { percent: reqNum, service: { t: ['lambda', 'api-gateway', 'alb'] } },
  },

  'secrets-manager': {
    class: 'SECRETS-MGMT',
    severity: 'high',
    summary: 'secrets stored in Secrets Manager, optionally rotated every N days; with `database`, the database master password comes from it (or RDS manages it)',
    title: {
      default: 'Secrets not kept in Secrets Manager as requested',
      none: 'No Secrets Manager secret although the request asks for one',
      noRotation: 'Secrets Manager secrets never rotate although the request asks for rotation',
      days: 'Secrets rotate every {{got}} days, not the requested {{rotationDays}}',
      password: 'Database password {{source}} instead of Secrets Manager',
    },
    why: 'Secrets kept elsewhere (or never rotated) are exposed in code, state or configuration, and cannot be rotated as the request requires.',
    fix: 'Store the secret in aws.secretsmanager.Secret (generated, never in the code) and turn on rotation when the request asks for it.',
    params: { rotation: bool, rotationDays: num, database: bool },
  },
  'ssm-parameter': {
    class: 'SECRETS-MGMT',
    severity: 'medium',
    summary: 'SSM Parameter Store parameters (SecureString when `secure`)',
    title: { default: 'SSM parameters are not SecureString as requested', none: 'No SSM Parameter Store parameters although the request asks for them' },
    why: 'Settings the request puts in Parameter Store (encrypted when secure) are missing or stored in clear text, so consumers cannot read them as designed.',
    fix: 'Store the value in an aws.ssm.Parameter, of type SecureString for anything sensitive.',
    params: { secure: bool },
  },
  'env-vars': {
    class: 'CONFIG-PARAMETERIZATION',
    severity: 'high',
    summary: 'environment variable names functions/containers/builds must receive',
    title: '{{missing/names}} not set in any function, container or build environment',
    why: 'The functions, containers or builds do not receive the variables the request names, so their code fails to find its configuration at run time.',
    fix: 'Pass the requested variables ({{names}}) in the `environment` of every function, container or build that needs them.',
    params: { names: reqStrs },
  },  'config-keys': {
    class: 'CONFIG-PARAMETERIZATION',
    severity: 'medium',
    summary: 'Pulumi config keys the program reads (no keys: settings come from Pulumi config at all; `settings`: more than the environment name); `optional` keys have a default and must not be required',
    title: { default: 'Config keys {{missing}} never read from Pulumi config', required: 'Config key {{key}} required although the request makes it optional', settings: 'Settings written into the code: only the environment name is read from Pulumi config' },
    why: 'Settings are written into the code instead of read from Pulumi config (or a key meant to be optional is required), so the stack cannot be configured per environment.',
    fix: 'Read the requested settings ({{keys}}) from Pulumi config (`config.get` with a default for the optional ones, `config.require` for the rest).',
    params: { keys: { t: 'strings' }, optional: { t: 'strings' }, settings: bool },
  },

  'stack-outputs': {
    class: 'PULUMI-STACK-EXPORTS',
    severity: 'medium',
    summary: 'stack outputs the program must export, as described in the request',
    title: { default: 'No stack output for {{missing}}', none: 'No stack outputs exported although the request asks for them' },
    why: 'The values the request asks to export are not in `pulumi stack output`, so users, tests and other stacks cannot find the endpoints and names they need.',
    fix: 'Export the requested values from the entry point (`export const` in TypeScript, `pulumi.export` in Python).',
    params: { outputs: reqStrs },
  },
  'pipeline-stages': {
    class: 'CICD-PIPELINE',
    severity: 'medium',
    summary: 'CodePipeline stage names (and/or their number)',
    title: 'CodePipeline stages not the requested[[ {{stages}}]][[ ({{count}} stages)]]',
    why: 'A pipeline without the requested stages skips steps (tests, approval, deployment) the delivery process depends on.',
    fix: 'Give the pipeline the stages the request names, in that order.',
    params: { stages: reqStrs, count: num },
  },  'event-wiring': {
    class: 'EVENT-WIRING',
    severity: 'high',
    summary: 'an event source connected to the target the request names (S3 → Lambda, schedule → Lambda, SNS → SQS, queue or stream → Lambda, …)',
    title: '{{source}} events not delivered to the {{target}} target as requested',
    why: 'The source never delivers events to the target the request names, so the processing it should trigger never runs.',
    fix: 'Connect {{source}} to {{target}}: the event source (notification, rule, subscription or event source mapping) plus the permission that lets it invoke the target.',
    params: { source: { t: EVENT_SOURCES, req: true }, target: { t: EVENT_TARGETS, req: true } },
  },
  'api-type': {
    class: 'API-GATEWAY-CONFIG',
    severity: 'medium',
    summary: 'the kind of API Gateway API: REST (API Gateway v1), HTTP or WebSocket (v2)',
    title: 'API Gateway API not a {{type}} API as requested',
    why: 'Another API type than requested changes the features (authorizers, usage plans, WebSocket routes), URL and cost that clients expect.',
    fix: 'Create the {{type}} API the request asks for (aws.apigateway for REST, aws.apigatewayv2 for HTTP and WebSocket).',
    params: { type: { t: ['rest', 'http', 'websocket'], req: true } },
  },

  'required-service': {
    class: 'REQ-MISSING-RESOURCE',
    severity: 'high',
    summary: 'a service (resource types of the service catalogue) that must be created',
    title: { default: 'Requested but not created: {{what/service}}', placeholder: 'Placeholder code in {{counted|the Lambda function}}: it does none of the requested work' },
    why: 'A service the request requires is missing from the program (or, for a function, its code does nothing), so the part of the system it provides does not exist or does not work after deployment.',
    fix: 'Create the {{service}} resources the request asks for and wire them to the rest of the stack.',
    fixes: { placeholder: 'Write the handler code that does what the request asks (the AWS calls, with the names and ARNs passed in as environment variables), or package the code that does it; a function that only returns a constant does nothing when it runs.' },
    params: { service: reqStr },
  },
  'forbidden-service': {
    class: 'REQ-SCOPE-CREEP',
    severity: 'high',
    summary: 'a service the request forbids creating',
    title: 'Created although the request excludes it: {{what/service}}',
    why: 'The program creates a service the request excludes, adding cost, attack surface and scope that were not asked for.',
    fix: 'Remove the {{service}} resources: the request rules that service out.',
    params: { service: reqStr },
  },
} as const satisfies Record<string, KindSpec>;

export type RequirementKind = keyof typeof KINDS;
export type ParamsOf<K extends RequirementKind> = ParamsFrom<(typeof KINDS)[K]['params']>;

export const KIND_NAMES = Object.keys(KINDS) as RequirementKind[];

export function isKind(s: string): s is RequirementKind {
  return Object.hasOwn(KINDS, s);
}
