// Small text utilities shared by the extractors: numbers, durations, negation and list splitting.

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, single: 1 };

/** A number written in digits or as a small English word. */
export function numberOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  return WORDS[w];
}

export const NUMBER = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)`;

/** CloudWatch accepts these retention periods only; years map onto them. */
const YEAR_DAYS: Record<number, number> = { 1: 365, 2: 731, 3: 1096, 5: 1827, 6: 2192, 7: 2557, 8: 2922, 9: 3288, 10: 3653 };

function yearsToDays(years: number): number {
  return YEAR_DAYS[years] ?? Math.round(years * 365);
}

/** Every duration in days mentioned in the text ("30-day", "7 days", "1 year"), in order. */
export function daysIn(text: string): number[] {
  const out: number[] = [];
  const re = new RegExp(String.raw`\b${NUMBER}[-\s]?(day|days|d|week|weeks|month|months|year|years|yr|yrs)\b`, 'gi');
  for (const m of text.matchAll(re)) {
    const n = numberOf(m[1]!);
    if (n === undefined) continue;
    const unit = m[2]!.toLowerCase();
    if (unit.startsWith('y')) out.push(yearsToDays(n));
    else if (unit.startsWith('w')) out.push(n * 7);
    else if (unit.startsWith('m')) out.push(n * 30);
    else out.push(n);
  }
  return out;
}

const NEGATION = /\b(no|not|without|avoid|avoiding|never|don'?t|do not|does not|must not|should not|cannot|instead of|rather than|except|forbidden|disable|disabled|minimi[sz]e)\b[^,;:.]*$/i;

/** Is the phrase at `index` inside a negated clause ("no NAT gateways", "without X")? */
export function negatedAt(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  if (NEGATION.test(before)) return true;
  const after = text.slice(index, index + 60);
  return /^[^,;.]*?\b(not (required|needed|allowed|used)|is forbidden|are forbidden)\b/i.test(after);
}

/** Split an enumeration ("A, B, and C" / "A and B") into its items. */
export function listItems(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&|\bor\b(?=\s+\S+\s*$))\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Directive wording: the sentence asks for something rather than describing it. */
export const DIRECTIVE =
  /\b(must|should|shall|need|needs|needed|require[sd]?|want|wants|create|deploy|deployed|set up|configure|implement|use|uses|using|include|includes|add|enable|provision|build|design|establish|integrate|launch|store|define[sd]?|apply|attach|leverage|utili[sz]e|ensure|make sure|fix|replace|migrate|export|output|tag|keep|restrict|block|encrypt|support|follow|spin up|target|targeting|import)\b/i;

/** Database wording: "Multi-AZ" about a database is `multi-az-db`, not a subnet layout. */
export const DATABASE = /\b(rds|databases?|db|aurora|postgres(ql)?|mysql|mariadb|elasticache|redis|memcached)\b/i;
