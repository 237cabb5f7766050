import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtPages } from '../helpers/dist';
import { useSite } from '../helpers/site';

const site = useSite();
const pages = builtPages();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  page: string;
  problem: string;
}

/**
 * Every built page in Chromium: no accessibility violation (axe-core, every rule it runs by
 * default: WCAG 2.2 A/AA and best practices such as landmark-unique),
 * no console error, no Content-Security-Policy violation, no request to another origin,
 * and the main content is there with JavaScript disabled.
 */
describe('every built page in Chromium', () => {
  it(`passes the quality gates (${pages.length} pages)`, { timeout: 600_000 }, async () => {
    const findings: Finding[] = [];
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    });
    const page = await context.newPage();
    let current = '';
    page.on('console', (msg) => {
      if (msg.type() === 'error') findings.push({ page: current, problem: `console error: ${msg.text()}` });
    });
    page.on('pageerror', (err) => findings.push({ page: current, problem: `page error: ${err.message}` }));
    page.on('request', (req) => {
      if (new URL(req.url()).origin !== site.origin && !req.url().startsWith('data:')) findings.push({ page: current, problem: `request to ${req.url()}` });
    });
    for (const path of pages) {
      current = path;
      await page.goto(site.origin + path, { waitUntil: 'load' });
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.map(
          (v) =>
            `${v.id} at ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
      });
      for (const v of violations) findings.push({ page: path, problem: `axe: ${v}` });
      const csp = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      for (const v of csp) findings.push({ page: path, problem: `CSP: ${v}` });
    }
    await context.close();
    expect(findings.map((f) => `${f.page}: ${f.problem}`)).toEqual([]);
  });

  it('shows the main content with JavaScript disabled', { timeout: 300_000 }, async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const empty: string[] = [];
    for (const path of pages) {
      await page.goto(site.origin + path);
      const text = (await page.locator('main').textContent()) ?? '';
      const h1 = await page.locator('main h1').count();
      if (text.trim().length < 20 || h1 !== 1) empty.push(`${path}: ${text.trim().length} characters, ${h1} h1`);
    }
    await context.close();
    expect(empty).toEqual([]);
  });
});
