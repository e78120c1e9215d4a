/**
 * `npm run tour-images`: the home page's and the README's pictures (public/tour/<lang>-<page>.jpg)
 * taken from the built site in Chromium, so they show what crmkit really draws today. Run it
 * after `npm run build` whenever a pictured page changes; the images are committed.
 *
 * The room picture needs participants: three are made from the sample's own answers to its
 * first assessment, moved a point or two apart, and imported as their files would be.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { TOUR_IMAGE, TOUR_SAMPLE } from '../site/tour.ts';
import type { Language } from '../schemas/generated/types.ts';

const PORT = 4397;
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = 'public/tour';
const prefix = (lang: Language) => (lang === 'zh' ? '/zh' : '');

/** Three participants' files: the sample's answers shifted by a pattern that leaves some questions apart. */
function participantFiles(sampleId: string, dir: string): { files: string[]; framework: string } {
  const sample = parse(readFileSync(`assessments/${sampleId}.yaml`, 'utf8')) as {
    answers: Record<string, Record<string, { value: unknown }>>;
  };
  const [framework, answers] = Object.entries(sample.answers)[0] ?? [];
  if (!framework || !answers) throw new Error(`${sampleId} has no answers to picture a room with`);
  const shifts = [
    [0, 1, -2, 0, 2],
    [1, 0, 1, -1, 0],
    [-1, 0, 2, 1, -2],
  ];
  const names = ['Anna Keller', undefined, 'Li Wei'];
  const files = shifts.map((shift, p) => {
    const moved = Object.fromEntries(
      Object.entries(answers).map(([id, answer], i) => {
        const value =
          typeof answer.value === 'number'
            ? Math.min(5, Math.max(1, answer.value + (shift[i % 5] ?? 0)))
            : answer.value;
        return [id, { value }];
      }),
    );
    const file = join(dir, `participant-${p + 1}.yaml`);
    const copy = { ...sample, answers: { [framework]: moved }, ...(names[p] ? { participant: names[p] } : {}) };
    writeFileSync(file, stringify(copy));
    return file;
  });
  return { files, framework };
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: join(OUT, `${name}.jpg`), type: 'jpeg', quality: 72 });
  console.log(`wrote ${OUT}/${name}.jpg`);
}

async function pictures(page: Page, lang: Language) {
  const id = TOUR_SAMPLE[lang];
  await page.goto(`${BASE}${prefix(lang)}/engagements/${id}/summary/`);
  await shoot(page, `${lang}-summary`);

  await page.goto(`${BASE}${prefix(lang)}/engagements/${id}/plan/`);
  // The roadmap island wakes when it is in view; its first phase's task chart is the picture.
  const roadmap = page.getByTestId('roadmap-plan');
  await roadmap.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => !document.querySelector('astro-island:has([data-testid="roadmap-plan"])')?.hasAttribute('ssr'),
  );
  const view = roadmap.locator('.roadmap-controls select').first();
  await view.selectOption({ index: 2 });
  await page.locator('.task-chart').first().waitFor();
  await page.evaluate(() => {
    const figure = document.querySelector('.task-chart-figure');
    if (figure) window.scrollTo(0, figure.getBoundingClientRect().top + window.scrollY - 200);
  });
  await shoot(page, `${lang}-plan`);

  const { files } = participantFiles(id, mkdtempSync(join(tmpdir(), 'crmkit-tour-')));
  await page.goto(`${BASE}${prefix(lang)}/workshop/?sample=${id}`);
  await page.locator('.workshop[data-open="true"]').waitFor();
  await page.goto(`${BASE}${prefix(lang)}/workshop/room/`);
  await page.locator('.room[data-ready="true"]').waitFor();
  await page.locator('.room button', { hasText: /./ }).first().waitFor();
  await page.getByRole('button', { name: new RegExp(await sampleTitle(id)) }).click();
  await page.locator('.room[data-open="true"]').waitFor();
  await page.getByTestId('import-participants').setInputFiles(files);
  await page.getByTestId('room-results').waitFor();
  await page.getByTestId('room-results').scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const results = document.querySelector('[data-testid="room-results"]');
    if (results) window.scrollTo(0, results.getBoundingClientRect().top + window.scrollY - 24);
  });
  await shoot(page, `${lang}-room`);
}

async function sampleTitle(id: string): Promise<string> {
  const sample = parse(readFileSync(`assessments/${id}.yaml`, 'utf8')) as { title: string };
  return sample.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

mkdirSync(OUT, { recursive: true });
const server = spawn(
  process.execPath,
  ['node_modules/.bin/astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)],
  {
    stdio: 'ignore',
  },
);
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) break;
    } catch {
      if (i > 100) throw new Error('astro preview did not start: run npm run build first');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: process.env['CRMKIT_CHROME'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  for (const lang of ['en', 'zh'] as const) {
    const context = await browser.newContext({
      viewport: TOUR_IMAGE.viewport,
      deviceScaleFactor: TOUR_IMAGE.width / TOUR_IMAGE.viewport.width,
    });
    await pictures(await context.newPage(), lang);
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}
