// Metrics that AWS services publish to CloudWatch, per namespace, and for some of them the exact
// dimension combinations they are published with. CloudWatch identifies a metric by namespace, name
// and the exact set of dimensions: an alarm or graph on a name the service does not publish, or on a
// dimension combination it does not publish (HealthyHostCount per load balancer only, DynamoDB
// ThrottledRequests without Operation), matches no data. Nothing fails at deployment; the alarm stays
// in INSUFFICIENT_DATA (or alarms all the time with `treatMissingData: "breaching"`).
//
// Sources, as of late 2025 (metric and dimension tables of each service's monitoring guide):
//   AWS/Lambda          https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
//   AWS/SQS             https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html
//   AWS/SNS             https://docs.aws.amazon.com/sns/latest/dg/sns-monitoring-using-cloudwatch.html
//   AWS/DynamoDB        https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html
//   AWS/ApiGateway      https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html,
//                       https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-metrics.html,
//                       https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-logging.html
//   AWS/ApplicationELB  https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html
//   AWS/EC2             https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/viewing_metrics_with_cloudwatch.html
//   AWS/ECS             https://docs.aws.amazon.com/AmazonECS/latest/developerguide/available-metrics.html
//   AWS/S3              https://docs.aws.amazon.com/AmazonS3/latest/userguide/metrics-dimensions.html
// A namespace marked `complete` lists every metric the service publishes there; for the others only
// names that differ from a listed one by letter case are judged (metric names are case-sensitive).

export interface MetricSpec {
  /** Dimension sets the metric is published with (names sorted); undefined: not judged. */
  dims?: readonly (readonly string[])[];
}

export interface NamespaceMetrics {
  complete: boolean;
  metrics: Readonly<Record<string, MetricSpec>>;
  /** Where to look instead, for messages (e.g. Container Insights metrics). */
  hint?: Readonly<Record<string, string>>;
}

function all(names: readonly string[], spec: MetricSpec = {}): Record<string, MetricSpec> {
  return Object.fromEntries(names.map((n) => [n, spec]));
}

const sets = (...s: string[][]): string[][] => s.map((x) => [...x].sort());

const LAMBDA = [
  'Invocations', 'Errors', 'DeadLetterErrors', 'DestinationDeliveryFailures', 'Throttles', 'OversizedRecordCount',
  'ProvisionedConcurrencyInvocations', 'ProvisionedConcurrencySpilloverInvocations', 'RecursiveInvocationsDropped',
  'SignatureValidationErrors', 'Duration', 'PostRuntimeExtensionsDuration', 'IteratorAge', 'OffsetLag',
  'ConcurrentExecutions', 'ProvisionedConcurrentExecutions', 'ProvisionedConcurrencyUtilization',
  'AsyncEventsReceived', 'AsyncEventAge', 'AsyncEventsDropped',
  'PolledEventCount', 'InvokedEventCount', 'FilteredOutEventCount', 'FailedInvokeEventCount', 'DeletedEventCount',
  'DroppedEventCount', 'OnFailureDestinationDeliveredEventCount', 'ProvisionedPollers',
  'CommittedEventCount', 'PolledEventBytes', 'PolledEventCountPerPoller', 'ProcessedEventCount',
];

const SQS = [
  'ApproximateAgeOfOldestMessage', 'ApproximateNumberOfMessagesDelayed', 'ApproximateNumberOfMessagesNotVisible',
  'ApproximateNumberOfMessagesVisible', 'NumberOfEmptyReceives', 'NumberOfMessagesDeleted', 'NumberOfMessagesReceived',
  'NumberOfMessagesSent', 'SentMessageSize', 'NumberOfDeduplicatedSentMessages', 'ApproximateNumberOfGroupsWithInflightMessages',
];

const SNS = [
  'NumberOfMessagesPublished', 'NumberOfNotificationsDelivered', 'NumberOfNotificationsFailed', 'NumberOfNotificationsFilteredOut',
  'NumberOfNotificationsFilteredOut-MessageAttributes', 'NumberOfNotificationsFilteredOut-MessageBody',
  'NumberOfNotificationsFilteredOut-InvalidAttributes', 'NumberOfNotificationsFilteredOut-NoMessageAttributes',
  'NumberOfNotificationsFilteredOut-InvalidMessageBody', 'NumberOfNotificationsRedrivenToDlq',
  'NumberOfNotificationsFailedToRedriveToDlq', 'PublishSize', 'SMSMonthToDateSpentUSD', 'SMSSuccessRate',
];

const DYNAMODB_TABLE = [
  'ConditionalCheckFailedRequests', 'ConsumedChangeDataCaptureUnits', 'ConsumedReadCapacityUnits', 'ConsumedWriteCapacityUnits',
  'OnlineIndexConsumedWriteCapacity', 'OnlineIndexPercentageProgress', 'OnlineIndexThrottleEvents',
  'ProvisionedReadCapacityUnits', 'ProvisionedWriteCapacityUnits', 'ReadThrottleEvents', 'WriteThrottleEvents',
  'ReadProvisionedThroughputThrottleEvents', 'WriteProvisionedThroughputThrottleEvents',
  'ReadKeyRangeThroughputThrottleEvents', 'WriteKeyRangeThroughputThrottleEvents',
  'ReadMaxOnDemandThroughputThrottleEvents', 'WriteMaxOnDemandThroughputThrottleEvents',
  'ReadAccountLimitThrottleEvents', 'WriteAccountLimitThrottleEvents', 'TimeToLiveDeletedItemCount', 'TransactionConflict',
  'AgeOfOldestUnreplicatedRecord', 'FailedToReplicateRecordCount', 'ThrottledPutRecordCount', 'PendingReplicationCount',
  'OnDemandMaxReadRequestUnits', 'OnDemandMaxWriteRequestUnits', 'ReturnedBytes', 'ReturnedRecordsCount',
];
const DYNAMODB_ACCOUNT = [
  'AccountMaxReads', 'AccountMaxTableLevelReads', 'AccountMaxTableLevelWrites', 'AccountMaxWrites',
  'AccountProvisionedReadCapacityUtilization', 'AccountProvisionedWriteCapacityUtilization',
  'MaxProvisionedTableReadCapacityUtilization', 'MaxProvisionedTableWriteCapacityUtilization',
];

const APIGW_REST = ['4XXError', '5XXError', 'CacheHitCount', 'CacheMissCount'];
const APIGW_HTTP = ['4xx', '5xx', 'DataProcessed'];
const APIGW_SHARED = ['Count', 'IntegrationLatency', 'Latency'];
const APIGW_WEBSOCKET = ['ConnectCount', 'MessageCount', 'IntegrationError', 'ClientError', 'ExecutionError'];

/** ALB metrics published per target group (with the load balancer), never per load balancer alone. */
const ALB_TARGET_GROUP = ['HealthyHostCount', 'UnHealthyHostCount', 'HealthyStateDNS', 'HealthyStateRouting', 'UnhealthyStateDNS', 'UnhealthyStateRouting', 'AnomalousHostCount', 'MitigatedHostCount'];
const ALB_OTHER = [
  'ActiveConnectionCount', 'ClientTLSNegotiationErrorCount', 'ConsumedLCUs', 'DesyncMitigationMode_NonCompliant_Request_Count',
  'DroppedInvalidHeaderRequestCount', 'ForwardedInvalidHeaderRequestCount', 'GrpcRequestCount', 'HTTP_Fixed_Response_Count',
  'HTTP_Redirect_Count', 'HTTP_Redirect_Url_Limit_Exceeded_Count', 'HTTPCode_ELB_3XX_Count', 'HTTPCode_ELB_4XX_Count',
  'HTTPCode_ELB_5XX_Count', 'HTTPCode_ELB_500_Count', 'HTTPCode_ELB_502_Count', 'HTTPCode_ELB_503_Count', 'HTTPCode_ELB_504_Count',
  'IPv6ProcessedBytes', 'IPv6RequestCount', 'NewConnectionCount', 'NonStickyRequestCount', 'ProcessedBytes',
  'RejectedConnectionCount', 'RequestCount', 'RuleEvaluations', 'PeakLCUs', 'ReservedLCUs',
  'HTTPCode_Target_2XX_Count', 'HTTPCode_Target_3XX_Count', 'HTTPCode_Target_4XX_Count', 'HTTPCode_Target_5XX_Count',
  'RequestCountPerTarget', 'TargetConnectionErrorCount', 'TargetResponseTime', 'TargetTLSNegotiationErrorCount',
  'UnhealthyRoutingRequestCount', 'ZonalShiftedHostCount', 'LambdaTargetProcessedBytes', 'LambdaInternalError', 'LambdaUserError',
  'ELBAuthError', 'ELBAuthFailure', 'ELBAuthLatency', 'ELBAuthRefreshTokenSuccess', 'ELBAuthSuccess', 'ELBAuthUserClaimsSizeExceeded',
];

const EC2 = [
  'CPUUtilization', 'CPUCreditUsage', 'CPUCreditBalance', 'CPUSurplusCreditBalance', 'CPUSurplusCreditsCharged',
  'DiskReadOps', 'DiskWriteOps', 'DiskReadBytes', 'DiskWriteBytes', 'NetworkIn', 'NetworkOut', 'NetworkPacketsIn',
  'NetworkPacketsOut', 'MetadataNoToken', 'MetadataNoTokenRejected', 'StatusCheckFailed', 'StatusCheckFailed_Instance',
  'StatusCheckFailed_System', 'StatusCheckFailed_AttachedEBS', 'EBSReadOps', 'EBSWriteOps', 'EBSReadBytes', 'EBSWriteBytes',
  'EBSIOBalance%', 'EBSByteBalance%', 'DedicatedHostCPUUtilization',
];

const S3_STORAGE = ['BucketSizeBytes', 'NumberOfObjects'];
const S3_REQUEST = [
  'AllRequests', 'GetRequests', 'PutRequests', 'DeleteRequests', 'HeadRequests', 'PostRequests', 'SelectRequests',
  'SelectBytesScanned', 'SelectBytesReturned', 'ListRequests', 'BytesDownloaded', 'BytesUploaded', '4xxErrors', '5xxErrors',
  'FirstByteLatency', 'TotalRequestLatency',
];
const S3_REPLICATION = ['ReplicationLatency', 'BytesPendingReplication', 'OperationsPendingReplication', 'OperationsFailedReplication'];

const ECS_SERVICE = ['CPUUtilization', 'MemoryUtilization'];
const ECS_CLUSTER = ['CPUReservation', 'MemoryReservation', 'GPUReservation'];
const ECS_SERVICE_CONNECT = [
  'ActiveConnectionCount', 'NewConnectionCount', 'ProcessedBytes', 'RequestCount', 'GrpcRequestCount', 'HTTPCode_Target_2XX_Count',
  'HTTPCode_Target_3XX_Count', 'HTTPCode_Target_4XX_Count', 'HTTPCode_Target_5XX_Count', 'RequestCountPerTarget',
  'TargetProcessedBytes', 'TargetResponseTime', 'ClientTLSNegotiationErrorCount', 'TargetTLSNegotiationErrorCount',
];
const CONTAINER_INSIGHTS = ['RunningTaskCount', 'PendingTaskCount', 'DesiredTaskCount', 'TaskCount', 'ServiceCount', 'ContainerInstanceCount', 'CpuUtilized', 'MemoryUtilized', 'DeploymentCount', 'TaskSetCount', 'RestartCount'];

export const METRICS: Readonly<Record<string, NamespaceMetrics>> = {
  'AWS/Lambda': {
    complete: true,
    metrics: {
      ...all(LAMBDA),
      UnreservedConcurrentExecutions: { dims: [[]] },
      ClaimedAccountConcurrency: { dims: [[]] },
    },
  },
  'AWS/SQS': { complete: true, metrics: all(SQS, { dims: [['QueueName']] }) },
  'AWS/SNS': { complete: true, metrics: all(SNS) },
  'AWS/DynamoDB': {
    complete: true,
    metrics: {
      ...all(DYNAMODB_TABLE),
      ...all(DYNAMODB_ACCOUNT, { dims: [[]] }),
      UserErrors: { dims: [[]] },
      SystemErrors: { dims: sets(['TableName', 'Operation'], ['Operation']) },
      ThrottledRequests: { dims: sets(['TableName', 'Operation'], ['TableName', 'Operation', 'GlobalSecondaryIndexName']) },
      SuccessfulRequestLatency: { dims: sets(['TableName', 'Operation'], ['TableName', 'StreamLabel', 'Operation']) },
      ReturnedItemCount: { dims: sets(['TableName', 'Operation']) },
      ReplicationLatency: { dims: sets(['TableName', 'ReceivingRegion']) },
    },
  },
  'AWS/ApiGateway': { complete: true, metrics: all([...APIGW_REST, ...APIGW_HTTP, ...APIGW_SHARED, ...APIGW_WEBSOCKET]) },
  'AWS/ApplicationELB': {
    complete: true,
    metrics: {
      ...all(ALB_OTHER),
      ...all(ALB_TARGET_GROUP, { dims: sets(['TargetGroup', 'LoadBalancer'], ['TargetGroup', 'LoadBalancer', 'AvailabilityZone']) }),
    },
  },
  'AWS/EC2': { complete: true, metrics: all(EC2), hint: { MemoryUtilization: 'memory is not an EC2 metric: it is published only by the CloudWatch agent (namespace `CWAgent`, metric `mem_used_percent`)' } },
  'AWS/ECS': {
    complete: true,
    metrics: {
      ...all(ECS_SERVICE, { dims: sets([], ['ClusterName'], ['ClusterName', 'ServiceName']) }),
      ...all(ECS_CLUSTER, { dims: sets([], ['ClusterName']) }),
      ...all(ECS_SERVICE_CONNECT),
    },
    hint: Object.fromEntries(CONTAINER_INSIGHTS.map((m) => [m, 'task counts are Container Insights metrics: namespace `ECS/ContainerInsights` (with Container Insights enabled on the cluster)'])),
  },
  'AWS/S3': {
    complete: true,
    metrics: {
      ...all(S3_STORAGE, { dims: sets(['BucketName', 'StorageType']) }),
      ...all(S3_REQUEST, { dims: sets(['BucketName', 'FilterId']) }),
      ...all(S3_REPLICATION, { dims: sets(['SourceBucket', 'DestinationBucket', 'RuleId']) }),
    },
  },
};

/** API Gateway metric names that exist for only one kind of API (REST: ApiName; HTTP: ApiId). */
export const APIGW_ONLY: Readonly<Record<string, 'rest' | 'http'>> = {
  ...Object.fromEntries(APIGW_REST.map((m) => [m, 'rest' as const])),
  ...Object.fromEntries(APIGW_HTTP.map((m) => [m, 'http' as const])),
};

/** S3 request metrics: published only for buckets with a request-metrics configuration (aws.s3.BucketMetric). */
export const S3_REQUEST_METRICS: ReadonlySet<string> = new Set(S3_REQUEST);
