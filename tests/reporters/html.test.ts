// The HTML report rendered in headless Chromium (Debian's `chromium`; .ci/run installs it): every
// finding's rule is on the page, the counts agree with the findings, the filters show exactly the
// matching findings, nothing from the analysed code is interpreted as markup, and no external URL is
// loaded. A screenshot is written for a person to look at.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
// Code that would inject markup if it were not escaped.
const HOSTILE = "import * as aws from '@pulumi/aws';\nexport const b = new aws.s3.BucketV2('b', { bucket: '<img src=x onerror=alert(1)>Bad_Name' }).id;\n";

describe.skipIf(!CHROMIUM)('HTML report in Chromium', () => {
  test('rules, counts, filters, escaping, no external URL; screenshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-html-'));
    writeFileSync(join(dir, 'hostile.ts'), HOSTILE);
    const out = join(dir, 'report.html');
    const r = await cli(['examples/answer-python/MODEL_RESPONSE.md', 'examples/project-ts', join(dir, 'hostile.ts'), '--format', 'html', '-o', out]);
    expect([0, 1]).toContain(r.code);
    const json = JSON.parse((await cli(['examples/answer-python/MODEL_RESPONSE.md', 'examples/project-ts', join(dir, 'hostile.ts'), '--format', 'json'])).stdout);
    const findings = json.findings as { ruleId: string; severity: string }[];
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(pathToFileURL(out).href);
      const rules = await page.$$eval('.finding', (els) => els.map((e) => (e as HTMLElement).dataset.rule));
      expect(rules.length).toBe(findings.length);
      expect(new Set(rules)).toEqual(new Set(findings.map((f) => f.ruleId)));
      for (const sev of ['critical', 'high', 'medium', 'low']) {
        const card = await page.$eval(`.card[data-severity="${sev}"] b`, (e) => Number(e.textContent));
        expect(card, sev).toBe(findings.filter((f) => f.severity === sev).length);
      }
      await page.selectOption('#f-severity', 'high');
      const high = await page.$$eval('.finding:not([hidden])', (els) => els.map((e) => (e as HTMLElement).dataset.severity));
      expect(high.length).toBe(findings.filter((f) => f.severity === 'high').length);
      expect(new Set(high)).toEqual(new Set(['high']));
      expect(await page.textContent('#shown')).toBe(`${high.length} of ${findings.length} shown`);
      await page.selectOption('#f-severity', '');
      const rule = findings[0]!.ruleId;
      await page.selectOption('#f-rule', rule);
      expect(await page.$$eval('.finding:not([hidden])', (els) => els.length)).toBe(findings.filter((f) => f.ruleId === rule).length);
      await page.selectOption('#f-rule', '');
      // The hostile name is shown as text, never as an element.
      expect(await page.$$eval('img', (els) => els.length)).toBe(0);
      expect(await page.textContent('body')).toContain('<img src=x onerror=alert(1)>');
      expect(dialogs).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      const shot = join(tmpdir(), 'stacklint-html-report.png');
      await page.screenshot({ path: shot, fullPage: false });
      console.log(`screenshot of the HTML report: ${shot}`);
      expect(existsSync(shot)).toBe(true);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe('HTML forms of review and corpus', () => {
  test('review --format html is the seed-form report as a page, escaped', async () => {
    const r = await cli(['review', 'tests/seeds/seed-002', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('<h1>Model failure report</h1>');
    expect(r.stdout).toContain('<h2>Failures</h2>');
    expect(r.stdout).not.toMatch(/<script[^>]*src=/);
  });
});
