import { estimateString, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { resourceRef } from '../_shared/labels.js';
import { alternatives } from '../_shared/name-provenance.js';
import { keySpan, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

/** The argument that sets the master user, by type. */
const USERNAME_ARG: Record<string, string> = {
  'aws:rds/instance:Instance': 'username',
  'aws:rds/cluster:Cluster': 'masterUsername',
  'aws:docdb/cluster:Cluster': 'masterUsername',
};

/** Engines whose own roles make `admin` a reserved word (PostgreSQL and DocumentDB). */
const ADMIN_RESERVED = /^(postgres|aurora-postgresql|docdb)$/;
const POSTGRES = /^(postgres|aurora-postgresql)$/;
/** Engines whose master user name has at most 16 characters. */
const MYSQL = /^(mysql|mariadb|aurora|aurora-mysql)$/;

/** The engine a resource runs: DocumentDB clusters have one engine; RDS names it in `engine`. */
function engineOf(r: Resource): string | undefined {
  if (r.module === 'docdb') return 'docdb';
  return str(r.args.props.get('engine'))?.toLowerCase();
}

/** Why AWS rejects this master user name on this engine, or undefined. */
function problemOf(name: string, engine: string | undefined): string | undefined {
  if (name.toLowerCase() === 'rdsadmin') return '`rdsadmin` is the account RDS itself uses to manage every database instance';
  if (engine && ADMIN_RESERVED.test(engine) && name.toLowerCase() === 'admin') return `\`admin\` is a reserved word for the ${engine} engine`;
  if (engine && POSTGRES.test(engine) && /^pg_/i.test(name)) return 'PostgreSQL reserves role names that start with `pg_`';
  const max = !engine ? undefined : MYSQL.test(engine) ? 16 : POSTGRES.test(engine) ? 63 : undefined;
  if (max !== undefined && name.length > max) return `a master user name has at most ${max} characters on the ${engine} engine, and this one has ${name.length}`;
  if (name.length > 0 && !/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return 'a master user name must start with a letter and contain only letters, digits and underscores';
  return undefined;
}

/** The names the argument may take: known alternatives, and the default of a configured value. */
function candidates(v: Value, lang: Resource['lang']): { name: string; fromDefault: boolean }[] {
  return alternatives(v).flatMap((outer): { name: string; fromDefault: boolean }[] => {
    const alt = outer.kind === 'output' ? outer.inner : outer;
    const known = str(alt);
    if (known !== undefined) return [{ name: known, fromDefault: false }];
    const estimated = alt.kind === 'unknown' ? estimateString(alt, lang) : undefined;
    return estimated !== undefined ? [{ name: estimated, fromDefault: true }] : [];
  });
}

export default defineRule({
  id: 'naming/reserved-db-username',
  class: 'NAME-AWS-CONSTRAINTS',
  severity: 'high',
  category: 'naming',
  resourceTypes: Object.keys(USERNAME_ARG),
  messages: {
    reserved: 'The master user name `{{name}}` of {{resource}} is rejected by AWS: {{problem}}. Creating the database fails (InvalidParameterValue); choose another name such as `dbadmin`.',
    reservedDefault: 'The master user name of {{resource}} defaults to `{{name}}`, which AWS rejects: {{problem}}. Unless configuration sets another name, creating the database fails (InvalidParameterValue); change the default to a name such as `dbadmin`.',
  },
  title: {
    reserved: 'Reserved master user name {{name:code}} on {{counted}}',
    reservedDefault: 'Reserved default master user name {{name:code}} on {{counted}}',
  },
  fixHint: 'Use a master user name that starts with a letter, has only letters, digits and underscores, and is not reserved by the engine (`admin` on PostgreSQL, Aurora PostgreSQL and DocumentDB; `rdsadmin` everywhere), e.g. `dbadmin`.',
  docs: {
    summary: 'A database master user name that the engine reserves (`admin` on PostgreSQL) or that breaks AWS\'s format for it.',
    why: 'RDS and DocumentDB validate the master user name when the database is created. `admin` is the usual choice for MySQL and is what generated code reaches for, but PostgreSQL, Aurora PostgreSQL and DocumentDB reserve it ("MasterUsername admin cannot be used as it is a reserved word used by the engine"); `rdsadmin` is reserved by RDS on every engine, and PostgreSQL reserves roles starting with `pg_`. Names must start with a letter and contain only letters, digits and underscores, so `db-admin` fails everywhere. The error surfaces only during `pulumi up`, after the network and other resources were created.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst cluster = new aws.rds.Cluster('db', {\n  engine: 'aurora-postgresql',\n  masterUsername: 'admin',\n  manageMasterUserPassword: true,\n});\nexport const endpoint = cluster.endpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndb = aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", allocated_storage=20,\n    username="admin", manage_master_user_password=True)\npulumi.export("endpoint", db.endpoint)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst cluster = new aws.rds.Cluster('db', {\n  engine: 'aurora-postgresql',\n  masterUsername: 'dbadmin',\n  manageMasterUserPassword: true,\n});\nexport const endpoint = cluster.endpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndb = aws.rds.Instance("db", engine="mysql", instance_class="db.t3.micro", allocated_storage=20,\n    username="admin", manage_master_user_password=True)\npulumi.export("endpoint", db.endpoint)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.Constraints',
      'https://github.com/aws/aws-cdk/pull/10597',
      'https://github.com/aws-cloudformation/cfn-lint/pull/4425',
    ],
    notes: '`admin` is reported only when the engine is known to be PostgreSQL, Aurora PostgreSQL or DocumentDB (MySQL, MariaDB, Oracle and SQL Server accept it). A name read from configuration is judged by its default, and the message says so. The length is judged when the engine is known: at most 16 characters on MySQL, MariaDB and Aurora MySQL, 63 on PostgreSQL. Instances restored from a snapshot or created as read replicas ignore the name and are not reported.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const argName = USERNAME_ARG[r.type]!;
      const v = r.args.props.get(argName);
      if (!v || v.kind === 'absent') continue;
      // A replica or a restore takes the source's master user; the argument is ignored.
      if (['replicateSourceDb', 'snapshotIdentifier'].some((k) => { const x = r.args.props.get(k); return x !== undefined && x.kind !== 'absent'; })) continue;
      const engine = engineOf(r);
      for (const c of candidates(v, r.lang)) {
        const problem = problemOf(c.name, engine);
        if (!problem) continue;
        ctx.report({ messageId: c.fromDefault ? 'reservedDefault' : 'reserved', data: { name: c.name, resource: resourceRef(r), problem }, at: v.at ?? keySpan(r.args, argName), resource: r });
        break;
      }
    }
  },
});
