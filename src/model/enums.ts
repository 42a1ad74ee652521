// Values of SDK enum members used by name (`aws.lambda.Runtime.NodeJS18dX`). The SDK encodes the
// value in the member name for the enums that matter most to rules; others stay unknown with an
// `enum:` provenance until the schema resolves them.

export type EnumLookup = (pkg: string, path: string[], enumName: string, member: string) => string | undefined;

/** Decode enum member names whose spelling determines the value. */
export function decodeEnumMember(pkg: string, path: string[], enumName: string, member: string): string | undefined {
  if (pkg !== 'aws') return undefined;
  const mod = path.join('/');
  if (mod === 'lambda' && enumName === 'Runtime') {
    // NodeJS18dX → nodejs18.x, Python3d11 / PYTHON3D11 → python3.11, Java8AL2 → java8.al2,
    // Dotnet8 → dotnet8, Go1dx → go1.x, CustomAL2023 → provided.al2023
    const m = member.toLowerCase();
    if (m.startsWith('custom')) return `provided${m.slice(6) ? '.' + m.slice(6) : ''}`;
    return m.replace(/(\d)d(\d|x)/g, '$1.$2').replace(/^java(\d+)al2$/, 'java$1.al2').replace(/^ruby(\d)d(\d)/, 'ruby$1.$2');
  }
  if (mod === 'ec2' && enumName === 'InstanceType') {
    // T3_Micro → t3.micro, M5_Large → m5.large, T3_2XLarge → t3.2xlarge
    const i = member.indexOf('_');
    if (i < 0) return undefined;
    return `${member.slice(0, i)}.${member.slice(i + 1)}`.toLowerCase().replace(/_/g, '');
  }
  if (mod === 'rds' && (enumName === 'EngineType' || enumName === 'StorageType')) {
    return member
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/_/g, '-');
  }
  return undefined;
}
