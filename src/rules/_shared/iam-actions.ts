// Facts about IAM actions, from the AWS Service Authorization Reference
// (https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html):
// an action whose "Resource types" column is empty must be granted on `*`.
//
// Only the services below are judged; for any other service nothing is known and rules stay silent.
// `List*` / `Describe*` actions read metadata and many of them only accept `*`, so they are treated as
// wildcard-only in every service.

/** Per service: actions (or `Prefix*` patterns) that have no resource type and require `Resource: "*"`. */
const WILDCARD_ONLY: Record<string, string[]> = {
  s3: ['ListAllMyBuckets', 'CreateJob', 'GetAccountPublicAccessBlock', 'PutAccountPublicAccessBlock', 'PutStorageLensConfiguration', 'CreateStorageLensGroup', 'PutAccessPointPublicAccessBlock'],
  dynamodb: ['PurchaseReservedCapacityOfferings'],
  sqs: [],
  sns: ['CheckIfPhoneNumberIsOptedOut', 'GetSMSAttributes', 'SetSMSAttributes', 'OptInPhoneNumber', 'GetSMSSandboxAccountStatus', 'CreateSMSSandboxPhoneNumber', 'DeleteSMSSandboxPhoneNumber', 'VerifySMSSandboxPhoneNumber', 'CreatePlatformApplication'],
  kms: ['CreateKey', 'GenerateRandom', 'CreateCustomKeyStore', 'ConnectCustomKeyStore', 'DisconnectCustomKeyStore', 'DeleteCustomKeyStore', 'UpdateCustomKeyStore'],
  secretsmanager: ['GetRandomPassword', 'BatchGetSecretValue'],
  ssm: [
    // Actions of the SSM agent on the instance (AmazonSSMManagedInstanceCore grants them on `*`).
    'UpdateInstanceInformation', 'GetDeployablePatchSnapshotForInstance', 'GetManifest', 'PutInventory', 'PutComplianceItems', 'PutConfigurePackageResult', 'UpdateAssociationStatus', 'UpdateInstanceAssociationStatus',
    'GetInventory', 'GetInventorySchema', 'GetConnectionStatus', 'CancelCommand',
  ],
  lambda: ['CreateEventSourceMapping', 'GetAccountSettings', 'CreateCodeSigningConfig'],
  logs: ['CreateLogDelivery', 'GetLogDelivery', 'UpdateLogDelivery', 'DeleteLogDelivery', 'PutResourcePolicy', 'DeleteResourcePolicy', 'GetQueryResults', 'StopQuery', 'CancelExportTask', 'TestMetricFilter', 'PutQueryDefinition', 'DeleteQueryDefinition', 'GetLogRecord'],
  kinesis: [],
  firehose: [],
  states: ['SendTaskSuccess', 'SendTaskFailure', 'SendTaskHeartbeat', 'ValidateStateMachineDefinition'],
  events: ['PutPartnerEvents', 'TestEventPattern', 'PutPermission', 'RemovePermission'],
  ecr: ['GetAuthorizationToken', 'GetRegistryPolicy', 'PutRegistryPolicy', 'DeleteRegistryPolicy', 'PutReplicationConfiguration', 'GetRegistryScanningConfiguration', 'PutRegistryScanningConfiguration', 'CreatePullThroughCacheRule', 'DeletePullThroughCacheRule', 'UpdatePullThroughCacheRule'],
  ecs: ['RegisterTaskDefinition', 'DeregisterTaskDefinition', 'DiscoverPollEndpoint', 'PutAccountSetting', 'PutAccountSettingDefault', 'DeleteAccountSetting', 'CreateCluster'],
  iam: ['GetAccountSummary', 'GetAccountPasswordPolicy', 'UpdateAccountPasswordPolicy', 'DeleteAccountPasswordPolicy', 'GetAccountAuthorizationDetails', 'GetCredentialReport', 'GenerateCredentialReport', 'GetServiceLastAccessedDetails', 'GetServiceLastAccessedDetailsWithEntities', 'SimulateCustomPolicy', 'GetContextKeysForCustomPolicy', 'SetSecurityTokenServicePreferences', 'GetOrganizationsAccessReport'],
  sts: ['GetCallerIdentity', 'GetSessionToken', 'GetAccessKeyInfo', 'GetServiceBearerToken', 'DecodeAuthorizationMessage'],
  cloudwatch: ['PutMetricData', 'GetMetricData', 'GetMetricStatistics', 'GetMetricWidgetImage', 'PutAnomalyDetector', 'DeleteAnomalyDetector'],
  ec2: [
    // ENIs that Lambda / ECS create in a VPC are not known in advance (AWSLambdaVPCAccessExecutionRole grants these on `*`).
    'CreateNetworkInterface', 'DeleteNetworkInterface', 'AssignPrivateIpAddresses', 'UnassignPrivateIpAddresses', 'AttachNetworkInterface', 'DetachNetworkInterface',
    'GetInstanceTypesFromInstanceRequirements', 'GetSpotPlacementScores', 'GetCoipPoolUsage', 'GetEbsEncryptionByDefault', 'GetEbsDefaultKmsKeyId', 'EnableEbsEncryptionByDefault', 'DisableEbsEncryptionByDefault', 'ModifyEbsDefaultKmsKeyId',
  ],
  autoscaling: [],
  elasticloadbalancing: [],
  rds: [],
};

/** X-Ray's trace and sampling actions have no resource type; its group/rule CRUD is rare in programs. */
const WHOLE_SERVICE_WILDCARD_ONLY = new Set(['xray', 'ssmmessages', 'ec2messages', 'tag', 'pricing', 'ce', 'health', 'support']);

const METADATA = /^(List|Describe)/;

export interface ParsedAction {
  service: string;
  name: string;
}

export function parseAction(text: string): ParsedAction | undefined {
  const m = /^([a-z0-9-]+):([A-Za-z0-9*?]+)$/i.exec(text.trim());
  return m ? { service: m[1]!.toLowerCase(), name: m[2]! } : undefined;
}

/**
 * Does the action accept resource ARNs? `true` when it does (so `*` is broader than needed),
 * `false` when it only works with `*`, `undefined` when the service is not in the table.
 * A pattern such as `s3:Get*` matches actions that accept ARNs, so it counts as `true`.
 */
export function supportsResourceLevel(a: ParsedAction): boolean | undefined {
  if (WHOLE_SERVICE_WILDCARD_ONLY.has(a.service)) return false;
  const table = WILDCARD_ONLY[a.service];
  if (!table) return undefined;
  if (METADATA.test(a.name)) return false;
  return !table.some((x) => x.toLowerCase() === a.name.toLowerCase());
}

/** Services whose writes, deletes and reads of secrets touch data or permissions. */
const DATA_SERVICES = new Set(['s3', 'dynamodb', 'sqs', 'sns', 'kinesis', 'firehose', 'secretsmanager', 'ssm', 'kms', 'iam', 'rds', 'ec2', 'ecr', 'lambda']);
const HIGH_IMPACT_VERB = /^(Put|Delete|Update|BatchWrite|Write|Send|Publish|Purge|Terminate|Decrypt|ReEncrypt|Pass|Attach|Detach|Schedule|Disable|Restore)/i;
const HIGH_IMPACT_ACTIONS = new Set([
  'secretsmanager:getsecretvalue',
  'ssm:getparameter',
  'ssm:getparameters',
  'ssm:getparametersbypath',
  'kms:creategrant',
  'iam:createaccesskey',
  'iam:createpolicyversion',
]);

/** Data-plane writes and deletes, decryption, secret reads and privilege escalation. */
export function isHighImpact(a: ParsedAction): boolean {
  if (HIGH_IMPACT_ACTIONS.has(`${a.service}:${a.name.toLowerCase()}`)) return true;
  return DATA_SERVICES.has(a.service) && HIGH_IMPACT_VERB.test(a.name);
}
