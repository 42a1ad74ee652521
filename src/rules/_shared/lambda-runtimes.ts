// AWS Lambda managed runtimes and their end-of-support dates, as published on the "Lambda runtimes"
// page (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). AWS moves these dates
// (in 2025 and again in June 2026 it pushed many block dates out to 2027), so the table carries the date
// it describes and verdicts are computed against that date, never against the clock: refresh the
// table and AS_OF together.
//
// Sources cross-checked with the search tool: cfn-lint's LmbdRuntimeLifecycle.json (2025 revision) and
// its June 2026 update (aws-cloudformation/cfn-lint#4531, #4532: "many create-block/update-block dates
// pushed to 2027-02-01/2027-03-03", "java11, java17, java8.al2, python3.11 got a full year extension"),
// tflint-ruleset-aws aws_lambda_function_deprecated_runtime.go (deprecation dates, Nov 2025).
// Where a block date is not known it is left out: the runtime is then at most "deprecated", never
// "cannot be created".

export const LAMBDA_RUNTIMES_AS_OF = '2026-06-02';

export interface RuntimeLifecycle {
  /** End of support (phase 1): no security patches, no technical support. */
  deprecated: string;
  /** From this date new functions with the runtime cannot be created. */
  blockCreate?: string;
  /** From this date existing functions with the runtime cannot be updated. */
  blockUpdate?: string;
  /** The runtime to move to. */
  successor: string;
}

export const LAMBDA_RUNTIMES: Readonly<Record<string, RuntimeLifecycle>> = {
  // Amazon Linux 1 and older runtimes: creation has been blocked since 2024 or earlier.
  nodejs: { deprecated: '2016-10-31', blockCreate: '2016-10-31', blockUpdate: '2016-10-31', successor: 'nodejs22.x' },
  'nodejs4.3': { deprecated: '2020-03-05', blockCreate: '2020-03-05', blockUpdate: '2020-03-05', successor: 'nodejs22.x' },
  'nodejs4.3-edge': { deprecated: '2020-03-05', blockCreate: '2019-04-30', blockUpdate: '2019-04-30', successor: 'nodejs22.x' },
  'nodejs6.10': { deprecated: '2019-08-12', blockCreate: '2019-08-12', blockUpdate: '2019-08-12', successor: 'nodejs22.x' },
  'nodejs8.10': { deprecated: '2020-03-06', blockCreate: '2020-03-06', blockUpdate: '2020-03-06', successor: 'nodejs22.x' },
  'nodejs10.x': { deprecated: '2021-07-30', blockCreate: '2021-07-30', blockUpdate: '2022-02-14', successor: 'nodejs22.x' },
  'nodejs12.x': { deprecated: '2023-03-31', blockCreate: '2023-03-31', blockUpdate: '2023-04-30', successor: 'nodejs22.x' },
  'nodejs14.x': { deprecated: '2023-12-04', blockCreate: '2024-07-09', successor: 'nodejs22.x' },
  'python2.7': { deprecated: '2021-07-15', blockCreate: '2021-07-15', blockUpdate: '2022-05-30', successor: 'python3.13' },
  'python3.6': { deprecated: '2022-07-18', blockCreate: '2022-07-18', blockUpdate: '2022-08-29', successor: 'python3.13' },
  'python3.7': { deprecated: '2023-12-04', blockCreate: '2024-01-09', successor: 'python3.13' },
  'ruby2.5': { deprecated: '2021-07-30', blockCreate: '2021-07-30', blockUpdate: '2022-03-31', successor: 'ruby3.4' },
  'ruby2.7': { deprecated: '2023-12-07', blockCreate: '2024-01-09', successor: 'ruby3.4' },
  'dotnetcore1.0': { deprecated: '2019-06-27', blockCreate: '2019-07-30', blockUpdate: '2019-07-30', successor: 'dotnet8' },
  'dotnetcore2.0': { deprecated: '2019-05-30', blockCreate: '2019-05-30', blockUpdate: '2019-05-30', successor: 'dotnet8' },
  'dotnetcore2.1': { deprecated: '2022-01-05', blockCreate: '2022-01-05', blockUpdate: '2022-04-13', successor: 'dotnet8' },
  'dotnetcore3.1': { deprecated: '2023-04-03', blockCreate: '2023-04-03', blockUpdate: '2023-05-03', successor: 'dotnet8' },
  'dotnet5.0': { deprecated: '2022-05-10', blockCreate: '2022-05-10', blockUpdate: '2022-05-10', successor: 'dotnet8' },
  'dotnet7': { deprecated: '2024-05-14', blockCreate: '2024-05-14', blockUpdate: '2024-05-14', successor: 'dotnet8' },
  'go1.x': { deprecated: '2024-01-08', blockCreate: '2024-02-08', successor: 'provided.al2023' },
  java8: { deprecated: '2024-01-08', blockCreate: '2024-02-08', successor: 'java21' },
  provided: { deprecated: '2024-01-08', blockCreate: '2024-02-08', successor: 'provided.al2023' },
  // Deprecated; creation still possible as of the table's date (block dates moved to 2027 in June 2026).
  'nodejs16.x': { deprecated: '2024-06-12', blockUpdate: '2027-03-03', successor: 'nodejs22.x' },
  'nodejs18.x': { deprecated: '2025-09-01', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', successor: 'nodejs22.x' },
  'nodejs20.x': { deprecated: '2026-04-30', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', successor: 'nodejs22.x' },
  'python3.8': { deprecated: '2024-10-14', successor: 'python3.13' },
  'python3.9': { deprecated: '2025-12-15', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', successor: 'python3.13' },
  dotnet6: { deprecated: '2024-11-12', successor: 'dotnet8' },
  'ruby3.2': { deprecated: '2026-03-31', successor: 'ruby3.4' },
  // Supported, with a published deprecation date.
  'python3.10': { deprecated: '2026-06-30', successor: 'python3.13' },
  dotnet8: { deprecated: '2026-11-10', successor: 'dotnet10' },
  'python3.11': { deprecated: '2027-06-30', successor: 'python3.13' },
  java11: { deprecated: '2027-06-30', successor: 'java21' },
  java17: { deprecated: '2027-06-30', successor: 'java21' },
  'java8.al2': { deprecated: '2027-06-30', successor: 'java21' },
  'ruby3.3': { deprecated: '2027-03-31', successor: 'ruby3.4' },
  'nodejs22.x': { deprecated: '2027-04-30', successor: 'nodejs24.x' },
  'nodejs24.x': { deprecated: '2028-04-30', successor: 'nodejs24.x' },
  'python3.12': { deprecated: '2028-10-31', successor: 'python3.13' },
  'python3.13': { deprecated: '2029-06-30', successor: 'python3.13' },
  java21: { deprecated: '2029-06-30', successor: 'java21' },
  'provided.al2023': { deprecated: '2029-06-30', successor: 'provided.al2023' },
};

export type RuntimeStatus = 'create-blocked' | 'deprecated' | 'deprecating' | 'supported';

const SOON_MONTHS = 6;

function addMonths(isoDate: string, months: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** Status of a runtime on the table's date; undefined for runtimes the table does not list. */
export function runtimeStatus(runtime: string, asOf = LAMBDA_RUNTIMES_AS_OF): { status: RuntimeStatus; life: RuntimeLifecycle } | undefined {
  const life = LAMBDA_RUNTIMES[runtime];
  if (!life) return undefined;
  if (life.blockCreate !== undefined && life.blockCreate <= asOf) return { status: 'create-blocked', life };
  if (life.deprecated <= asOf) return { status: 'deprecated', life };
  if (life.deprecated <= addMonths(asOf, SOON_MONTHS)) return { status: 'deprecating', life };
  return { status: 'supported', life };
}
