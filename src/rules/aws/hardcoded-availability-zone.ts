import type { At, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { providerRegion } from '../_shared/regions.js';
import { str } from '../_shared/values.js';
import { walk } from '../_shared/walk.js';
import { defineRule } from '../define-rule.js';

// Availability Zone names: region + letter (us-east-1a, eu-central-1b, us-gov-west-1a).
const AZ_NAME = /^([a-z]{2}(?:-gov)?-[a-z]+-\d)[a-z]$/;
/**
 * The zone letter of a zone name built as the region plus a literal letter (`${region}a`): the
 * region part is unknown, the last part is one letter.
 */
function zoneLetter(v: Value): string | undefined {
  const s = v.kind === 'output' ? v.inner : v;
  if (s.kind !== 'str' || s.parts.length < 2) return undefined;
  const last = s.parts[s.parts.length - 1]!;
  const before = s.parts[s.parts.length - 2]!;
  const letter = last.kind === 'known' && typeof last.value === 'string' && /^[a-z]$/.test(last.value) ? last.value : undefined;
  return letter && before.kind !== 'known' ? letter : undefined;
}

const AZ_KEYS = new Set(['availabilityZone', 'availabilityZones', 'preferredAvailabilityZones', 'secondaryAvailabilityZone']);

export default defineRule({
  id: 'aws/hardcoded-availability-zone',
  class: 'AZ-HARDCODED-LOOKUP',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [],
  messages: {
    literal: 'Availability Zone `{{az}}` is hard-coded. Zone names map to different physical zones in each account, not every zone offers every instance type, and the program breaks in any other region; take the zones from `aws.getAvailabilityZones()`.',
    letter: 'Availability Zones are built as the region followed by a letter ({{letter}}). Zone letters map to different physical zones in each account, some regions have no such zone (or it is closed to new customers), and some instance types are missing from some zones, so the subnet or instance fails to create there; take the zones from `aws.getAvailabilityZones()`.',
    wrongRegion: 'Availability Zone `{{az}}` is in {{azRegion}}, but this resource is deployed by a provider for {{region}}: creation fails with an invalid zone. Take the zones from `aws.getAvailabilityZones()` with the same provider.',
  },
  title: {
    literal: 'Hard-coded Availability Zone{{az:s}} {{az:code}} on {{counted}}',
    letter: 'Availability Zones built from the region and letters {{letter}} on {{counted}}',
    wrongRegion: 'Availability Zone {{az:code}} of {{azRegion}} on {{counted}} deployed to {{region}}',
  },
  fixHint: 'const azs = aws.getAvailabilityZonesOutput({ state: "available" }); use azs.names[i] (TypeScript) / azs.names[i] inside an apply (Python).',
  docs: {
    summary: 'Availability Zone names written as literals in resource arguments.',
    why: 'AZ names such as `us-east-1a` are account-specific aliases, some zones lack instance types or are constrained, and the literal pins the program to one region: switching `aws:region` makes every subnet fail. `aws.getAvailabilityZones()` gives the zones of whatever region the stack deploys to. A zone from another region than the resource\'s provider is a definite deployment failure.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst subnet = new aws.ec2.Subnet('a', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' });\nexport const subnetId = subnet.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.1.0/24", availability_zone="us-east-1a")\npulumi.export("subnet_id", subnet.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst azs = aws.getAvailabilityZonesOutput({ state: 'available' });\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst subnet = new aws.ec2.Subnet('a', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24', availabilityZone: azs.names[0] });\nexport const subnetId = subnet.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nazs = aws.get_availability_zones(state="available")\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.1.0/24", availability_zone=azs.names[0])\npulumi.export("subnet_id", subnet.id)\n`,
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html', 'https://www.pulumi.com/registry/packages/aws/api-docs/getavailabilityzones/'],
    notes: 'Zone names built from the region and a literal letter (`${region}a`, `f"{region}b"`) are reported as well, once per file. Zone IDs (`use1-az1`) are not reported. A literal zone is reported once where it is written, however many resources use it. Indexing a list of zones (or of resources built per zone) past its end is not reported yet: the model records `index-out-of-range` events without saying which list was indexed.',
  },
  check(ctx) {
    // A list of zones written on one line is one finding, not one per zone.
    const lines = new Set<string>();
    const firstOnLine = (at: At | undefined): boolean => {
      const text = at ? ctx.fileOf(at)?.text : undefined;
      if (!at || text === undefined) return true;
      const key = `${at.f}:${text.lastIndexOf('\n', at.s)}`;
      if (lines.has(key)) return false;
      lines.add(key);
      return true;
    };
    const letters = new Map<string, { at: At; resource: Resource; letters: Set<string> }>();
    for (const r of ctx.resources()) {
      const region = providerRegion(ctx.model, r)?.region;
      walk(r.args, ({ key, value }) => {
        if (!AZ_KEYS.has(key)) return;
        const list = value.kind === 'list' ? value.items : [value];
        for (const v of list) {
          const letter = zoneLetter(v);
          if (letter) {
            // One habit per file: report the first zone built this way, naming every letter used.
            const file = v.at?.f ?? r.at.f;
            const seen = letters.get(file);
            if (seen) seen.letters.add(letter);
            else letters.set(file, { at: v.at ?? r.at, resource: r, letters: new Set([letter]) });
            continue;
          }
          const az = str(v);
          const m = az ? AZ_NAME.exec(az) : null;
          if (!az || !m || !firstOnLine(v.at)) continue;
          if (region && region !== m[1]) ctx.report({ messageId: 'wrongRegion', data: { az, azRegion: m[1]!, region }, at: v.at, resource: r, severity: 'high' });
          else ctx.report({ messageId: 'literal', data: { az }, at: v.at, resource: r });
        }
      });
    }
    for (const x of letters.values()) {
      ctx.report({ messageId: 'letter', data: { letter: [...x.letters].sort().map((l) => `\`${l}\``).join(', ') }, at: x.at, resource: x.resource });
    }
  },
});
