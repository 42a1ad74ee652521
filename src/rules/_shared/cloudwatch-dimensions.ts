// CloudWatch metric dimensions of well-known AWS namespaces, and which resource attribute gives the
// value each dimension expects. A metric is identified by its namespace, name and exact dimension
// set: a dimension name the service never publishes, or a value in the wrong form (an ARN where the
// name is expected), selects a metric that has no data, so an alarm on it sits in INSUFFICIENT_DATA
// and a dashboard graph stays empty, without any error at deployment.
//
// Sources (dimension lists as documented by each service):
//   AWS/Lambda         https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
//   AWS/SQS            https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html
//   AWS/DynamoDB       https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html
//   AWS/RDS            https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/dimensions.html,
//                      https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/dimensions.html,
//                      https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.monitoring.html
//   AWS/EC2            https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/viewing_metrics_with_cloudwatch.html
//   AWS/ApiGateway     https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html,
//                      https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-metrics.html
//   AWS/ApplicationELB https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html
//   AWS/NetworkELB     https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-cloudwatch-metrics.html
//   AWS/SNS, AWS/ECS   https://docs.aws.amazon.com/sns/latest/dg/sns-monitoring-using-cloudwatch.html,
//                      https://docs.aws.amazon.com/AmazonECS/latest/developerguide/available-metrics.html
// Resource attributes: the `@pulumi/aws` declarations (an SQS queue's `id` is its URL, an SNS topic's
// `id` its ARN, a load balancer's `id` its ARN and `arnSuffix` the `app/<name>/<id>` form).

/** What value a dimension expects, and which attributes of which resources give it or not. */
export interface DimensionTarget {
  /** Type tokens of the resources whose attribute belongs in this dimension. */
  types: readonly string[];
  /** The attribute to use, for messages. */
  use: string;
  /** Attributes of those resources that give a value of another form (ARN, URL, endpoint, …). */
  wrong: readonly string[];
  /** What the value looks like, for messages. */
  form: string;
  /** Other resource types whose attributes are known not to fit (a target group in `LoadBalancer`). */
  notTypes?: readonly string[];
}

export interface NamespaceDimensions {
  /** Every dimension the service publishes in this namespace (undefined: not known completely). */
  names?: readonly string[];
  targets: Readonly<Record<string, DimensionTarget>>;
}

const LAMBDA_FUNCTION = 'aws:lambda/function:Function';
const LOAD_BALANCERS = ['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer'];
const TARGET_GROUPS = ['aws:lb/targetGroup:TargetGroup', 'aws:alb/targetGroup:TargetGroup'];

const ELB_TARGETS: Record<string, DimensionTarget> = {
  LoadBalancer: { types: LOAD_BALANCERS, use: 'arnSuffix', wrong: ['arn', 'id', 'name', 'dnsName', 'zoneId'], form: '`app/<name>/<id>` (`net/...` for NLBs)', notTypes: TARGET_GROUPS },
  TargetGroup: { types: TARGET_GROUPS, use: 'arnSuffix', wrong: ['arn', 'id', 'name'], form: '`targetgroup/<name>/<id>`', notTypes: LOAD_BALANCERS },
};

export const NAMESPACES: Readonly<Record<string, NamespaceDimensions>> = {
  'AWS/Lambda': {
    names: ['FunctionName', 'Resource', 'ExecutedVersion', 'EventSourceMappingUUID'],
    targets: {
      FunctionName: { types: [LAMBDA_FUNCTION], use: 'name', wrong: ['arn', 'invokeArn', 'qualifiedArn', 'qualifiedInvokeArn'], form: 'the function name' },
    },
  },
  'AWS/SQS': {
    names: ['QueueName'],
    targets: { QueueName: { types: ['aws:sqs/queue:Queue'], use: 'name', wrong: ['arn', 'id', 'url'], form: 'the queue name' } },
  },
  'AWS/SNS': {
    targets: { TopicName: { types: ['aws:sns/topic:Topic'], use: 'name', wrong: ['arn', 'id'], form: 'the topic name' } },
  },
  'AWS/DynamoDB': {
    names: ['TableName', 'GlobalSecondaryIndexName', 'Operation', 'OperationType', 'ReceivingRegion', 'StreamLabel', 'Verb', 'DelegatedOperation'],
    targets: { TableName: { types: ['aws:dynamodb/table:Table'], use: 'name', wrong: ['arn', 'streamArn'], form: 'the table name' } },
  },
  'AWS/RDS': {
    names: [
      'DBInstanceIdentifier', 'DBClusterIdentifier', 'DatabaseClass', 'EngineName', 'SourceRegion', 'Role',
      'GlobalDbDBClusterIdentifier', 'SecondaryRegion', 'ProxyName', 'Target', 'TargetGroup', 'TargetRole', 'Endpoint',
    ],
    targets: {
      DBInstanceIdentifier: {
        types: ['aws:rds/instance:Instance', 'aws:rds/clusterInstance:ClusterInstance'],
        use: 'identifier',
        wrong: ['arn', 'endpoint', 'address', 'resourceId', 'dbiResourceId'],
        form: 'the DB instance identifier',
      },
      DBClusterIdentifier: { types: ['aws:rds/cluster:Cluster'], use: 'clusterIdentifier', wrong: ['arn', 'endpoint', 'readerEndpoint', 'clusterResourceId'], form: 'the cluster identifier' },
    },
  },
  'AWS/EC2': {
    names: ['AutoScalingGroupName', 'ImageId', 'InstanceId', 'InstanceType'],
    targets: {
      InstanceId: { types: ['aws:ec2/instance:Instance'], use: 'id', wrong: ['arn', 'privateIp', 'publicIp', 'privateDns', 'publicDns'], form: 'the instance id (`i-...`)' },
      AutoScalingGroupName: { types: ['aws:autoscaling/group:Group'], use: 'name', wrong: ['arn'], form: 'the Auto Scaling group name' },
    },
  },
  'AWS/ApiGateway': {
    names: ['ApiName', 'ApiId', 'Stage', 'Method', 'Resource', 'Route'],
    targets: {
      ApiName: { types: ['aws:apigateway/restApi:RestApi'], use: 'name', wrong: ['id', 'arn', 'executionArn', 'rootResourceId'], form: 'the REST API name' },
      // REST APIs publish their metrics under ApiName; ApiId is the dimension of HTTP and WebSocket APIs.
      ApiId: { types: ['aws:apigatewayv2/api:Api'], use: 'id', wrong: ['arn', 'apiEndpoint', 'executionArn'], form: 'the id of an HTTP or WebSocket API (REST APIs publish their metrics under `ApiName`)', notTypes: ['aws:apigateway/restApi:RestApi'] },
    },
  },
  'AWS/ApplicationELB': { names: ['LoadBalancer', 'TargetGroup', 'AvailabilityZone'], targets: ELB_TARGETS },
  'AWS/NetworkELB': { names: ['LoadBalancer', 'TargetGroup', 'AvailabilityZone'], targets: ELB_TARGETS },
  'AWS/ECS': {
    targets: {
      ClusterName: { types: ['aws:ecs/cluster:Cluster'], use: 'name', wrong: ['arn'], form: 'the cluster name' },
      ServiceName: { types: ['aws:ecs/service:Service'], use: 'name', wrong: ['arn'], form: 'the service name' },
    },
  },
};
