import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/requirements/extract.js';
import type { RequirementKind } from '../../src/requirements/kinds.js';

/** Requirements of one kind read from a request. */
function found(markdown: string, kind: RequirementKind) {
  return extractRequirements(markdown).filter((r) => r.kind === kind);
}

// One or more phrasings per kind, as requests in the corpus write them, with the parameters expected.
const CASES: [RequirementKind, string, Record<string, unknown>][] = [
  ['platform', 'Create the infrastructure using **Pulumi with TypeScript**.', { tool: 'pulumi', language: 'typescript' }],
  ['platform', "I've been asked to create this in Python using Pulumi.", { tool: 'pulumi', language: 'python' }],
  ['platform', '## Platform & Language\n\n- **Platform**: Pulumi\n- **Language**: TypeScript', { tool: 'pulumi', language: 'typescript' }],
  ['component-resource', '- Must be implemented as a proper Pulumi `ComponentResource` with `TapStackArgs` class', { className: 'TapStack' }],
  ['region', '- Deploy to **us-east-1** region', { region: 'us-east-1' }],
  ['region', '## Target Region\n\nDeploy all resources to: **eu-west-2**', { region: 'eu-west-2' }],
  ['region', 'Migrate the platform from us-east-1 to eu-west-1 for GDPR compliance.', { region: 'eu-west-1' }],
  ['multi-region', 'The architecture spans us-east-1 as the primary region and us-west-2 as the disaster recovery region.', { regions: ['us-east-1', 'us-west-2'] }],
  ['naming-pattern', '- Follow naming convention: `{resource-type}-${environmentSuffix}`', { pattern: '{resource-type}-${environmentSuffix}' }],
  ['naming-pattern', '- All resources must use unique naming:\n  - S3 bucket: `uploads-{environment}-{timestamp}`', { pattern: 'uploads-{environment}-{timestamp}', resource: 's3-bucket' }],
  ['environment-suffix', '- Resource names must include **environmentSuffix** for uniqueness', {}],
  ['environment-suffix', '- `environment`: String suffix to be appended to all resource names.', { variable: 'environment' }],
  ['destroyable', '- All resources must be destroyable (no Retain policies, no DeletionProtection)', {}],
  ['destroyable', '- S3 buckets with force destroy enabled', { forceDestroy: true }],
  ['log-retention', '- Configure 30-day retention for all log groups', { days: 30 }],
  ['log-retention', '- CloudWatch log retention (7-14 days)', { min: 7, max: 14 }],
  ['log-retention', '- Implement CloudWatch Log Groups with 7-year retention for ECS tasks', { days: 2557 }],
  ['service-logging', '- Deploy a **CloudFront distribution** with **logging enabled**.', { service: 'cloudfront' }],
  ['service-logging', '- Enable CloudWatch Logs for CodeBuild project', { service: 'codebuild' }],
  ['az-count', 'Blue-green infrastructure deployed in us-east-1 across 3 availability zones.', { count: 3 }],
  ['az-count', '- Two public subnets: `10.0.1.0/24` and `10.0.2.0/24`, which needs to be split across AZs', { count: 2 }],
  ['nat-gateways', '- NAT Gateways (one per AZ) for centralized internet egress', { mode: 'per-az' }],
  ['traffic-shifting', '2. Create an Application Load Balancer with weighted target groups for traffic shifting', { via: 'load-balancer' }],
  ['traffic-shifting', '- Route53 weighted routing for blue-green cutover', { via: 'dns' }],
  ['traffic-shifting', '- Use a canary deployment that shifts 10% of traffic first', {}],
  ['nat-gateways', '- Create single NAT Gateway in first public subnet for cost optimization', { mode: 'single' }],
  ['nat-gateways', '- Use VPC Endpoints for S3 and DynamoDB (avoid NAT Gateway costs)', { mode: 'none' }],
  ['vpc-endpoints', '- Set up VPC endpoints for S3 and DynamoDB to keep traffic within AWS network.', { services: ['s3', 'dynamodb'] }],
  ['vpc-endpoints', '- Deploy VPC Endpoints in each VPC for AWS Systems Manager:\n  - ssm endpoint\n  - ssmmessages endpoint', { services: ['ssm', 'ssmmessages'] }],
  ['cidr', '- Create shared VPC with CIDR 10.0.0.0/16', { cidr: '10.0.0.0/16', target: 'vpc' }],
  ['cidr', '- Subnet 1: 10.0.1.0/24 in us-east-1a', { cidr: '10.0.1.0/24', target: 'subnet' }],
  ['lambda-runtime', '- Both functions must use Python 3.11 runtime', { runtime: 'python3.11' }],
  ['lambda-runtime', '- Lambda runtime: Node.js 18.x or higher (AWS SDK v3 available by default)', { runtime: 'nodejs18.x', orNewer: true }],
  ['lambda-memory', '- Lambda functions must use Python 3.11 runtime with 3GB memory allocation', { mb: 3072 }],
  ['lambda-memory', '- All Lambda functions must have appropriate memory settings (512MB-1024MB based on metrics)', { min: 512, max: 1024 }],
  ['lambda-timeout', '- Lambda timeout: 300 seconds', { seconds: 300 }],
  ['lambda-timeout', 'A Lambda function that processes files and times out after 3 minutes.', { seconds: 180 }],
  ['lambda-concurrency', '- Configure Lambda functions with reserved concurrent executions of 50', { type: 'reserved', count: 50 }],
  ['lambda-concurrency', '- Implement provisioned concurrency for critical Lambda functions', { type: 'provisioned' }],
  ['lambda-concurrency', '- Lambda functions should use default concurrency (no reserved executions) due to account limits', { type: 'none' }],
  ['lambda-architecture', '- All Lambda functions must use Python 3.11 runtime with arm64 architecture', { arch: 'arm64' }],
  ['lambda-snapstart', 'Include AWS Lambda Snapstart for reduced cold starts.', {}],
  ['lambda-retries', '- A Lambda function equipped with error handling that retries up to 2 times', { attempts: 2 }],
  ['dead-letter-queue', '- Configure dead letter queues for each primary SQS queue with max receive count of 3', { target: 'sqs', maxReceiveCount: 3 }],
  ['dead-letter-queue', '- Add dead letter queues to Lambda functions that currently fail silently', { target: 'lambda' }],
  ['required-tags', '- All resources must be tagged with Environment, CostCenter, and MigrationPhase tags', { keys: ['Environment', 'CostCenter', 'MigrationPhase'] }],
  ['required-tags', "- Apply consistent tagging to all resources: tenant_id, environment='production', cost_center='platform'", { keys: ['tenant_id', 'environment', 'cost_center'], values: { environment: 'production', cost_center: 'platform' } }],
  ['required-tags', '- All resources should be tagged with:\n  - Environment: production\n  - ManagedBy: pulumi', { keys: ['Environment', 'ManagedBy'], values: { Environment: 'production', ManagedBy: 'pulumi' } }],
  ['encryption-at-rest', '- All data must be encrypted at rest using AWS KMS customer-managed keys', { customerManaged: true }],
  ['encryption-at-rest', '- Create an S3 bucket with server-side encryption using AWS-managed keys.', { customerManaged: false, scope: ['s3'] }],
  ['key-rotation', '- KMS key rotation enabled automatically', {}],
  ['tls', '- All data in transit must use TLS 1.2 or higher', { minVersion: '1.2' }],
  ['tls', '- For CloudFront, they want all HTTP traffic redirected to HTTPS.', { httpsOnly: true }],
  ['public-access-block', '- **S3 Security**: Public access must be completely blocked using `BucketPublicAccessBlock`.', {}],
  ['least-privilege', '- No wildcard actions allowed in IAM policies', {}],
  ['imdsv2', '- EC2 instances must enforce IMDSv2', {}],
  ['instance-type', '- Deploy the application on **EC2 instances of type `t3.micro`**.', { types: ['t3.micro'], target: 'ec2' }],
  ['instance-type', '- Use db.t3.medium instance class with 100GB allocated storage', { types: ['db.t3.medium'], target: 'rds' }],
  ['autoscaling-capacity', '- EC2 instances must be managed within an Auto Scaling Group configured to scale between 1 and 3 instances.', { min: 1, max: 3 }],
  ['autoscaling-capacity', '- Each service scales from min: 2 to max: 10 tasks', { min: 2, max: 10 }],
  ['pitr', '- Enable point-in-time recovery for data protection', {}],
  ['backup-retention', '- Enable automated backups with 7-day retention period', { days: 7 }],
  ['backup-window', '- Configure backup windows during low-traffic periods.', {}],
  ['multi-az-db', '- Deploy RDS MySQL 8.0 instance in Multi-AZ configuration for high availability', {}],
  ['db-engine', 'Uses RDS Aurora MySQL 8.0 for transaction data.', { engine: 'aurora-mysql' }],
  ['db-engine-version', 'We need RDS PostgreSQL 15.x instances with cross-region read replicas.', { engine: 'postgres', version: '15' }],
  ['db-parameters', '5. **Database Parameter Groups**: Configure parameter groups. Set appropriate values for max_connections, shared_buffers, and replication-specific parameters like max_wal_senders.', { names: ['max_connections', 'shared_buffers', 'max_wal_senders'] }],
  ['db-monitoring', '- Set up roles for RDS enhanced monitoring and CloudWatch logging.', { enhanced: true }],
  ['dynamodb-billing', '- DynamoDB tables must use on-demand billing mode', { mode: 'PAY_PER_REQUEST' }],
  ['dynamodb-keys', "- Use 'transactionId' as the partition key (string type)", { hashKey: 'transactionId' }],
  ['dynamodb-keys', '4. DynamoDB table with device_id as partition key and timestamp as sort key', { hashKey: 'device_id', rangeKey: 'timestamp' }],
  ['versioning', '- All S3 buckets must have versioning enabled and block public access', { all: true }],
  ['lifecycle', '- Lifecycle policy: Transition to Glacier after 30 days', { days: 30, action: 'transition', storageClass: 'GLACIER' }],
  ['lifecycle', '- Set lifecycle policy to delete objects after 30 days', { days: 30, action: 'expiration' }],
  ['xray', '- Enable X-Ray tracing on all Lambda functions and API Gateway.', { services: ['lambda', 'api-gateway'] }],
  ['secrets-manager', '- Implement automatic credential rotation with 30-day rotation schedule', { rotation: true, rotationDays: 30 }],
  ['secrets-manager', '- Store application secrets in **AWS Secrets Manager**.', {}],
  ['ssm-parameter', '- Store Pulumi access token in Parameter Store as SecureString type', { secure: true }],
  ['env-vars', '- Lambda environment variables must include TENANT_ID and TENANT_SUBNET', { names: ['TENANT_ID', 'TENANT_SUBNET'] }],
  ['env-vars', '- **Environment Variables**:\n  - `PROCESSING_MODE`: Controls processing behavior', { names: ['PROCESSING_MODE'] }],
  ['stack-outputs', '- Stack outputs include: API Gateway endpoint URL, S3 bucket name, and DynamoDB table ARN', { outputs: ['API Gateway endpoint URL', 'S3 bucket name', 'DynamoDB table ARN'] }],
  ['pipeline-stages', '- Create pipeline with exactly 3 stages: Source, Build, and Deploy', { stages: ['Source', 'Build', 'Deploy'], count: 3 }],
  ['required-service', '- Set up CloudWatch alarms for database connection counts and response times', { service: 'cloudwatch-alarm' }],
  ['required-service', '- Add email subscription to the topic', { service: 'sns-email-subscription' }],
  ['required-service', '- Use **AWS Lambda** for serverless compute', { service: 'lambda' }],
  ['forbidden-service', '- **CRITICAL**: Do NOT create GuardDuty detectors in code', { service: 'guardduty' }],
  ['forbidden-service', '### Out of scope\n\n- No CloudFront in this solution.', { service: 'cloudfront' }],
  ['forbidden-service', '- No Internet Gateway (IGW) - all outbound traffic through VPC endpoints', { service: 'internet-gateway' }],
  ['forbidden-service', '- Custom VPC configuration is out of scope for this cost optimization focused project', { service: 'vpc' }],
  ['required-service', '- Configure listener rules for path-based routing', { service: 'listener-rule' }],
  ['required-service', '- Deploy API Gateway endpoints in both regions with custom domain names.', { service: 'api-custom-domain' }],
  ['required-service', '- Implement stack references for multi-stack deployments', { service: 'stack-reference' }],
  ['required-service', '- ECS Fargate service with minimum 2 tasks for high availability', { service: 'ecs-service' }],
  ['lambda-vpc', '- Deploy all Lambda functions within a VPC using private subnets only', { all: true }],
  ['lambda-vpc', '- Create a Lambda function for rotation logic (must run in **private subnet**)', {}],
  ['managed-policies-only', '- IAM roles must follow least privilege with no inline policies allowed', {}],
  ['dynamodb-streams', '- DynamoDB Streams enabled with NEW_AND_OLD_IMAGES view type', { viewType: 'NEW_AND_OLD_IMAGES' }],
  ['dynamodb-ttl', "- TTL enabled on 'expiry' attribute in DynamoDB table", { attribute: 'expiry' }],
  ['dynamodb-gsi', '- **DynamoDB table**:\n  - Global Secondary Index: `category-index` for category-based queries', { name: 'category-index' }],
  ['replication', '- Configure DynamoDB global tables for multi-region replication of scoring rules', { service: 'dynamodb', scope: 'cross-region' }],
  ['replication', 'Think database snapshot imports, cross-account S3 replication, and proper network segmentation.', { service: 's3', scope: 'cross-account' }],
  ['replication', '- Cross-region RDS read replica (to be promoted)', { service: 'rds', scope: 'cross-region' }],
  ['db-snapshot-restore', '- Restore database from snapshot to new RDS instance', {}],
  ['iam-explicit-deny', '- Include explicit deny statements for destructive actions', {}],
  ['iam-explicit-deny', '- IAM roles must follow least privilege principle with explicit deny statements for sensitive actions', {}],
  ['existing-kms-key', '- Encrypted at rest with the KMS key identified by `alias/nova-web-kms`', { key: 'alias/nova-web-kms' }],
  ['existing-kms-key', '- Encrypt every bucket with the provided KMS key arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', { key: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' }],
  ['db-snapshot-restore', '- Database migration must use snapshot method, not direct database connection', {}],
  ['db-snapshot-restore', '### RDS\n\n- Create the instance from the latest production snapshot', {}],
  ['alarm-metrics', '8. **CloudWatch Monitoring**: Create CloudWatch alarms for replication lag exceeding 60 seconds, CPU utilization, storage space, and connection count.', { metrics: ['cpu', 'storage', 'replication-lag', 'connections'] }],
  ['alarm-metrics', '- Configure CloudWatch alarms for:\n  - High CPU utilization\n  - Queue depth exceeding 1000 messages', { metrics: ['queue-depth'] }],
  ['alarm-error-rate', '- Set up CloudWatch alarms for Lambda errors exceeding 1% error rate', { percent: 1, service: 'lambda' }],
  ['alarm-error-rate', 'Uses CloudWatch to monitor Lambda and SNS, setting alarms if error rates exceed 5%.', { percent: 5 }],
  ['config-keys', '- Fail fast if required Pulumi config like allowed_cidr or replication_region is missing', { keys: ['allowed_cidr', 'replication_region'] }],
  ['config-keys', '- Use Pulumi config for environment-specific values (not hardcoded)', {}],
  ['config-keys', "- Environment suffix can be set via `ENVIRONMENT_SUFFIX` environment variable or Pulumi config (defaults to 'dev')", { optional: ['environmentSuffix'] }],
  ['config-keys', 'The Pulumi stack should accept the following configuration values:\n\n- `vpcId`: the VPC to use\n- `retentionDays`: log retention (default: 90)', { keys: ['vpcId', 'retentionDays'], optional: ['retentionDays'] }],
  ['event-wiring', '- Configure S3 event notifications to trigger the validator Lambda on object creation', { source: 's3', target: 'lambda' }],
  ['event-wiring', '- Create a fraud detection Lambda triggered by DynamoDB streams to analyze transaction patterns.', { source: 'dynamodb', target: 'lambda' }],
  ['event-wiring', '- EventBridge rule to trigger price check Lambda every 5 minutes', { source: 'schedule', target: 'lambda' }],
  ['event-wiring', '- Set up Lambda event source mappings from SQS queues to respective Lambda functions', { source: 'sqs', target: 'lambda' }],
  ['api-type', '- API Gateway REST API (not HTTP API) with POST endpoint at /transactions', { type: 'rest' }],
  ['api-type', '- Use API Gateway HTTP API instead of REST API for lower latency', { type: 'http' }],
];

describe('extraction by kind', () => {
  test.each(CASES)('%s: %s', (kind, markdown, params) => {
    const reqs = found(markdown, kind);
    expect(reqs.length, JSON.stringify(extractRequirements(markdown).map((r) => [r.kind, r.params]))).toBeGreaterThan(0);
    expect(reqs.map((r) => r.params)).toContainEqual(expect.objectContaining(params));
  });
});

describe('what is not a requirement', () => {
  test.each([
    ['a description of the current state', 'The existing setup has Lambda functions that are over-provisioned with 3008MB of memory.', 'lambda-memory'],
    ['conditional advice', '- **If NAT required**: Create only 1 NAT Gateway (not per AZ) for synthetic tasks', 'nat-gateways'],
    ['a counter-example', '- WRONG: `arn:aws:iam::aws:policy/AWS_ConfigRole`', 'least-privilege'],
    ['a code example', '```python\naws.cloudwatch.LogGroup("g", retention_in_days=7)  # 7-day retention\n```', 'log-retention'],
    ['a background section', '## Background\n\nThe team keeps CloudWatch logs with 7-day retention today.', 'log-retention'],
    ['the developer tooling', 'Requires Pulumi 3.x with Python 3.8+, AWS CLI configured.', 'lambda-runtime'],
    ['a region in a hard-coding rule', '- Regions: Hardcoded `us-east-1` or `us-west-2` in resource names (use variables)', 'region'],
    ['a retained table', '- Include stack deletion policy to retain DynamoDB data on stack deletion', 'destroyable'],
    ['a feature of a forbidden service', '- Do not use DynamoDB global tables feature', 'forbidden-service'],
    ['a scanner checking tags', '- Validates presence of required tags (e.g., Environment, Owner)', 'required-tags'],
    ['an endpoint path', '- Implement endpoint pattern: /tenants/{tenantId}/users', 'naming-pattern'],
    ['permission to invoke', '- API Gateway needs permission to invoke the Lambda function.', 'event-wiring'],
    ['reading data from S3', '- Configure a Lambda function that processes data from S3', 'event-wiring'],
    ['dead-letter queues of functions', '- Dead letter queues must be properly connected to Lambda functions', 'event-wiring'],
    ['an alarm on an error count', '- Configure alarms that trigger when errors exceed 10 within 5 minutes.', 'alarm-error-rate'],
    ['advice about VPC functions', '- VPC-connected Lambdas should either use NAT or VPC endpoints', 'lambda-vpc'],
    ['pipeline failures', '- CloudWatch alarms for:\n  - Pipeline execution failures', 'alarm-metrics'],
    ['a peering connection', '- Create CloudWatch alarms for peering connection state changes', 'alarm-metrics'],
    ['a cache TTL', '- Set up CloudFront with a 300-second cache TTL in front of the DynamoDB API', 'dynamodb-ttl'],
    ['code that replicates requirements', '- Produce Pulumi Python code for the S3 bucket that replicates these requirements naturally.', 'replication'],
    ['replication lag monitoring', '- CloudWatch alarms for Aurora replication lag exceeding 1 second', 'replication'],
    ['a final snapshot on deletion', '- RDS instances must skip the final snapshot so the stack can be destroyed', 'db-snapshot-restore'],
    ['EBS snapshots', '- Create daily EBS volume snapshots from the database servers with DLM', 'db-snapshot-restore'],
    ['a snapshot without a database', '- Restore the file system from the latest snapshot', 'db-snapshot-restore'],
    ['network ACL deny rules', '- Network ACLs with explicit deny rules for known bad CIDR ranges', 'iam-explicit-deny'],
    ['a KMS key the request asks to create', '- Create a customer-managed KMS key with the alias `alias/app-data`', 'existing-kms-key'],
    ['an AWS-managed key', '- Encrypt the bucket with the AWS-managed key alias/aws/s3', 'existing-kms-key'],
    ['a key in a list of keys to create', '- Create the following KMS resources:\n  - Data key with alias `alias/app-data`', 'existing-kms-key'],
    ['one of several config sources', '- Use values from `TapStackArgs`, Pulumi Config, or environment variables', 'config-keys'],
    ['REST endpoints of an API', '- Use API Gateway for REST API endpoints', 'api-type'],
    ['a stack reference only if needed', '- Use Pulumi Stack References if sharing outputs between stacks', 'required-service'],
    ['a service not required', '- No VPC required (fully managed services only)', 'forbidden-service'],
    ['a Synthetics canary', '- Create a CloudWatch Synthetics canary that checks the endpoint every 5 minutes', 'traffic-shifting'],
    ['blue-green without weights', '- Support blue-green deployments with two target groups', 'traffic-shifting'],
    ['a feature of an allowed service', '### Architecture Simplifications\n\n- No Route 53 failover routing (simple hosted zone if needed)', 'forbidden-service'],
  ] as const)('%s', (_what, markdown, kind) => {
    expect(found(markdown, kind)).toEqual([]);
  });
});

describe('requirements', () => {
  const prompt = [
    '# Task', //                                                  1
    '', //                                                        2
    '## Requirements', //                                         3
    '', //                                                        4
    '- Configure 30-day retention for all log groups', //         5
    '- Deploy to **us-east-1** region', //                        6
    '', //                                                        7
    '## Constraints', //                                          8
    '', //                                                        9
    '- CloudWatch Log Groups must keep logs with 30-day retention', // 10
  ].join('\n');

  test('carry the sentence, its line, a confidence, the class and the source', () => {
    const [r] = extractRequirements(prompt, 'lib/PROMPT.md').filter((x) => x.kind === 'log-retention');
    expect(r).toMatchObject({ kind: 'log-retention', params: { days: 30 }, class: 'LOG-RETENTION', line: 5, sentence: 'Configure 30-day retention for all log groups', source: 'lib/PROMPT.md' });
    expect(r!.confidence).toBeGreaterThan(0.5);
    expect(r!.confidence).toBeLessThanOrEqual(1);
  });

  test('a requirement stated twice is one, with the other line in alsoAt', () => {
    const retention = extractRequirements(prompt).filter((x) => x.kind === 'log-retention');
    expect(retention).toHaveLength(1);
    expect(retention[0]!.alsoAt).toEqual([10]);
  });

  test('a list indented as a code block is read as the list it was meant to be', () => {
    const reqs = extractRequirements('Requirements:\n\n    1.\tDeploy AWS Secrets Manager with automatic 30-day credential rotation for database credentials.\n    2.\tCreate CloudWatch log groups with 365-day retention.\n');
    expect(reqs.find((r) => r.kind === 'secrets-manager')).toMatchObject({ params: { rotation: true, rotationDays: 30 }, line: 3 });
    expect(reqs.find((r) => r.kind === 'log-retention')).toMatchObject({ params: { days: 365 }, line: 4 });
  });

  test('a code block stays code', () => {
    expect(extractRequirements('Example:\n\n    const g = new aws.cloudwatch.LogGroup("g", { retentionInDays: 7 });\n    export const name = g.name;\n')).toEqual([]);
  });

  test('a weaker statement of a requirement folds into the stronger one', () => {
    const reqs = extractRequirements('- The rotation Lambda must run in a private subnet\n- Deploy all Lambda functions within a VPC using private subnets only\n').filter((r) => r.kind === 'lambda-vpc');
    expect(reqs).toHaveLength(1);
    expect(reqs[0]).toMatchObject({ params: { all: true }, line: 2, alsoAt: [1] });
  });

  test('the class of a required service is the class of its absence', () => {
    const [alarm] = extractRequirements('- Set up CloudWatch alarms for CPU').filter((x) => x.kind === 'required-service');
    expect(alarm!.class).toBe('MONITORING-MISSING');
  });
});
