/**
 * Hostile engagements (tests/fixtures/hostile) through the workshop's Import YAML in
 * Chromium, and the Content-Security-Policy of every page: no dialog, no script of the
 * file's runs, no request leaves the origin, the text shows as text, refused files change
 * nothing; every page forbids inline script and eval and works under that policy.
 */
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PAYLOADS } from '../fixtures/hostile/payloads.ts';
import { content } from './content.ts';

const HOSTILE = 'tests/fixtures/hostile';

interface Watch {
  dialogs: string[];
  offOrigin: string[];
  errors: string[];
}

/** Fails on what a payload would do if it ran: dialogs, requests elsewhere, page errors, CSP reports. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { dialogs: [], offOrigin: [], errors: [] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    const local = url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
    if (!local) seen.offOrigin.push(r.url());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.sourceFile.replace(/^.*\//, '')}`);
    });
  });
  return seen;
}

async function expectNothingRan(page: Page, seen: Watch) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.offOrigin).toEqual([]);
  expect(seen.errors).toEqual([]);
  // No script was ever refused: nothing of the file tried to run as script.
  const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  expect(csp.filter((c) => c.startsWith('script-src'))).toEqual([]);
}

async function openWorkshop(page: Page) {
  await page.goto('/workshop/');
  await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
}

const storage = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(window.localStorage).sort()));

for (const name of Object.keys(PAYLOADS)) {
  test(`workshop import of ${name}.yaml: accepted, text shown as text, nothing runs or loads`, async ({ page }) => {
    const seen = await watch(page);
    await openWorkshop(page);
    await page.locator('input[type=file]').first().setInputFiles(`${HOSTILE}/${name}.yaml`);
    const title = PAYLOADS[name]?.payloads[0] ?? '';
    await expect(page.getByTestId('save-status')).toContainText('Imported');
    // The title is a text node, character for character (line breaks included), not markup.
    const shown = page.locator('.engagement-name strong');
    expect(await shown.evaluate((el) => el.textContent)).toBe(title);
    expect(await shown.evaluate((el) => el.children.length)).toBe(0);
    // Still usable: open an assessment and move a step.
    const sevenS = content.frameworks.find((f) => f.id === 'mckinsey-7s');
    await page.getByRole('button', { name: sevenS?.title.en ?? '' }).click();
    await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await expectNothingRan(page, seen);
  });
}

const refused: { name: string; body: () => Buffer; says: string }[] = [
  {
    name: 'billion-laughs.yaml',
    body: () => readFileSync(`${HOSTILE}/billion-laughs.yaml`),
    says: 'too many YAML aliases',
  },
  { name: 'deep-nesting.yaml', body: () => readFileSync(`${HOSTILE}/deep-nesting.yaml`), says: 'nested too deeply' },
  {
    name: 'huge.yaml',
    body: () =>
      Buffer.from(
        readFileSync(`${HOSTILE}/html-injection.yaml`, 'utf8').replace(
          /^ {2}description: .*$/m,
          `  description: "${'x'.repeat(10 * 1024 * 1024)}"`,
        ),
      ),
    says: 'are refused before they are read',
  },
  {
    name: 'prototype-keys.yaml',
    body: () => readFileSync(`${HOSTILE}/prototype-keys.yaml`),
    says: 'unknown field "__proto__"',
  },
  {
    name: 'latin1.yaml',
    body: () => readFileSync('tests/fixtures/odd/latin1.yaml'),
    says: 'the file is not UTF-8 (it looks like Latin-1/Windows-1252)',
  },
  {
    name: 'utf16le-bom.yaml',
    body: () => readFileSync('tests/fixtures/odd/utf16le-bom.yaml'),
    says: 'the file is not UTF-8 (it looks like UTF-16LE)',
  },
];

for (const file of refused) {
  test(`workshop import of ${file.name}: refused fast with a located message, stored work untouched`, async ({
    page,
  }) => {
    const seen = await watch(page);
    await openWorkshop(page);
    await page.getByRole('button', { name: 'Sales-process CRM for a growing pump maker' }).click();
    await expect(page.locator('.engagement-name')).toContainText('Sales-process CRM');
    const before = await storage(page);
    const started = Date.now();
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: file.name, mimeType: 'application/yaml', buffer: file.body() });
    const problems = page.getByTestId('import-problems');
    await expect(problems).toContainText(`${file.name} was not imported`);
    await expect(problems).toContainText(file.says);
    await expect(problems).toContainText(new RegExp(`${file.name.replace('.', '\\.')}:\\d+:\\d+`));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await storage(page)).toBe(before);
    await expect(page.locator('.engagement-name')).toContainText('Sales-process CRM');
    expect(await page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).includes('polluted'))).toBe(false);
    await expectNothingRan(page, seen);
  });
}

/** Every built page (dist is built before the e2e run). */
function builtPages(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return builtPages(path);
    return entry.endsWith('.html') ? [path] : [];
  });
}

test('every built page carries a CSP that forbids inline script and eval, and hashes its own inline scripts', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  for (const path of pages) {
    const html = readFileSync(path, 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
    expect(policy, path).toBeDefined();
    const directives = (policy ?? '').split(';').map((d) => d.trim());
    // Nothing from elsewhere: a fallback to the site itself, no plugins, no foreign <base>.
    for (const rule of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
      expect(directives, path).toContain(rule);
    }
    const scriptSrc = directives.find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'strict-dynamic'|\*|data:/);
    // Astro's own inline scripts are allowed by hash; any other inline script would be blocked.
    for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = createHash('sha256')
        .update(body ?? '')
        .digest('base64');
      expect(scriptSrc, `${path}: inline script not hashed`).toContain(`'sha256-${hash}'`);
    }
    // No inline event handlers, which no hash can allow, and no style attributes, which the
    // policy refuses too (a coverage bar drawn with one stayed empty).
    expect(html, path).not.toMatch(/<[^>]+\son[a-z]+=/i);
    expect(html, path).not.toMatch(/<[^>]+\sstyle=/i);
  }
});

const PAGE_TYPES = [
  { path: '/', ready: 'main' },
  { path: '/frameworks/mckinsey-7s/', ready: 'main' },
  { path: `/templates/${content.templates[0]?.id ?? ''}/`, ready: 'main' },
  { path: '/engagements/industrial-equipment-growth/', ready: 'main' },
  { path: '/engagements/industrial-equipment-growth/mckinsey-7s/', ready: 'main' },
  {
    path: '/engagements/industrial-equipment-growth/plan/',
    ready: '[data-testid="chart-plan-phases"] svg',
    preview: '[data-testid="chart-flow"]',
  },
  { path: '/engagements/industrial-equipment-growth/tracking/', ready: 'main' },
  { path: '/engagements/industrial-equipment-growth/roi/', ready: 'main' },
  { path: '/engagements/industrial-equipment-growth/risks/', ready: 'main' },
  { path: '/engagements/industrial-equipment-growth/vendors/', ready: 'main' },
  { path: '/workshop/', ready: '.workshop[data-ready="true"]' },
];

test('every page type works under the CSP: no script blocked, only Mermaid’s scratch styles refused', async ({
  page,
}) => {
  const seen = await watch(page);
  for (const { path, ready, preview } of PAGE_TYPES as { path: string; ready: string; preview?: string }[]) {
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    // Draw whatever draws on scroll (charts, diagrams).
    await page.mouse.wheel(0, 4000);
    if (preview) {
      // A chart's Mermaid source drawn by Mermaid, under the same policy.
      const chart = page.locator(preview);
      await chart.scrollIntoViewIfNeeded();
      await expect(page.locator(`astro-island:has(${preview})`)).not.toHaveAttribute('ssr');
      await chart.locator('summary').click();
      await chart.locator('details button').click();
      await expect(chart.locator('figure.diagram[data-drawn="true"] svg')).toBeVisible();
    }
    await page.waitForTimeout(300);
    const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    // Mermaid lays a diagram out in a scratch element with a <style> and style attributes,
    // which the policy refuses; the islands re-apply those styles through the CSSOM
    // (src/islands/csp-svg.ts). Anything else refused is a defect.
    const unexpected = csp.filter((c) => !/^style-src-(elem|attr) /.test(c));
    expect(unexpected, path).toEqual([]);
    if (!path.endsWith('/plan/')) expect(csp, path).toEqual([]);
  }
  expect(seen.errors).toEqual([]);
  expect(seen.offOrigin).toEqual([]);
});
