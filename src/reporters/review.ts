// The failure report in the form reviewers write by hand (../shared/seeds/): summary with counts by
// severity, one section per failure (impact, class, the model's code, the fix, why it matters),
// requirements, what is still wrong in the corrected answer, what the model got right, the resource
// diff, and the training-value score with its formula.

import { SEVERITIES } from '../core/finding.js';
import { TOOL_NAME, VERSION } from '../core/version.js';
import type { CodeExcerpt, Failure, Review } from '../review/review.js';
import YAML from 'yaml';
import { escapeControl } from './escape.js';
import { displayPath } from './paths.js';

const MAX_SECTIONS = 60;

const STATUS: Record<Failure['status'], string> = {
  fixed: 'fixed in the corrected answer',
  'partly-fixed': 'fixed at some places in the corrected answer',
  'still-present': 'still present in the corrected answer',
  'removed-in-ideal': 'the corrected answer no longer has this resource',
  'cannot-tell': 'cannot tell (the corrected answer has no comparable code for it)',
  'no-ideal': 'no corrected answer to compare',
};

/** Places shown with their code in a failure's section; the others are listed by name. */
const MAX_PLACES_SHOWN = 3;

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function fence(c: CodeExcerpt): string[] {
  const longest = Math.max(2, ...[...c.code.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return [f + c.lang, c.code, f];
}

function whereAt(c: CodeExcerpt, cwd: string): string {
  const host = displayPath(c.host, cwd);
  return c.file !== c.host ? `\`${c.file}\`, ${host} line ${c.line}` : `${host}:${c.line}`;
}

export function renderReviewMarkdown(r: Review, cwd: string): string {
  const s = r.summary;
  const out: string[] = ['# Model failure report', ''];
  out.push(`- Model answer: ${displayPath(r.model, cwd)}`);
  if (r.ideal) out.push(`- Corrected answer: ${displayPath(r.ideal, cwd)}`);
  if (r.prompt) out.push(`- Request: ${displayPath(r.prompt, cwd)}`);
  out.push('', '## Summary', '');
  const where = s.places > s.failures ? ` at ${s.places} places` : '';
  out.push(
    `The model answer has **${s.failures} failure${s.failures === 1 ? '' : 's'}**${where}` +
      (r.ideal
        ? `; the corrected answer fixes **${s.fixed}**${s.partlyFixed ? `, fixes ${s.partlyFixed} in part` : ''}, and ${s.stillPresent} remain${s.stillPresent === 1 ? 's' : ''} in it${s.cannotTell ? ` (${s.cannotTell} cannot be compared: the corrected answer has no code for them)` : ''}.`
        : '.') +
      (s.minor ? ` ${s.minor} minor issue${s.minor === 1 ? '' : 's'} of low impact ${s.minor === 1 ? 'is' : 'are'} listed after them.` : ''),
    '',
  );
  out.push('| impact | failures | fixed in the corrected answer |', '|---|---|---|');
  for (const sev of SEVERITIES) out.push(`| ${sev === 'low' ? 'Low (minor issues)' : cap(sev)} | ${s.bySeverity[sev]} | ${r.ideal ? s.fixedBySeverity[sev] : '—'} |`);
  const cats = Object.entries(s.byCategory).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (cats.length) out.push('', `By category: ${cats.map(([c, n]) => `${c} ${n}`).join(', ')}.`);
  out.push('', `**Training value: ${r.score.value}/10**${r.score.estimate ? ' (estimate: no corrected answer)' : ''} — see the last section for the formula.`, '');

  out.push('## Failures', '');
  if (r.failures.length === 0) out.push('No failure found.', '');
  r.failures.slice(0, MAX_SECTIONS).forEach((f, i) => {
    out.push(`### ${i + 1}. ${f.title}`, '');
    out.push(`**Impact level**: ${cap(f.severity)} · **Category**: ${f.category} (${f.class}) · **Rule**: \`${f.ruleId}\` · **Status**: ${STATUS[f.status]}`, '');
    const shown = f.places.filter((p) => p.code).slice(0, MAX_PLACES_SHOWN);
    if (shown.length) {
      out.push(f.count > 1 ? `**Model code** (${f.count} places${shown.length < f.count ? `, ${shown.length} shown` : ''}):` : `**Model code** (${whereAt(shown[0]!.code!, cwd)}):`, '');
      for (const p of shown) {
        if (f.count > 1) out.push(`${whereAt(p.code!, cwd)}${p.resource?.name ? ` — \`${p.resource.name}\`` : ''}${r.ideal ? ` (${STATUS[p.status]})` : ''}:`, '');
        out.push(...fence(p.code!), '');
      }
      const rest = f.places.filter((p) => !shown.includes(p));
      if (rest.length) out.push(`Also at: ${rest.map((p) => (p.code ? whereAt(p.code, cwd) : '') + (p.resource?.name ? ` \`${p.resource.name}\`` : '')).join('; ')}.`, '');
    }
    out.push(`**What is wrong**: ${f.message}`, '');
    const otherMessages = [...new Set(f.places.map((p) => p.message))].filter((m) => m !== f.message);
    if (otherMessages.length) out.push(...otherMessages.slice(0, 3).map((m) => `- ${m}`), '');
    if (f.fix.source === 'ideal') out.push(`**Fix** (from the corrected answer, ${whereAt(f.fix.code, cwd)}):`, '', ...fence(f.fix.code), '');
    else if (f.fix.text) out.push(`**Fix**: ${f.fix.text}`, '');
    if (f.fix.source === 'hint' && f.fix.code) out.push(`Corrected, as \`stacklint check --fix\` rewrites it (${whereAt(f.fix.code, cwd)}):`, '', ...fence(f.fix.code), '');
    if (f.why) out.push(`**Why it matters**: ${f.why}`, '');
    out.push('---', '');
  });
  if (r.failures.length > MAX_SECTIONS) out.push(`_${r.failures.length - MAX_SECTIONS} more failures are listed in the JSON form of this report._`, '');

  if (r.minor.length) {
    // One line each: what, where, the fix in short; the JSON form has them in full.
    out.push('## Minor issues', '', 'Low impact: code hygiene, hardening the request did not ask for, and values the request itself mandates.', '');
    for (const f of r.minor.slice(0, MAX_SECTIONS)) {
      const at = f.places.find((p) => p.code)?.code;
      const more = f.count > 1 ? ` (+${f.count - 1} more)` : '';
      const fix = f.fix.source === 'ideal' ? ` Fixed in the corrected answer at ${whereAt(f.fix.code, cwd)}.` : f.fix.text ? ` Fix: ${f.fix.text}` : '';
      out.push(`- **${f.title}** — \`${f.ruleId}\`${at ? `, ${whereAt(at, cwd)}${more}` : ''}${r.ideal ? ` (${STATUS[f.status]})` : ''}.${fix}`);
    }
    if (r.minor.length > MAX_SECTIONS) out.push(`- … and ${r.minor.length - MAX_SECTIONS} more in the JSON form of this report.`);
    out.push('');
  }

  if (r.requirements) {
    const met = r.requirements.filter((q) => q.status === 'pass');
    const failed = r.requirements.filter((q) => q.status === 'fail');
    const unknown = r.requirements.filter((q) => q.status === 'unknown');
    out.push('## Requirements from the request', '');
    out.push(`${met.length} met, ${failed.length} failed, ${unknown.length} could not be judged statically.`, '');
    if (failed.length) out.push('**Failed:**', '', ...failed.map((q) => `- (line ${q.line}) "${q.sentence}"${q.detail ? ` — ${q.detail}` : ''}`), '');
    if (met.length) {
      out.push('**Met:**', '');
      for (const q of met) {
        const first = q.evidence?.code.split('\n')[0]?.trim();
        out.push(`- (line ${q.line}) "${q.sentence}"${q.detail ? ` — ${q.detail}` : ''}${q.evidence ? ` (${whereAt(q.evidence, cwd)}${first ? `: \`${first.replace(/`/g, "'").slice(0, 100)}\`` : ''})` : ''}`);
      }
      out.push('');
    }
  }

  if (r.ideal) {
    out.push('## Still wrong in the corrected answer', '');
    if (r.idealFindings.length === 0) out.push('Nothing: the corrected answer raises no finding.', '');
    for (const g of r.idealFindings.slice(0, MAX_SECTIONS)) {
      out.push(`- **${cap(g.severity)}** ${g.title} (\`${g.ruleId}\`, ${g.class}${g.origin === 'not-fixed' ? ', also in the model answer' : ', new in the corrected answer'})${g.code ? ` at ${whereAt(g.code, cwd)}` : ''}: ${g.message}`);
    }
    if (r.idealFindings.length > MAX_SECTIONS) out.push(`- … and ${r.idealFindings.length - MAX_SECTIONS} more.`);
    out.push('');
  }

  out.push('## What the model got right', '', ...(r.gotRight.length ? r.gotRight.map((g) => `- ${g}`) : ['- Nothing that can be checked statically.']), '');

  if (r.diff) {
    const d = r.diff;
    out.push('## Resource differences (model → corrected)', '');
    out.push(`${d.unchanged} matched resources unchanged, ${d.changed.length} changed, ${d.removed.length} only in the model, ${d.added.length} only in the corrected answer.`, '');
    for (const c of d.changed.slice(0, 40)) {
      const changes = [...c.args.map((a) => ({ ...a, path: a.path })), ...c.options.map((o) => ({ ...o, path: `options.${o.path}` }))];
      out.push(`- ${c.type} ${c.modelName}${c.idealName !== c.modelName ? ` → ${c.idealName}` : ''}: ${changes.map((x) => `\`${x.path}\` ${x.model ?? '(absent)'} → ${x.ideal ?? '(absent)'}`).join('; ')}`);
    }
    if (d.removed.length) out.push(`- Only in the model: ${d.removed.slice(0, 30).map((x) => `${x.type} ${x.name}`).join(', ')}${d.removed.length > 30 ? ', …' : ''}`);
    if (d.added.length) out.push(`- Only in the corrected answer: ${d.added.slice(0, 30).map((x) => `${x.type} ${x.name}`).join(', ')}${d.added.length > 30 ? ', …' : ''}`);
    out.push('');
  }

  out.push('## Training value', '');
  out.push(`**${r.score.value}/10** = ${r.score.formula}; here W = ${r.score.weightedFixes}.${r.score.estimate ? ' Without a corrected answer every failure is counted as if fixed.' : ''}`, '');
  out.push(`_${TOOL_NAME} ${VERSION}_`, '');
  // Code excerpts and messages come from the answers: no raw control characters in the report.
  return escapeControl(out.join('\n'));
}

export function renderReviewJson(r: Review): string {
  return JSON.stringify({ tool: { name: TOOL_NAME, version: VERSION }, review: r }, null, 2) + '\n';
}

/** The same data as the JSON form, as YAML for people to edit (`review --render` reads it back). */
export function renderReviewYaml(r: Review): string {
  const head = '# stacklint review: edit failures (drop one, change severity, title or wording), then\n# render again with `stacklint review --render <this file>`; counts and score are recomputed.\n';
  return head + YAML.stringify({ tool: { name: TOOL_NAME, version: VERSION }, review: JSON.parse(JSON.stringify(r)) }, { lineWidth: 0 });
}
