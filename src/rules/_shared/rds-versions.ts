// Engine versions Amazon RDS and Aurora accept for new databases, per engine: the shape of a valid
// version string, the major versions still offered, and for some majors the oldest minor version that
// can still be created (RDS retires minor versions in batches, about 12-18 months after release;
// creating an instance on a retired one fails with "Cannot find version X for <engine>").
//
// As of late 2025. Sources: the RDS for PostgreSQL and Aurora PostgreSQL release calendars
// (https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html,
// https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/aurora-postgresql-release-calendar.html),
// the Aurora MySQL version naming (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Updates.Versions.html),
// and `aws rds describe-db-engine-versions` output quoted by reviewers in 2025 (Aurora PostgreSQL:
// 11.9, 11.21, 12.9, 12.22, 13.9-13.21, 14.6-14.18, 15.6-15.13, 16.1-16.3; RDS PostgreSQL 14.7, 15.4 and
// 15.5 rejected). The May 2026 retirement of RDS PostgreSQL 14.14-14.17, 15.9-15.12, 16.5-16.8 and
// 17.1-17.4 is after this table's date and not applied. Only floors that are known are listed: a
// version above a floor, or of a major without one, is never reported as unavailable.

export const RDS_VERSIONS_AS_OF = '2025-11-15';

export interface EngineVersions {
  /** Human name for messages. */
  label: string;
  /** The shape of a full version string for this engine. */
  format: RegExp;
  /** Example of a valid version, for messages. */
  example: string;
  /** First numeric component of versions of this engine (to tell a version of another engine). */
  majors: readonly number[];
  /** Majors no longer offered for new databases (major string → note). */
  retiredMajors?: Readonly<Record<string, string>>;
  /** Oldest minor that can still be created, by major (`'15'` → `'15.6'`); PostgreSQL engines only. */
  floors?: Readonly<Record<string, string>>;
}

export const RDS_ENGINES: Readonly<Record<string, EngineVersions>> = {
  postgres: {
    label: 'RDS for PostgreSQL',
    format: /^\d+(\.\d+)?(-rds\.\d+)?$/i,
    example: '16.6',
    majors: [9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
    retiredMajors: { '9.6': 'retired in 2022', '10': 'retired in 2023', '9.5': 'retired in 2021' },
    // 11 and 12 are offered only under RDS Extended Support, at their last minor.
    floors: { '11': '11.22', '12': '12.22', '13': '13.14', '14': '14.11', '15': '15.6', '16': '16.2' },
  },
  'aurora-postgresql': {
    label: 'Aurora PostgreSQL',
    format: /^\d+(\.\d+)?$/,
    example: '16.6',
    majors: [9, 10, 11, 12, 13, 14, 15, 16, 17],
    retiredMajors: { '9.6': 'retired in 2022', '10': 'retired in 2023' },
    floors: { '11': '11.9', '12': '12.9', '13': '13.9', '14': '14.6', '15': '15.6', '16': '16.1' },
  },
  mysql: {
    label: 'RDS for MySQL',
    format: /^\d+\.\d+(\.\d+)?$/,
    example: '8.0.40',
    majors: [5, 8],
    retiredMajors: { '5.5': 'retired in 2018', '5.6': 'retired in 2022' },
  },
  mariadb: {
    label: 'RDS for MariaDB',
    format: /^\d+\.\d+(\.\d+)?$/,
    example: '10.11.9',
    majors: [10, 11],
    retiredMajors: { '10.0': 'retired', '10.1': 'retired', '10.2': 'retired in 2022', '10.3': 'retired in 2023' },
  },
  'aurora-mysql': {
    label: 'Aurora MySQL',
    // Aurora MySQL versions name the MySQL major and the Aurora release: 8.0.mysql_aurora.3.05.2.
    format: /^(5\.7|8\.0)\.mysql_aurora\.\d+\.\d+\.\d+$/,
    example: '8.0.mysql_aurora.3.08.0',
    majors: [5, 8],
  },
};

function parts(v: string): number[] {
  return v.split(/[.-]/).map((x) => Number.parseInt(x, 10)).filter((n) => !Number.isNaN(n));
}

function less(a: string, b: string): boolean {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}

export type VersionVerdict =
  | { kind: 'ok' }
  | { kind: 'mismatch'; engine: EngineVersions }
  | { kind: 'malformed'; engine: EngineVersions }
  | { kind: 'retired-major'; engine: EngineVersions; major: string; note: string }
  | { kind: 'retired-minor'; engine: EngineVersions; floor: string };

/** Judge a known engine + version pair; `ok` for engines the table does not describe. */
export function judgeVersion(engineName: string, version: string): VersionVerdict {
  const engine = RDS_ENGINES[engineName];
  if (!engine) return { kind: 'ok' };
  const first = parts(version)[0];
  if (first === undefined || !engine.majors.includes(first) || (engineName.includes('postgres') && /mysql/i.test(version))) {
    return { kind: 'mismatch', engine };
  }
  if (!engine.format.test(version)) return { kind: 'malformed', engine };
  for (const [major, note] of Object.entries(engine.retiredMajors ?? {})) {
    if (version === major || version.startsWith(`${major}.`)) return { kind: 'retired-major', engine, major, note };
  }
  // Floors are kept for PostgreSQL engines, whose versions are `major.minor`; a major-only version
  // ("15") lets RDS pick a current minor.
  const floor = engine.floors?.[String(first)];
  if (floor && parts(version).length > 1 && less(version, floor)) return { kind: 'retired-minor', engine, floor };
  return { kind: 'ok' };
}
