// The service catalogue behind `required-service` and `forbidden-service`: how a request names a
// service, which resource types provide it, and which failure class its absence belongs to.
// Several ways of building the same thing count (aws.lb.LoadBalancer and awsx.lb.ApplicationLoadBalancer
// both give an ALB), because a request names the service, not the SDK class.

import type { FailureClass } from '../rules/classes.js';

export interface Service {
  id: string;
  /** How messages name it. */
  label: string;
  /** How a request names it (tested on the sentence with inline markup removed). */
  mention: RegExp;
  /** Type tokens (`pkg:module/name:Class`) of resources that provide it. */
  types: RegExp;
  class: FailureClass;
  /**
   * Extra condition on a matching resource (e.g. an SNS subscription whose protocol is email); `absent`
   * is the AWS default the argument has when the program does not set it (a queue is not FIFO).
   */
  where?: { arg: string; equals: RegExp; absent?: string };
  /**
   * Other resources that provide it when they set an argument (a function that lists `layers`), or
   * set it to a value (`equals`: an on-demand table scales by itself).
   */
  alsoBy?: { types: RegExp; arg: string; equals?: RegExp }[];
  /** A setting of other resources: without any of them the program may manage ones it does not create (unknown). */
  on?: RegExp;
  /** A sentence that also matches this names something else (Kubernetes' cluster autoscaler). */
  unless?: RegExp;
}

const REQ: FailureClass = 'REQ-MISSING-RESOURCE';

export const SERVICES: readonly Service[] = [
  { id: 'cloudwatch-alarm', label: 'CloudWatch alarms', mention: /\b(cloudwatch\s+)?alarms?\b|\balerting\b|\bmonitoring and alerts\b|\balert (us|the team|on-call)\b|\bcloudwatch (for )?monitoring\b/i, types: /^aws:cloudwatch\/(metricAlarm|compositeAlarm):/, class: 'MONITORING-MISSING' },
  { id: 'cloudwatch-dashboard', label: 'a CloudWatch dashboard', mention: /\bdashboards?\b/i, types: /^aws:cloudwatch\/dashboard:/, class: 'MONITORING-MISSING' },
  { id: 'sns-email-subscription', label: 'an SNS email subscription', mention: /\bemail\s+(subscriptions?|notifications?|alerts?)\b|\bsubscri\w+[^.]{0,40}\bemail\b|\bemail\s+(endpoint|address)\b/i, types: /^aws:sns\/topicSubscription:/, where: { arg: 'protocol', equals: /^email(-json)?$/ }, class: 'MONITORING-MISSING' },
  { id: 'metric-filter', label: 'a CloudWatch metric filter', mention: /\bmetric\s+filters?\b/i, types: /^aws:cloudwatch\/logMetricFilter:/, class: 'MONITORING-MISSING' },
  { id: 'notification-rule', label: 'a CodeStar notification rule', mention: /\bnotification\s+rules?\b/i, types: /^aws:codestarnotifications\/notificationRule:/, class: 'MONITORING-MISSING' },
  { id: 'synthetics-canary', label: 'a CloudWatch Synthetics canary', mention: /\bsynthetics?\b|\bcanar(y|ies)\b(?!\s+(deployments?|releases?|rollouts?|traffic|shifting|analysis|strateg\w*|style|percentage|weights?)\b)(?<!\b(lambda|codedeploy|alias|ecs)\s+canar(y|ies))/i, types: /^aws:synthetics\/canary:/, class: 'MONITORING-MISSING' },
  { id: 'flow-logs', label: 'VPC flow logs', mention: /\bflow\s*logs?\b/i, types: /^aws:ec2\/flowLog:|^awsx:ec2:Vpc$/, class: 'LOGGING-AUDIT-MISSING' },
  { id: 'cloudtrail', label: 'a CloudTrail trail', mention: /\bcloud\s?trail\b/i, types: /^aws:cloudtrail\/trail:/, class: 'LOGGING-AUDIT-MISSING' },
  { id: 'log-group', label: 'a CloudWatch log group', mention: /\blog\s+groups?\b|\bcloudwatch\s+(logs|logging)\b|\bcloudwatch\s+for\s+(logs|logging)\b/i, types: /^aws:cloudwatch\/logGroup:/, class: 'LOGGING-AUDIT-MISSING' },
  { id: 'backup-plan', label: 'an AWS Backup plan', mention: /\baws\s+backup\b|\bbackup\s+(plans?|vaults?)\b/i, types: /^aws:backup\/(plan|vault):/, class: 'DB-BACKUP-PITR' },
  { id: 'kms-key', label: 'a KMS key', mention: /\bkms\b/i, types: /^aws:kms\/(key|replicaKey|externalKey|replicaExternalKey):/, class: 'ENCRYPTION-AT-REST' },
  { id: 'route53-health-check', label: 'a Route 53 health check', mention: /\bhealth\s+checks?\b[^.]*\broute\s*53\b|\broute\s*53\b[^.]*\bhealth\s+checks?\b/i, types: /^aws:route53\/healthCheck:/, class: 'MULTI-REGION-DR' },
  { id: 'config-rules', label: 'AWS Config rules', mention: /\baws\s+config\b|\bconfig\s+rules?\b/i, types: /^aws:cfg\//, class: 'SECURITY-SERVICES' },
  { id: 'guardduty', label: 'GuardDuty', mention: /\bguard\s?duty\b/i, types: /^aws:guardduty\//, class: 'SECURITY-SERVICES' },
  { id: 'security-hub', label: 'Security Hub', mention: /\bsecurity\s?hub\b/i, types: /^aws:securityhub\//, class: 'SECURITY-SERVICES' },
  { id: 'inspector', label: 'Amazon Inspector', mention: /\binspector\b/i, types: /^aws:inspector2?\//, class: 'SECURITY-SERVICES' },
  { id: 'macie', label: 'Amazon Macie', mention: /\bmacie\b/i, types: /^aws:macie2?\//, class: 'SECURITY-SERVICES' },
  { id: 'waf', label: 'a WAF web ACL', mention: /\bwaf(v2)?\b|\bweb\s+application\s+firewall\b/i, types: /^aws:wafv2?\/|^aws:wafregional\//, class: REQ },
  { id: 'api-gateway', label: 'an API Gateway API', mention: /\bapi\s*gateway\b|\brest(ful)?\s+api\b|\bhttp\s+api\b|\bwebsocket\s+api\b/i, types: /^aws:apigateway(v2)?\/(restApi|api):|^awsx:apigateway:/, class: REQ },
  { id: 'api-custom-domain', label: 'an API Gateway custom domain name', mention: /\b(api\s?gateway|apis?)\b[^.]{0,60}?\bcustom domain( names?)?\b|\bcustom domain( names?)?\b[^.]{0,40}?\b(api\s?gateway|apis?)\b/i, types: /^aws:apigateway(v2)?\/domainName:/, class: 'API-GATEWAY-CONFIG' },
  { id: 'waf-association', label: 'a WAF web ACL association', mention: /\b(attach|associat)\w*\s+(the\s+|an?\s+)?(aws\s+)?waf(v2)?\b(?![^.]*\bcloud\s?front\b)|\bwaf(v2)?\s+(web\s+acls?\s+)?(is\s+|are\s+|must be\s+)?(attached|associated)\s+(to|with)\b(?![^.]*\bcloud\s?front\b)/i, types: /^aws:(wafv2|wafregional|waf)\/webAclAssociation:/, class: 'CDN-DNS-EDGE' },
  { id: 'cloudfront', label: 'a CloudFront distribution', mention: /\bcloud\s?front\b|\bcdn\b/i, types: /^aws:cloudfront\/distribution:/, class: REQ },
  { id: 'route53-zone', label: 'a Route 53 hosted zone', mention: /\bhosted\s+zones?\b/i, types: /^aws:route53\/zone:/, class: REQ },
  { id: 'route53-record', label: 'Route 53 records', mention: /\broute\s*53\b[^.]*\b(records?|routing)\b|\bdns\s+(validation\s+)?records?\b|\b(failover|weighted|latency|geolocation)\s+rout\w*|\brecord\s+sets?\b/i, types: /^aws:route53\/record:/, class: REQ },
  { id: 'acm-certificate', label: 'an ACM certificate', mention: /\bacm\b|\bcertificate\s+manager\b|(?<!default\s)\bssl\s+certificates?\b|\btls\s+certificates?\b/i, types: /^aws:acm\/certificate:/, class: REQ },
  { id: 'vpc', label: 'a VPC', mention: /\bvpcs?\b(?!\s+(endpoints?|flow|peering|link|lattice))/i, types: /^aws:ec2\/vpc:|^awsx:ec2:(Vpc|DefaultVpc)$/, class: REQ },
  { id: 'internet-gateway', label: 'an internet gateway', mention: /\binternet\s+gateways?\b|\bigw\b/i, types: /^aws:ec2\/internetGateway:|^awsx:ec2:Vpc$/, class: REQ },
  { id: 'nat-gateway', label: 'a NAT gateway', mention: /\bnat\s+gateways?\b/i, types: /^aws:ec2\/natGateway:|^awsx:ec2:Vpc$/, class: REQ },
  { id: 'vpc-peering', label: 'a VPC peering connection', mention: /\bvpc\s+peering\b|\bpeering\s+connections?\b/i, types: /^aws:ec2\/vpcPeeringConnection/, class: 'NETWORK-ROUTING-CIDR' },
  { id: 'transit-gateway', label: 'a Transit Gateway', mention: /\btransit\s+gateways?\b/i, types: /^aws:ec2transitgateway\//, class: REQ },
  { id: 'vpn', label: 'a VPN connection', mention: /\b(site-to-site\s+)?vpn\b/i, types: /^aws:ec2\/(vpnConnection|vpnGateway|customerGateway):|^aws:ec2clientvpn\//, class: REQ },
  { id: 'network-firewall', label: 'AWS Network Firewall', mention: /\bnetwork\s+firewall\b/i, types: /^aws:networkfirewall\//, class: REQ },
  { id: 'alb', label: 'an Application Load Balancer', mention: /\bapplication\s+load\s+balancers?\b|\balbs?\b|\bload\s+balancers?\b/i, types: /^aws:(lb|alb|elb|elasticloadbalancingv2)\/loadBalancer:|^awsx:lb:(ApplicationLoadBalancer|NetworkLoadBalancer)$/, class: REQ },
  { id: 'listener-rule', label: 'a load balancer listener rule', mention: /\blistener rules?\b|\b(path|host)[- ]based routing\b(?![^.]*\b(cloud\s?front|cache behaviou?rs?|api\s?gateway)\b)/i, types: /^aws:(lb|alb|elasticloadbalancingv2)\/listenerRule:/, class: 'LB-HEALTHCHECK-TARGETS' },
  { id: 'nlb', label: 'a Network Load Balancer', mention: /\bnetwork\s+load\s+balancers?\b|\bnlbs?\b/i, types: /^aws:(lb|alb)\/loadBalancer:|^awsx:lb:NetworkLoadBalancer$/, where: { arg: 'loadBalancerType', equals: /^network$/ }, class: REQ },
  { id: 'lambda', label: 'a Lambda function', mention: /\blambdas?\b/i, types: /^aws:lambda\/function:|^aws:lambda\/callbackFunction:/, class: REQ },
  { id: 'step-functions', label: 'a Step Functions state machine', mention: /\bstep\s+functions?\b|\bstate\s+machines?\b/i, types: /^aws:sfn\/stateMachine:/, class: REQ },
  { id: 'eventbridge', label: 'an EventBridge rule', mention: /\bevent\s?bridge\b|\bcloudwatch\s+events\b/i, types: /^aws:cloudwatch\/(eventRule|eventBus):|^aws:scheduler\/schedule:|^aws:pipes\//, class: REQ },
  { id: 'sqs', label: 'an SQS queue', mention: /\bsqs\b|\bqueues?\b/i, types: /^aws:sqs\/queue:/, class: REQ },
  { id: 'sns-topic', label: 'an SNS topic', mention: /\bsns\b/i, types: /^aws:sns\/topic:/, class: REQ },
  { id: 'kinesis', label: 'a Kinesis data stream', mention: /\bkinesis\s+(data\s+)?streams?\b|\bkinesis\b(?!\s+(data\s+)?(firehose|analytics|video))/i, types: /^aws:kinesis\/stream:/, class: REQ },
  { id: 'firehose', label: 'a Kinesis Data Firehose stream', mention: /\bfirehose\b/i, types: /^aws:kinesis\/firehoseDeliveryStream:/, class: REQ },
  { id: 'msk', label: 'an MSK cluster', mention: /\bmsk\b|\bmanaged\s+streaming\s+for\s+(apache\s+)?kafka\b/i, types: /^aws:msk\//, class: REQ },
  { id: 's3-bucket', label: 'an S3 bucket', mention: /\bs3\b|(?<=\b(?:create|deploy|provision|set up)\w*\s+(?:(?!for\b|of\b|to\b)\w+\s+){0,2})buckets?\b/i, types: /^aws:s3\/(bucket|bucketV2):/, class: REQ },
  { id: 'dynamodb', label: 'a DynamoDB table', mention: /\bdynamo\s?db\b/i, types: /^aws:dynamodb\/(table|globalTable|tableReplica):/, class: REQ },
  { id: 'rds', label: 'an RDS database', mention: /\brds\b|\baurora\b|\bpostgres(ql)?\b|\bmysql\b|\bmariadb\b/i, types: /^aws:rds\/(instance|cluster):/, class: REQ },
  { id: 'elasticache', label: 'an ElastiCache cluster', mention: /\belasticache\b|\bredis\b|\bmemcached\b/i, types: /^aws:elasticache\//, class: REQ },
  { id: 'efs', label: 'an EFS file system', mention: /\befs\b|\belastic\s+file\s+system\b/i, types: /^aws:efs\/fileSystem:/, class: REQ },
  { id: 'opensearch', label: 'an OpenSearch domain', mention: /\bopen\s?search\b|\belasticsearch\b/i, types: /^aws:(opensearch|elasticsearch)\/domain:/, class: REQ },
  { id: 'redshift', label: 'a Redshift cluster', mention: /\bredshift\b/i, types: /^aws:redshift(serverless)?\//, class: REQ },
  { id: 'glue', label: 'AWS Glue', mention: /\bglue\b/i, types: /^aws:glue\//, class: REQ },
  { id: 'athena', label: 'Athena', mention: /\bathena\b/i, types: /^aws:athena\//, class: REQ },
  { id: 'ecs', label: 'an ECS cluster or service', mention: /\becs\b|\bfargate\b|\belastic\s+container\s+service\b/i, types: /^aws:ecs\/(cluster|service|taskDefinition):|^awsx:ecs:/, class: REQ },
  { id: 'eks', label: 'an EKS cluster', mention: /\beks\b|\bkubernetes\b/i, types: /^aws:eks\/cluster:|^eks:index:Cluster$/, class: REQ },
  { id: 'ecs-task-definition', label: 'an ECS task definition', mention: /\btask definitions?\b/i, types: /^aws:ecs\/taskDefinition:|^awsx:ecs:(FargateService|EC2Service|FargateTaskDefinition|EC2TaskDefinition)$/, class: 'ECS-EKS-CONFIG' },
  { id: 'ecs-service', label: 'an ECS service', mention: /\b(ecs|fargate)\s+(fargate\s+)?services?\b/i, types: /^aws:ecs\/service:|^awsx:ecs:(FargateService|EC2Service)$/, class: 'ECS-EKS-CONFIG' },
  { id: 'app-mesh', label: 'an App Mesh mesh', mention: /\bapp\s?mesh\b/i, types: /^aws:appmesh\/mesh:/, class: 'ECS-EKS-CONFIG' },
  { id: 'appmesh-virtual-node', label: 'App Mesh virtual nodes', mention: /\bvirtual nodes?\b/i, types: /^aws:appmesh\/virtualNode:/, class: 'ECS-EKS-CONFIG' },
  { id: 'appmesh-virtual-router', label: 'App Mesh virtual routers', mention: /\bvirtual routers?\b/i, types: /^aws:appmesh\/virtualRouter:/, class: 'ECS-EKS-CONFIG' },
  { id: 'appmesh-virtual-service', label: 'App Mesh virtual services', mention: /\bvirtual services?\b/i, types: /^aws:appmesh\/virtualService:/, class: 'ECS-EKS-CONFIG' },
  { id: 'ecr', label: 'an ECR repository', mention: /\becr\b|\belastic\s+container\s+registry\b/i, types: /^aws:ecr\/repository:|^awsx:ecr:Repository$/, class: REQ },
  { id: 'ec2-instance', label: 'an EC2 instance', mention: /\bec2\s+instances?\b|\bbastion\b/i, types: /^aws:ec2\/instance:|^aws:autoscaling\/group:/, class: REQ },
  { id: 'autoscaling-group', label: 'an Auto Scaling group', mention: /\bauto\s*scaling\s+groups?\b|\basgs?\b|\bec2\s+auto\s*scaling\b/i, types: /^aws:autoscaling\/group:/, class: 'AUTOSCALING-COMPUTE' },
  { id: 'launch-template', label: 'a launch template', mention: /\blaunch\s+templates?\b/i, types: /^aws:ec2\/launchTemplate:/, class: 'AUTOSCALING-COMPUTE' },
  { id: 'cognito', label: 'a Cognito user pool', mention: /\bcognito\b/i, types: /^aws:cognito\//, class: REQ },
  { id: 'appsync', label: 'an AppSync API', mention: /\bappsync\b/i, types: /^aws:appsync\//, class: REQ },
  { id: 'codepipeline', label: 'a CodePipeline pipeline', mention: /\bcode\s?pipeline\b/i, types: /^aws:codepipeline\/pipeline:/, class: 'CICD-PIPELINE' },
  { id: 'codebuild', label: 'a CodeBuild project', mention: /\bcode\s?build\b/i, types: /^aws:codebuild\/project:/, class: 'CICD-PIPELINE' },
  { id: 'codecommit', label: 'a CodeCommit repository', mention: /\bcode\s?commit\b/i, types: /^aws:codecommit\//, class: 'CICD-PIPELINE' },
  { id: 'codedeploy', label: 'a CodeDeploy application', mention: /\bcode\s?deploy\b/i, types: /^aws:codedeploy\//, class: 'CICD-PIPELINE' },
  { id: 'sagemaker', label: 'SageMaker', mention: /\bsage\s?maker\b/i, types: /^aws:sagemaker\//, class: REQ },
  { id: 'batch', label: 'AWS Batch', mention: /\baws\s+batch\b/i, types: /^aws:batch\//, class: REQ },
  { id: 'app-runner', label: 'an App Runner service', mention: /\bapp\s+runner\b/i, types: /^aws:apprunner\//, class: REQ },
  { id: 'service-discovery', label: 'Cloud Map service discovery', mention: /\bcloud\s+map\b|\bservice\s+discovery\b/i, types: /^aws:servicediscovery\//, class: REQ },
  { id: 'global-accelerator', label: 'Global Accelerator', mention: /\bglobal\s+accelerator\b/i, types: /^aws:globalaccelerator\//, class: REQ },
  { id: 'iot', label: 'AWS IoT', mention: /\biot\s+(core|rules?|things?)\b/i, types: /^aws:iot\//, class: REQ },
  { id: 'ses', label: 'SES', mention: /\bses\b|\bsimple\s+email\s+service\b/i, types: /^aws:ses(v2)?\//, class: REQ },
  { id: 'dms', label: 'AWS DMS', mention: /\bdms\b|\bdatabase\s+migration\s+service\b/i, types: /^aws:dms\//, class: REQ },
  { id: 'datasync', label: 'DataSync', mention: /\bdatasync\b/i, types: /^aws:datasync\//, class: REQ },
  { id: 'transfer', label: 'AWS Transfer Family', mention: /\btransfer\s+family\b|\bsftp\b/i, types: /^aws:transfer\//, class: REQ },
  { id: 'neptune', label: 'Neptune', mention: /\bneptune\b/i, types: /^aws:neptune\//, class: REQ },
  { id: 'documentdb', label: 'DocumentDB', mention: /\bdocument\s?db\b/i, types: /^aws:docdb\//, class: REQ },
  { id: 'timestream', label: 'Timestream', mention: /\btimestream\b/i, types: /^aws:timestream(write|query)?\//, class: REQ },
  { id: 'emr', label: 'EMR', mention: /\bemr\b/i, types: /^aws:emr(serverless|containers)?\//, class: REQ },
  { id: 'stack-reference', label: 'a Pulumi StackReference', mention: /(?<!cross-)\bstack references?\b/i, types: /^pulumi:pulumi:StackReference$/, class: REQ },
  { id: 'kinesis-analytics', label: 'a Kinesis Data Analytics application', mention: /\bkinesis\s+(data\s+)?analytics\b|\bmanaged\s+service\s+for\s+apache\s+flink\b/i, types: /^aws:kinesisanalyticsv2?\/|^aws:kinesis\/analyticsApplication:/, class: REQ },
  { id: 'metric-stream', label: 'a CloudWatch metric stream', mention: /\bmetric\s+streams?\b/i, types: /^aws:cloudwatch\/metricStream:/, class: 'MONITORING-MISSING' },
  // Shield Standard protects every account without a resource; only Shield Advanced is built.
  { id: 'shield-advanced', label: 'AWS Shield Advanced protection', mention: /\bshield\s+advanced\b/i, types: /^aws:shield\//, class: REQ },
  { id: 'lake-formation', label: 'Lake Formation', mention: /\blake\s?formation\b/i, types: /^aws:lakeformation\//, class: REQ },
  { id: 'pinpoint', label: 'an Amazon Pinpoint app', mention: /\bpinpoint\b/i, types: /^aws:pinpoint\//, class: REQ },
  { id: 'elastic-beanstalk', label: 'an Elastic Beanstalk environment', mention: /\belastic\s+beanstalk\b/i, types: /^aws:elasticbeanstalk\//, class: REQ },
  { id: 'mq', label: 'Amazon MQ', mention: /\bamazon\s+mq\b|\bactivemq\b|\brabbitmq\b/i, types: /^aws:mq\//, class: REQ },
  // ------------------------------------------------------------------ features built as resources of their own
  // Lambda aliases (and the versions they point at) carry blue-green, canary and linear releases.
  { id: 'lambda-alias', label: 'a Lambda alias', mention: /\blambda\s+(function\s+)?(versions?\s+(and|\/|with)\s+)?alias(es)?\b|\b(function|weighted|live|prod(uction)?)\s+alias(es)?\b(?![^.]*\b(kms|keys?|records?|route\s*53|dns)\b)|\balias(es)?\s+(for|on|per|of)\s+(the\s+|each\s+|every\s+|all\s+)?(lambda|functions?)\b|\b(published\s+)?(function\s+)?versions?\s+(and|with)\s+alias(es)?\b|\b(deployed|published|released)\s+(with|through|via)\s+an?\s+alias\b|\blambda\b[^.]{0,40}\b(canary|linear)\s+(deployments?|releases?|rollouts?|traffic)\b|\b(canary|linear)\s+(deployments?|releases?|rollouts?)\s+(of|for)\s+(the\s+)?lambda\b/i, types: /^aws:lambda\/alias:/, class: REQ },
  { id: 'lambda-layer', label: 'a Lambda layer', mention: /\blambda\s+layers?\b|\b(shared|common)\s+(lambda\s+)?layers?\s+for\b|\blayers?\s+(for|with)\s+(the\s+)?(shared|common)\s+(dependencies|code|libraries|utilities|modules)\b/i, types: /^aws:lambda\/layerVersion:/, alsoBy: [{ types: /^aws:lambda\/function:/, arg: 'layers' }], class: 'LAMBDA-CONFIG-OTHER' },
  { id: 'function-url', label: 'a Lambda function URL', mention: /\bfunction\s+urls?\b/i, types: /^aws:lambda\/functionUrl:/, class: REQ },
  { id: 'api-usage-plan', label: 'an API Gateway usage plan', mention: /\busage\s+plans?\b/i, types: /^aws:apigateway\/usagePlan:/, class: 'API-GATEWAY-CONFIG' },
  // "Store third-party API keys in Secrets Manager" keeps secrets; API keys of the API are asked for as its authentication.
  { id: 'api-key', label: 'an API Gateway API key', mention: /\bapi[- ]key\s+(authentication|auth|validation|requirements?|protection)\b|\b(protected|secured|authenticated)\s+(by|with|via)\s+(an?\s+)?api[- ]keys?\b|\b(require|requires|required|requiring)\s+(an?\s+)?api[- ]keys?\b|\bapi[- ]keys?\s+(are\s+|is\s+)?(required|for\s+(authentication|all\s+endpoints|clients|client\s+access|rate\s+limiting))\b|\busage\s+plans?\s+(and|with)\s+api[- ]keys?\b|\bapi[- ]keys?\s+and\s+usage\s+plans?\b/i, types: /^aws:apigateway\/apiKey:/, class: 'API-GATEWAY-CONFIG' },
  { id: 'cloudfront-function', label: 'a CloudFront function', mention: /\bcloud\s?front\s+functions?\b/i, types: /^aws:cloudfront\/function:/, class: 'CDN-DNS-EDGE' },
  // Lambda@Edge is a Lambda function (published in us-east-1) associated with a cache behaviour.
  // A web ACL protects a distribution only through the distribution's `webAclId`.
  { id: 'cloudfront-waf', label: 'a WAF web ACL on the CloudFront distribution', mention: /\b(attach|associat)\w*\s+(the\s+|an?\s+)?(aws\s+)?waf(v2)?(\s+web\s+acls?)?\s+(to|with)\s+(the\s+|each\s+|every\s+|all\s+)?cloud\s?front\b|\bcloud\s?front\b[^.;]*\b(protected|fronted|secured|guarded)\s+(by|with)\s+(an?\s+)?(aws\s+)?waf|\bwaf(v2)?\b[^.;]{0,30}\b(enabled|attached|associated)\s+(on|for|to|with)\s+(the\s+|each\s+|every\s+)?cloud\s?front\b|\b(for|on)\s+(each|every|the)\s+cloud\s?front\s+distributions?\b[^.;]*\bwaf\b/i, types: /(?!)/, alsoBy: [{ types: /^aws:cloudfront\/distribution:/, arg: 'webAclId' }], on: /^aws:cloudfront\/distribution:/, class: 'CDN-DNS-EDGE' },
  { id: 'lambda-edge', label: 'a Lambda@Edge function', mention: /\blambda\s?@\s?edge\b|\blambda\s+at\s+edge\b/i, types: /^aws:lambda\/function:/, class: 'CDN-DNS-EDGE' },
  { id: 'eventbridge-scheduler', label: 'an EventBridge Scheduler schedule', mention: /\bevent\s?bridge\s+scheduler\b/i, types: /^aws:scheduler\/schedule:/, alsoBy: [{ types: /^aws:cloudwatch\/eventRule:/, arg: 'scheduleExpression' }], class: REQ },
  { id: 'scaling-policy', label: 'an auto scaling policy', mention: /\b(auto[- ]?scaling\s+|scale[- ](out|in|up|down)\s+)?scaling\s+polic(y|ies)\b|\bauto[- ]?scaling\s+polic(y|ies)\b|\btarget[- ]tracking(\s+scaling)?(\s+polic(y|ies))?\b|\bstep\s+scaling(\s+polic(y|ies))?\b|\bscale[- ](out|up|in|down)\s+(and\s+scale[- ](in|down)\s+)?polic(y|ies)\b/i, types: /^aws:(appautoscaling|autoscaling)\/policy:/, alsoBy: [{ types: /^aws:ecs\/capacityProvider:/, arg: 'autoScalingGroupProvider.managedScaling' }], unless: /\bdynamo\s?db\b|\bcluster\s+autoscaler\b|\bkarpenter\b|\bhorizontal\s+pod\b|\bhpa\b|\bkubernetes\b/i, class: 'AUTOSCALING-COMPUTE' },
  { id: 'app-autoscaling', label: 'Application Auto Scaling for the service or table', mention: /\bapplication\s+auto\s*scaling\b|\b(ecs|fargate)\s+(service\s+)?auto[- ]?scaling\b|\bauto[- ]?scaling\s+(for|of|on)\s+(the\s+)?(ecs|fargate)\s+(services?|tasks?)\b|\bauto[- ]?scal(e|es|ing|ed)\s+(the\s+)?(ecs|fargate)\s+services?\b|\b(?<!lambda\s)(service|task)\s+auto[- ]?scaling\b/i, types: /^aws:appautoscaling\/(target|policy):/, unless: /\bdynamo\s?db\b|\brcus?\b|\bwcus?\b|\bread\/write\s+capacity\b/i, class: 'AUTOSCALING-COMPUTE' },
  // DynamoDB scales provisioned tables through Application Auto Scaling; an on-demand table scales by itself.
  { id: 'dynamodb-autoscaling', label: 'auto scaling of the DynamoDB table capacity', mention: /\bdynamo\s?db\b[^.]{0,40}?\bauto[- ]?scal(e|es|ed|ing)\b|\bauto[- ]?scal(e|es|ed|ing)\b[^.]{0,30}?\bdynamo\s?db\b|\b(provisioned\s+capacity|rcus?|wcus?|read\/write\s+capacity)\s+(with|and)\s+auto[- ]?scaling\b/i, types: /^aws:appautoscaling\/(target|policy):/, alsoBy: [{ types: /^aws:dynamodb\/table:/, arg: 'billingMode', equals: /^PAY_PER_REQUEST$/ }], class: 'DB-CONFIG' },
  { id: 'budget', label: 'an AWS Budgets budget', mention: /\baws\s+budgets?\b|\bbudgets?\s+(alerts?|alarms?|notifications?)\b|\bcost\s+budgets?\b/i, types: /^aws:budgets\//, class: REQ },
  { id: 'cost-anomaly-detection', label: 'a Cost Anomaly Detection monitor', mention: /\bcost\s+anomaly\s+(detection|monitors?)\b/i, types: /^aws:costexplorer\/anomaly(Monitor|Subscription):/, class: REQ },
  { id: 'access-analyzer', label: 'an IAM Access Analyzer analyzer', mention: /\b(iam\s+)?access\s+analyzer\b(?!\s+(validation|policy\s+(validation|checks?)|checks?|findings?|validate\w*))/i, types: /^aws:accessanalyzer\/analyzer:/, class: 'SECURITY-SERVICES' },
  { id: 'detective', label: 'Amazon Detective', mention: /\b(amazon|aws)\s+detective\b/i, types: /^aws:detective\//, class: 'SECURITY-SERVICES' },
  { id: 'firewall-manager', label: 'an AWS Firewall Manager policy', mention: /\bfirewall\s+manager\b/i, types: /^aws:fms\//, class: 'SECURITY-SERVICES' },
  { id: 'scp', label: 'an Organizations service control policy', mention: /\bservice\s+control\s+polic(y|ies)\b|\bscps?\b/i, types: /^aws:organizations\/(policy|policyAttachment):/, class: REQ },
  { id: 'route53-resolver', label: 'Route 53 Resolver endpoints or rules', mention: /\broute\s*53\s+resolver\b|\bresolver\s+(endpoints?|rules?|query\s+log\w*)\b|\bdns\s+firewall\b/i, types: /^aws:route53\/resolver\w+:/, class: REQ },
  { id: 'direct-connect', label: 'a Direct Connect gateway or connection', mention: /\bdirect\s+connect\b/i, types: /^aws:directconnect\//, class: REQ },
  { id: 'fsx', label: 'an FSx file system', mention: /\bfsx\b/i, types: /^aws:fsx\//, class: REQ },
  { id: 'storage-gateway', label: 'a Storage Gateway', mention: /\bstorage\s+gateway\b/i, types: /^aws:storagegateway\//, class: REQ },
  { id: 'quicksight', label: 'QuickSight', mention: /\bquick\s?sight\b/i, types: /^aws:quicksight\//, class: REQ },
  { id: 'log-subscription-filter', label: 'a CloudWatch Logs subscription filter', mention: /\b(log\s+)?subscription\s+filters?\b/i, types: /^aws:cloudwatch\/logSubscriptionFilter:/, class: 'LOGGING-AUDIT-MISSING' },
  { id: 'contributor-insights', label: 'Contributor Insights', mention: /\bcontributor\s+insights\b/i, types: /^aws:cloudwatch\/contributorInsightRule:|^aws:dynamodb\/contributorInsights:/, class: 'MONITORING-MISSING' },
  { id: 'rum', label: 'a CloudWatch RUM app monitor', mention: /\bcloudwatch\s+rum\b|\breal[- ]user\s+monitoring\b/i, types: /^aws:rum\//, class: 'MONITORING-MISSING' },
  { id: 'evidently', label: 'a CloudWatch Evidently project', mention: /\bevidently\b/i, types: /^aws:evidently\//, class: REQ },
  { id: 'private-ca', label: 'an ACM Private CA', mention: /\b(acm\s+)?private\s+(ca|certificate\s+authority)\b|\bacm[- ]pca\b/i, types: /^aws:acmpca\//, class: REQ },
  { id: 'kms-multi-region', label: 'a multi-Region KMS key', mention: /\bmulti[- ]region\s+(kms\s+)?(customer[- ]managed\s+)?keys?\b|\bkms\s+multi[- ]region\s+keys?\b/i, types: /^aws:kms\/key:/, where: { arg: 'multiRegion', equals: /^true$/, absent: 'false' }, class: 'MULTI-REGION-DR' },
  { id: 'sqs-fifo', label: 'an SQS FIFO queue', mention: /\bsqs\s+fifo\b|\bfifo\s+(sqs\s+)?queues?\b|\bqueues?\s+(must\s+be\s+|are\s+|is\s+)?fifo\b/i, types: /^aws:sqs\/queue:/, where: { arg: 'fifoQueue', equals: /^true$/, absent: 'false' }, class: REQ },
  { id: 'sns-fifo', label: 'an SNS FIFO topic', mention: /\bsns\s+fifo\b|\bfifo\s+(sns\s+)?topics?\b/i, types: /^aws:sns\/topic:/, where: { arg: 'fifoTopic', equals: /^true$/, absent: 'false' }, class: REQ },
  { id: 'kinesis-video', label: 'a Kinesis video stream', mention: /\bkinesis\s+video(\s+streams?)?\b/i, types: /^aws:kinesis\/videoStream:/, class: REQ },
  { id: 'service-catalog', label: 'a Service Catalog portfolio', mention: /\bservice\s+catalog\b/i, types: /^aws:servicecatalog\//, class: REQ },
  { id: 'resource-group', label: 'an AWS Resource Groups group', mention: /\baws\s+resource\s+groups?\b|\btag[- ]based\s+resource\s+groups?\b|\bresource\s+groups?\s+(based\s+on|by|from|for)\s+(the\s+)?tags?\b/i, types: /^aws:resourcegroups\/group:/, class: REQ },
  { id: 'appconfig', label: 'an AppConfig application', mention: /\baws\s+app\s?config\b|\bapp\s?config\s+(applications?|environments?|(configuration\s+)?profiles?|feature\s+flags?|deployments?|deployment\s+strateg(y|ies))\b/i, types: /^aws:appconfig\//, class: REQ },
  { id: 'codeartifact', label: 'a CodeArtifact repository', mention: /\bcode\s?artifact\b/i, types: /^aws:codeartifact\//, class: 'CICD-PIPELINE' },
  { id: 'stack-set', label: 'a CloudFormation StackSet', mention: /\bstack\s?sets?\b/i, types: /^aws:cloudformation\/stackSet(Instance)?:/, class: REQ },
  { id: 'xray-rules', label: 'X-Ray sampling rules or groups', mention: /\bx-?ray\s+(sampling\s+rules?|groups?|insights)\b|\bsampling\s+rules?\b/i, types: /^aws:xray\//, class: 'TRACING-XRAY' },
  { id: 'ssm-document', label: 'a Systems Manager document or automation', mention: /\b(ssm|systems\s+manager)\s+(documents?|automation(\s+(documents?|runbooks?))?|run\s+command|associations?|maintenance\s+windows?|state\s+manager|runbooks?)\b|\bautomation\s+(documents?|runbooks?)\b/i, types: /^aws:ssm\/(document|association|maintenanceWindow\w*):/, class: REQ },
];

const BY_ID = new Map(SERVICES.map((s) => [s.id, s]));

export function serviceById(id: string): Service | undefined {
  return BY_ID.get(id);
}
