// `--format html`: one self-contained page (inline CSS and script, no external URL) that a person
// opens in a browser: summary counts, charts of findings per severity and per class, filters by
// severity, rule and file, and every finding with its code frame and fix. Everything that comes from
// the analysed code or the answers is escaped. Reviews and corpus summaries are their Markdown form
// rendered to HTML (markdown-it, with raw HTML disabled) in the same page style.

import MarkdownIt from 'markdown-it';
import { SEVERITIES, type Severity } from '../core/finding.js';
import type { ProgramResult } from '../core/result.js';
import { TOOL_NAME, VERSION } from '../core/version.js';
import { escapeControl } from './escape.js';
import { displayPath } from './paths.js';
import { type Positioned, positionFindings } from './positions.js';
import { summarize } from './summary.js';

const COLOR: Record<Severity, string> = { critical: '#8b1a1a', high: '#d9480f', medium: '#b08900', low: '#4263a8' };
/** Characters of a code line shown around a finding; longer lines are cut with `…`. */
const FRAME_WIDTH = 160;

export function escapeHtml(s: string): string {
  return escapeControl(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body{font:14px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d1d1f;background:#f6f7f9}
header,main{max-width:1100px;margin:0 auto;padding:16px 24px}
header{background:#fff;border-bottom:1px solid #e3e5e8;max-width:none}
h1{margin:0 0 4px;font-size:22px}h2{font-size:17px;margin:24px 0 8px}
.summary{color:#555;margin:0}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.card{background:#fff;border:1px solid #e3e5e8;border-radius:8px;padding:10px 14px;min-width:110px}
.card b{display:block;font-size:22px}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.chart{background:#fff;border:1px solid #e3e5e8;border-radius:8px;padding:12px;overflow:hidden}
.chart svg{max-width:100%;height:auto}
.filters{display:flex;gap:12px;flex-wrap:wrap;align-items:center;margin:16px 0;background:#fff;border:1px solid #e3e5e8;border-radius:8px;padding:10px 14px}
select{font:inherit;padding:2px 6px}
.finding{background:#fff;border:1px solid #e3e5e8;border-left:4px solid #999;border-radius:6px;padding:10px 14px;margin:10px 0}
.finding[hidden]{display:none}
.finding h3{font-size:14px;margin:0 0 6px;display:flex;gap:8px;flex-wrap:wrap;align-items:baseline}
.sev{color:#fff;border-radius:4px;padding:0 6px;font-size:12px;text-transform:uppercase}
.rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
.where{color:#666;font-size:12px}
pre{background:#f3f4f6;border-radius:4px;padding:8px;overflow-x:auto;font:12px/1.45 ui-monospace,Menlo,Consolas,monospace}
pre .at{background:#ffe3a3}
.fix{color:#2b6a36}
table{border-collapse:collapse}td,th{border:1px solid #e3e5e8;padding:3px 8px;text-align:left}
footer{color:#888;font-size:12px;max-width:1100px;margin:24px auto;padding:0 24px}
`;

function page(title: string, body: string, script = ''): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body}\n<footer>${TOOL_NAME} ${VERSION}</footer>\n${script ? `<script>${script}</script>\n` : ''}</body>\n</html>\n`;
}

/** Horizontal bars as inline SVG: label, bar, count. */
function barChart(id: string, title: string, rows: { label: string; count: number; color: string }[]): string {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const h = 22;
  const labelW = 230;
  const barW = 260;
  const bars = rows
    .map((r, i) => {
      const w = Math.round((barW * r.count) / max);
      const y = i * h;
      return `<g data-label="${escapeHtml(r.label)}" data-count="${r.count}"><text x="0" y="${y + 15}" font-size="12">${escapeHtml(r.label)}</text><rect x="${labelW}" y="${y + 4}" width="${w}" height="14" fill="${r.color}"></rect><text x="${labelW + w + 6}" y="${y + 15}" font-size="12">${r.count}</text></g>`;
    })
    .join('');
  return `<div class="chart" id="${id}"><b>${escapeHtml(title)}</b><svg role="img" aria-label="${escapeHtml(title)}" width="${labelW + barW + 40}" height="${Math.max(h, rows.length * h)}">${bars}</svg></div>`;
}

function frame(lines: string[], p: Positioned): string {
  const out: string[] = [];
  const from = Math.max(1, p.line - 2);
  const to = Math.min(lines.length, p.line + 1);
  for (let n = from; n <= to; n++) {
    const t = (lines[n - 1] ?? '').replace(/\r$/, '');
    let start = 0;
    if (t.length > FRAME_WIDTH) start = Math.max(0, Math.min(p.column - 1 - 60, t.length - FRAME_WIDTH));
    const end = start + FRAME_WIDTH;
    const cut = (a: number, b: number) => escapeHtml(t.slice(Math.max(a, start), Math.min(b, end)));
    let body: string;
    if (n === p.line) {
      const a = p.column - 1;
      const b = p.endLine === p.line ? Math.max(a + 1, p.endColumn - 1) : t.length;
      body = `${cut(start, a)}<span class="at">${cut(a, b)}</span>${cut(b, end)}`;
    } else body = cut(start, end);
    out.push(`${String(n).padStart(String(to).length)} | ${start > 0 ? '…' : ''}${body}${t.length > end ? '…' : ''}`);
  }
  return `<pre>${out.join('\n')}</pre>`;
}

const FILTER_SCRIPT = `
(function(){
  var sel = { severity: document.getElementById('f-severity'), rule: document.getElementById('f-rule'), file: document.getElementById('f-file') };
  var items = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var shown = document.getElementById('shown');
  function apply(){
    var n = 0;
    items.forEach(function(el){
      var ok = (!sel.severity.value || el.dataset.severity === sel.severity.value)
        && (!sel.rule.value || el.dataset.rule === sel.rule.value)
        && (!sel.file.value || el.dataset.file === sel.file.value);
      el.hidden = !ok; if (ok) n++;
    });
    shown.textContent = n + ' of ' + items.length + ' shown';
  }
  Object.keys(sel).forEach(function(k){ sel[k].addEventListener('change', apply); });
  apply();
})();
`;

export function renderHtml(results: ProgramResult[], cwd: string): string {
  const s = summarize(results);
  const positioned = results.flatMap((r) => positionFindings(r.findings, r.sources).map((p) => ({ p, r })));
  const rules = [...new Set(positioned.map(({ p }) => p.finding.ruleId))].sort();
  const files = [...new Set(positioned.map(({ p }) => displayPath(p.finding.location.hostPath, cwd)))].sort();
  const byClass = Object.entries(s.byClass).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const parts: string[] = [];
  parts.push(`<header><h1>${TOOL_NAME} report</h1><p class="summary" id="summary">${s.findings} finding${s.findings === 1 ? '' : 's'} in ${s.inputs} input${s.inputs === 1 ? '' : 's'}, ${s.resources} resources modelled</p></header>`);
  parts.push('<main>');
  parts.push(`<div class="cards">${SEVERITIES.map((sev) => `<div class="card" data-severity="${sev}" style="border-top:3px solid ${COLOR[sev]}"><b data-count="${s.bySeverity[sev]}">${s.bySeverity[sev]}</b>${sev}</div>`).join('')}</div>`);
  parts.push(
    `<div class="charts">${barChart('chart-severity', 'Findings per severity', SEVERITIES.map((sev) => ({ label: sev, count: s.bySeverity[sev], color: COLOR[sev] })))}${barChart('chart-class', 'Findings per class', byClass.map(([label, count]) => ({ label, count, color: '#5c6ac4' })))}</div>`,
  );
  const options = (id: string, label: string, values: string[]) => `<label>${label} <select id="${id}"><option value="">all</option>${values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join('')}</select></label>`;
  parts.push(`<div class="filters">${options('f-severity', 'Severity', [...SEVERITIES])}${options('f-rule', 'Rule', rules)}${options('f-file', 'File', files)}<span id="shown"></span></div>`);
  for (const r of results) {
    if (r.findings.length === 0) continue;
    parts.push(`<h2>${escapeHtml(displayPath(r.root, cwd))}</h2>`);
    const lines = new Map<string, string[]>();
    for (const p of positionFindings(r.findings, r.sources)) {
      const f = p.finding;
      const text = r.sources[f.location.hostPath];
      if (text !== undefined && !lines.has(f.location.hostPath)) lines.set(f.location.hostPath, text.split('\n'));
      const file = displayPath(f.location.hostPath, cwd);
      const where = `${file}:${p.line}:${p.column}${f.location.virtualPath ? ` (${f.location.virtualPath})` : ''}`;
      const resource = f.resource ? ` · ${escapeHtml(f.resource.type)}${f.resource.name ? ` ${escapeHtml(f.resource.name)}` : ''}` : '';
      parts.push(
        `<article class="finding" data-severity="${f.severity}" data-rule="${escapeHtml(f.ruleId)}" data-file="${escapeHtml(file)}" style="border-left-color:${COLOR[f.severity]}">` +
          `<h3><span class="sev" style="background:${COLOR[f.severity]}">${f.severity}</span><span class="rule">${escapeHtml(f.ruleId)}</span><span class="where">${escapeHtml(f.class)} · ${escapeHtml(where)}${resource}</span></h3>` +
          `<p>${escapeHtml(f.message)}</p>` +
          (lines.get(f.location.hostPath) ? frame(lines.get(f.location.hostPath)!, p) : '') +
          (f.fixHint ? `<p class="fix"><b>Fix:</b> ${escapeHtml(f.fixHint)}</p>` : '') +
          '</article>',
      );
    }
  }
  if (s.findings === 0) parts.push('<p>No findings.</p>');
  parts.push('</main>');
  return page(`${TOOL_NAME} report`, parts.join('\n'), FILTER_SCRIPT);
}

const md = new MarkdownIt({ html: false, linkify: false });

/** A Markdown report (a review, a corpus summary) as a page of its own. */
export function renderMarkdownPage(title: string, markdown: string): string {
  return page(title, `<main>\n${md.render(markdown)}</main>`);
}
