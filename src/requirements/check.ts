// Requirements × resource model → verdicts. Every kind has a check (the record type makes a missing
// one a compile error); a check that throws yields `unknown`, never a failure.

import type { ResourceModel } from '../model/types.js';
import type { RequirementKind } from './kinds.js';
import type { Requirement, RequirementOf, RequirementResult } from './types.js';
import { contextOf, type Check, type CheckContext, type Verdict } from './check/context.js';
import { checkCapacity, checkInstanceType } from './check/compute.js';
import { checkConfigKeys, checkEnvVars, checkOutputs, checkStages } from './check/config.js';
import {
  checkBackupRetention, checkBackupWindow, checkDeletionProtection, checkBilling, checkDbMonitoring, checkDbParameters, checkDynamoGsi, checkDynamoStreams, checkDynamoTtl, checkEngine,
  checkEngineVersion, checkKeys, checkMultiAzDb, checkPitr, checkReplication, checkDbSnapshotRestore,
} from './check/database.js';
import { checkApiType, checkEventWiring } from './check/events.js';
import { checkArchitecture, checkConcurrency, checkLambdaVpc, checkMemory, checkRetries, checkRuntime, checkSnapStart, checkTimeout } from './check/lambda.js';
import { checkDestroyable } from './check/lifecycle.js';
import { checkLogRetention, checkServiceLogging, checkXray } from './check/logging.js';
import { checkDlq } from './check/messaging.js';
import { checkAlarmErrorRate, checkAlarmMetrics, checkContainerInsights } from './check/monitoring.js';
import { checkEnvironmentSuffix, checkNamingPattern } from './check/naming.js';
import { checkAzCount, checkCidr, checkNat, checkVpcEndpoints } from './check/network.js';
import { checkComponent, checkPlatform } from './check/platform.js';
import { checkMultiRegion, checkRegion } from './check/region.js';
import { checkTrafficShifting } from './check/routing.js';
import { checkSecretsManager, checkSsmParameter } from './check/secrets.js';
import { checkEncryptionAtRest, checkExistingKmsKey, checkIamExplicitDeny, checkImdsv2, checkKeyRotation, checkLeastPrivilege, checkManagedPoliciesOnly, checkIamMfa, checkManagedPolicy, checkPermissionsBoundary, checkPublicAccessBlock, checkRolePerFunction, checkTls } from './check/security.js';
import { checkForbiddenService, checkRequiredService } from './check/services.js';
import { checkLifecycle, checkVersioning } from './check/storage.js';
import { checkTags } from './check/tagging.js';

const CHECKS: { [K in RequirementKind]: Check<K> } = {
  platform: checkPlatform,
  'component-resource': checkComponent,
  region: checkRegion,
  'multi-region': checkMultiRegion,
  'naming-pattern': checkNamingPattern,
  'environment-suffix': checkEnvironmentSuffix,
  destroyable: checkDestroyable,
  'log-retention': checkLogRetention,
  'service-logging': checkServiceLogging,
  'az-count': checkAzCount,
  'nat-gateways': checkNat,
  'vpc-endpoints': checkVpcEndpoints,
  cidr: checkCidr,
  'traffic-shifting': checkTrafficShifting,
  'lambda-runtime': checkRuntime,
  'lambda-memory': checkMemory,
  'lambda-timeout': checkTimeout,
  'lambda-concurrency': checkConcurrency,
  'lambda-architecture': checkArchitecture,
  'lambda-retries': checkRetries,
  'lambda-snapstart': checkSnapStart,
  'lambda-vpc': checkLambdaVpc,
  'dead-letter-queue': checkDlq,
  'required-tags': checkTags,
  'encryption-at-rest': checkEncryptionAtRest,
  'existing-kms-key': checkExistingKmsKey,
  'key-rotation': checkKeyRotation,
  tls: checkTls,
  'public-access-block': checkPublicAccessBlock,
  'least-privilege': checkLeastPrivilege,
  'iam-explicit-deny': checkIamExplicitDeny,
  'managed-policies-only': checkManagedPoliciesOnly,
  'permissions-boundary': checkPermissionsBoundary,
  'role-per-function': checkRolePerFunction,
  'managed-policy': checkManagedPolicy,
  'iam-mfa': checkIamMfa,
  imdsv2: checkImdsv2,
  'instance-type': checkInstanceType,
  'autoscaling-capacity': checkCapacity,
  pitr: checkPitr,
  'backup-retention': checkBackupRetention,
  'multi-az-db': checkMultiAzDb,
  'db-engine': checkEngine,
  'db-engine-version': checkEngineVersion,
  'backup-window': checkBackupWindow,
  'deletion-protection': checkDeletionProtection,
  'db-parameters': checkDbParameters,
  'db-monitoring': checkDbMonitoring,
  'container-insights': checkContainerInsights,
  'dynamodb-billing': checkBilling,
  'dynamodb-keys': checkKeys,
  'dynamodb-gsi': checkDynamoGsi,
  'dynamodb-ttl': checkDynamoTtl,
  'dynamodb-streams': checkDynamoStreams,
  replication: checkReplication,
  'db-snapshot-restore': checkDbSnapshotRestore,
  versioning: checkVersioning,
  lifecycle: checkLifecycle,
  xray: checkXray,
  'alarm-metrics': checkAlarmMetrics,
  'alarm-error-rate': checkAlarmErrorRate,
  'secrets-manager': checkSecretsManager,
  'ssm-parameter': checkSsmParameter,
  'env-vars': checkEnvVars,
  'config-keys': checkConfigKeys,
  'stack-outputs': checkOutputs,
  'pipeline-stages': checkStages,
  'event-wiring': checkEventWiring,
  'api-type': checkApiType,
  'required-service': checkRequiredService,
  'forbidden-service': checkForbiddenService,
};

function run<K extends RequirementKind>(req: RequirementOf<K>, ctx: CheckContext): Verdict {
  const check = CHECKS[req.kind] as Check<K>;
  try {
    return check(req, ctx);
  } catch (err) {
    return { status: 'unknown', evidence: { detail: `the check failed: ${(err as Error).message}` } };
  }
}

export function checkRequirements(reqs: readonly Requirement[], model: ResourceModel): RequirementResult[] {
  const ctx = contextOf(model, reqs);
  return reqs.map((requirement) => {
    const verdict = run(requirement, ctx);
    const result: RequirementResult = { requirement, status: verdict.status, evidence: verdict.evidence };
    if (verdict.message) result.message = verdict.message;
    if (verdict.severity) result.severity = verdict.severity;
    if (verdict.class) result.class = verdict.class;
    return result;
  });
}
