// Resource types and failure classes in the words a reviewer uses: `aws:dynamodb/table:Table` is a
// "DynamoDB table", NAME-ENV-SUFFIX belongs to "Naming".

const SERVICE: Record<string, string> = {
  acm: 'ACM',
  apigateway: 'API Gateway',
  apigatewayv2: 'API Gateway v2',
  appautoscaling: 'Application Auto Scaling',
  autoscaling: 'Auto Scaling',
  backup: 'AWS Backup',
  cfg: 'AWS Config',
  cloudfront: 'CloudFront',
  cloudtrail: 'CloudTrail',
  cloudwatch: 'CloudWatch',
  codebuild: 'CodeBuild',
  codedeploy: 'CodeDeploy',
  codepipeline: 'CodePipeline',
  cognito: 'Cognito',
  dynamodb: 'DynamoDB',
  ecr: 'ECR',
  ecs: 'ECS',
  efs: 'EFS',
  eks: 'EKS',
  elasticache: 'ElastiCache',
  guardduty: 'GuardDuty',
  iam: 'IAM',
  kinesis: 'Kinesis',
  kms: 'KMS',
  lambda: 'Lambda',
  lb: 'load balancer',
  alb: 'load balancer',
  opensearch: 'OpenSearch',
  rds: 'RDS',
  redshift: 'Redshift',
  route53: 'Route 53',
  s3: 'S3',
  secretsmanager: 'Secrets Manager',
  securityhub: 'Security Hub',
  sfn: 'Step Functions',
  sns: 'SNS',
  sqs: 'SQS',
  ssm: 'SSM',
  wafv2: 'WAF',
};

/** Classes whose names already say the service (an ec2 `Subnet` is a subnet, an lb `TargetGroup` a target group). */
const SELF_NAMED = new Set(['ec2', 'lb', 'alb', 'providers']);

// Words of class names that are acronyms in prose: a "VPC endpoint", a "NAT gateway".
const ACRONYMS = new Set(['vpc', 'nat', 'eip', 'acl', 'ebs', 'ami', 'ecs', 'eks', 'iam', 'kms', 'sns', 'sqs', 'waf', 'ssl', 'tls', 'api', 'dns', 'ip']);

function words(className: string): string {
  return className
    .replace(/V\d+$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w))
    .join(' ');
}

/** `aws:dynamodb/table:Table` → "DynamoDB table"; `aws:ec2/subnet:Subnet` → "subnet". */
export function resourceKind(type: string): string {
  if (type.startsWith('pulumi:providers:')) return `${type.split(':').pop()} provider`;
  const m = /^([\w-]+):([\w-]+)(?:\/[\w-]+)?:(\w+)$/.exec(type);
  if (!m) return type.split(':').pop() ?? type;
  const [, pkg, mod, cls] = m;
  const kind = words(cls!);
  if (pkg !== 'aws') return kind;
  if (mod === 'ec2' && cls === 'Instance') return 'EC2 instance';
  if (SELF_NAMED.has(mod!)) return kind;
  const service = SERVICE[mod!];
  if (!service) return kind;
  // "Lambda function", "IAM role policy"; a class that repeats the service is not doubled.
  return kind.toLowerCase().startsWith(service.toLowerCase()) ? kind.replace(/^\S+/, service) : `${service} ${kind}`;
}

export function plural(kind: string, n: number): string {
  if (n === 1) return kind;
  if (/(s|x|z|ch|sh)$/.test(kind)) return `${kind}es`;
  if (/[^aeiou]y$/.test(kind)) return `${kind.slice(0, -1)}ies`;
  return `${kind}s`;
}

/** The section of the failure taxonomy a class belongs to. */
export const CATEGORY: Record<string, string> = {};
const SECTIONS: [string, string[]][] = [
  ['Pulumi program', ['PULUMI-STACK-EXPORTS', 'PULUMI-OUTPUT-MISUSE', 'PULUMI-PROJECT-YAML', 'PULUMI-DEPENDS-ON', 'CONFIG-PARAMETERIZATION', 'REGION-CONFIG', 'PULUMI-COMPONENT-PATTERN', 'PROVIDER-PROPAGATION']],
  ['Naming', ['TAGGING', 'NAME-ENV-SUFFIX', 'NAMING-CONVENTION', 'NAME-GLOBAL-UNIQUE', 'NAME-AWS-CONSTRAINTS']],
  ['Hard-coding', ['HARDCODED-VALUES']],
  [
    'Security',
    ['IAM-WILDCARD-OVERBROAD', 'IAM-MISC', 'ENCRYPTION-AT-REST', 'IAM-MISSING-PERMISSION', 'SECRET-HARDCODED', 'SG-RULE-MISCONFIG', 'SECRETS-MGMT', 'S3-PUBLIC-ACCESS', 'IAM-TRUST-POLICY', 'ENCRYPTION-IN-TRANSIT', 'SECURITY-GENERIC', 'KMS-KEY-POLICY', 'NET-PUBLIC-EXPOSURE', 'SG-OPEN-INGRESS', 'SECURITY-SERVICES', 'S3-BUCKET-POLICY', 'KMS-KEY-ROTATION'],
  ],
  ['Observability', ['LOGGING-AUDIT-MISSING', 'MONITORING-MISCONFIG', 'MONITORING-MISSING', 'LOG-RETENTION', 'TRACING-XRAY']],
  ['Lifecycle', ['STORAGE-VERSIONING-LIFECYCLE', 'DB-BACKUP-PITR', 'DESTROY-BLOCKERS']],
  ['API validity', ['DEPRECATED-API', 'PACKAGING-ASSETS', 'RDS-ENGINE-VERSION', 'AWS-SINGLETON-QUOTA', 'PULUMI-INVALID-ARG', 'RUNTIME-DEPRECATED', 'LAMBDA-RESERVED-ENV']],
  [
    'Services',
    ['LAMBDA-CODE-BUGS', 'CICD-PIPELINE', 'DB-CONFIG', 'API-GATEWAY-CONFIG', 'LB-HEALTHCHECK-TARGETS', 'AUTOSCALING-COMPUTE', 'LAMBDA-CONFIG-OTHER', 'EVENT-WIRING', 'LAMBDA-SIZING', 'APIGW-LAMBDA-INTEGRATION', 'ECS-EKS-CONFIG', 'CDN-DNS-EDGE', 'MESSAGING-DLQ-RETRY'],
  ],
  ['Networking', ['NETWORK-ROUTING-CIDR', 'HA-MULTI-AZ', 'MULTI-REGION-DR', 'VPC-ENDPOINTS', 'AZ-HARDCODED-LOOKUP']],
  ['Requirements', ['REQ-MISSING-RESOURCE', 'REQ-WRONG-VALUE', 'COST-OPTIMIZATION', 'PERFORMANCE-SCALING', 'PLATFORM-WRONG-IAC', 'REQ-SCOPE-CREEP']],
  ['Code hygiene', ['CODE-UNUSED-LINT', 'PROJECT-STRUCTURE-FILES', 'CODE-IMPORT-MODULE', 'DOCUMENTATION', 'CODE-TYPE-COMPILE', 'ERROR-HANDLING-VALIDATION', 'INCOMPLETE-TRUNCATED']],
  ['Tests', ['TEST-QUALITY']],
];
for (const [section, classes] of SECTIONS) for (const c of classes) CATEGORY[c] = section;
