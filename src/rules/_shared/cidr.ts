// IPv4 CIDR blocks as the VPC API reads them: parsing, network-address checks, containment, overlap.

export interface Cidr {
  text: string;
  /** The address as an unsigned 32-bit number. */
  addr: number;
  prefix: number;
}

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** A CIDR block written as `a.b.c.d/n`; undefined when the text is not one (or is out of range). */
export function parseCidr(text: string): Cidr | undefined {
  const m = IPV4_CIDR.exec(text.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const addr = ((octets[0]! << 24) >>> 0) + (octets[1]! << 16) + (octets[2]! << 8) + octets[3]!;
  return { text: text.trim(), addr, prefix };
}

/** Does the text look like an IPv4 CIDR the author meant (four dotted numbers and a prefix), valid or not? */
export function looksLikeCidr(text: string): boolean {
  return /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(text.trim());
}

function mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** The network address of the block (host bits cleared). */
export function network(c: Cidr): number {
  return (c.addr & mask(c.prefix)) >>> 0;
}

/** Host bits are set (`10.0.1.0/16`): the provider rejects it as "not a valid IPv4 CIDR network address". */
export function hasHostBits(c: Cidr): boolean {
  return network(c) !== c.addr;
}

export function formatCidr(addr: number, prefix: number): string {
  return `${addr >>> 24}.${(addr >>> 16) & 255}.${(addr >>> 8) & 255}.${addr & 255}/${prefix}`;
}

/** `inner` lies entirely inside `outer`. */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && ((network(inner) & mask(outer.prefix)) >>> 0) === network(outer);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return contains(a, b) || contains(b, a);
}

/** The longest prefix a block containing all of these can have (the smallest common supernet). */
export function commonPrefix(blocks: Cidr[]): number {
  let prefix = Math.min(...blocks.map((b) => b.prefix));
  while (prefix > 0 && new Set(blocks.map((b) => (network(b) & mask(prefix)) >>> 0)).size > 1) prefix--;
  return prefix;
}
