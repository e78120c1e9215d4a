/**
 * The workshop's browser storage under faults, in real Chromium: a full quota while
 * autosaving, a damaged stored engagement, one stored by an older crmkit, and the same
 * engagement edited in two tabs. Each notice is checked with axe.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { importEngagement } from '../../src/core/workshop/import-export.ts';
import { axeClean } from './axe.ts';
import { content } from './content.ts';
import { QUOTA, setQuotaFull } from './quota.ts';

const sevenS = content.frameworks.find((f) => f.id === 'mckinsey-7s');
const questions = sevenS?.elements.flatMap((e) => e.questions ?? []) ?? [];
const [q1, q2, q3] = questions.map((q) => q.id);
if (!sevenS || !q1 || !q2 || !q3) throw new Error('no 7-S questions');
const ID = 'storage-test-ltd';
const MAIN = `crmkit:v1:engagement:${ID}`;

async function openWorkshop(page: Page, path = '/workshop/') {
  await page.goto(path);
  await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
}

/** A blank engagement with the 7-S assessment open on its first step. */
async function startBlank(page: Page, lang: 'en' | 'zh' = 'en') {
  await page.getByLabel(lang === 'en' ? 'Client name' : '客户名称').fill('Storage Test Ltd');
  await page.getByLabel(lang === 'en' ? 'Industry' : '行业').fill('Logistics');
  await page.getByRole('button', { name: lang === 'en' ? 'Create' : '创建' }).click();
  await page.getByRole('button', { name: sevenS?.title[lang] ?? '' }).click();
}

const radio = (page: Page, question: string, value: number) =>
  page.locator(`[data-question="${question}"] input[name$="-current"][value="${value}"]`);

async function answer(page: Page, question: string, value: number) {
  await radio(page, question, value).check();
}

/** The current answers to the 7-S questions as stored, or the text when it does not parse. */
async function storedAnswers(page: Page, key = MAIN): Promise<Record<string, number | undefined>> {
  return page.evaluate(
    ({ key, ids }) => {
      const value = JSON.parse(window.localStorage.getItem(key) ?? 'null') as {
        engagement: { answers?: Record<string, Record<string, { value: number }>> };
      };
      const answers = value.engagement.answers?.['mckinsey-7s'] ?? {};
      return Object.fromEntries(ids.map((id) => [id, answers[id]?.value]));
    },
    { key, ids: [q1, q2, q3] as string[] },
  );
}

const stored = (page: Page, key: string) => page.evaluate((k) => window.localStorage.getItem(k), key);

async function downloadText(page: Page, click: () => Promise<void>): Promise<[Download, string]> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return [download, readFileSync(path, 'utf8')];
}

for (const lang of ['en', 'zh'] as const) {
  test(`a full quota while autosaving is told in ${lang}, keeps the stored copy and the draft, and clears on the next save`, async ({
    page,
  }) => {
    await page.addInitScript(QUOTA);
    await openWorkshop(page, lang === 'en' ? '/workshop/' : '/zh/workshop/');
    await startBlank(page, lang);
    await answer(page, q1, 2);
    await expect(page.getByTestId('save-status')).toContainText(lang === 'en' ? 'Saved' : '保存');
    const before = await stored(page, MAIN);

    await setQuotaFull(page, true);
    await answer(page, q2, 4);
    const notice = page.getByTestId('storage-quota');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toContainText(lang === 'en' ? 'storage is full' : '存储空间已满');
    await expect(notice).toContainText(lang === 'en' ? 'Export the engagement as YAML now' : '请立即导出 YAML');
    await expect(page.getByTestId('save-status')).toHaveText(lang === 'en' ? 'Not saved.' : '未保存。');
    // The draft stays on screen; what was saved before stays as it was.
    await expect(radio(page, q2, 4)).toBeChecked();
    expect(await stored(page, MAIN)).toBe(before);
    await axeClean(page);

    // Exporting from the notice writes the draft, the unsaved answer included.
    const [, yaml] = await downloadText(page, () =>
      notice.getByRole('button', { name: lang === 'en' ? 'Export YAML now' : '立即导出 YAML' }).click(),
    );
    const exported = importEngagement('draft.yaml', yaml, {
      frameworks: new Map(content.frameworks.map((f) => [f.id, f])),
      templates: new Map(content.templates.map((t) => [t.id, t])),
    });
    expect(exported.ok && exported.engagement.answers?.['mckinsey-7s']?.[q2]?.value).toBe(4);

    await setQuotaFull(page, false);
    await answer(page, q3, 3);
    await expect(notice).toBeHidden();
    expect(await storedAnswers(page)).toEqual({ [q1]: 2, [q2]: 4, [q3]: 3 });
  });
}

test('leaving with changes the browser could not store asks first: in the workshop and when the tab closes', async ({
  page,
}) => {
  await page.addInitScript(QUOTA);
  await openWorkshop(page);
  await startBlank(page);
  await answer(page, q1, 2);
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await setQuotaFull(page, true);
  await answer(page, q2, 4);
  await expect(page.getByTestId('storage-quota')).toBeVisible();

  // "All engagements" would drop the draft: the workshop asks, and "Stay" keeps everything.
  await page.getByRole('button', { name: 'All engagements' }).click();
  const ask = page.getByTestId('leave-unsaved');
  await expect(ask).toHaveAttribute('role', 'alertdialog');
  await expect(ask).toContainText('not saved in this browser');
  await axeClean(page);
  await ask.getByRole('button', { name: 'Stay' }).click();
  await expect(ask).toBeHidden();
  await expect(radio(page, q2, 4)).toBeChecked();

  // Closing the tab: the browser's own "leave site?" question.
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const asked = await dialog;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss();
  expect(page.isClosed()).toBe(false);

  // Once a save succeeds nothing is pending: no question either way.
  await setQuotaFull(page, false);
  await answer(page, q3, 3);
  await expect(page.getByTestId('storage-quota')).toBeHidden();
  await page.getByRole('button', { name: 'All engagements' }).click();
  await expect(page.getByTestId('leave-unsaved')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Engagements in this browser' })).toBeVisible();
});

test('a damaged stored engagement is listed with its text, and comes back from the last good copy', async ({
  page,
}) => {
  await openWorkshop(page);
  await startBlank(page);
  await answer(page, q1, 2);
  await answer(page, q2, 5);
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  const junk = '{"format":2,"revision":3,"engagement":{"id":"storage-te';
  await page.evaluate(
    ([key, text]) => {
      window.localStorage.setItem(key, text);
      window.localStorage.setItem('crmkit:v1:engagement:lost-one', 'not json at all');
    },
    [MAIN, junk] as const,
  );
  await page.reload();
  await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();

  const notices = page.getByTestId('storage-damaged');
  await expect(notices).toHaveCount(2);
  const lost = notices.filter({ hasText: 'lost-one' });
  await expect(lost).toContainText('is damaged and cannot be opened');
  await expect(lost.getByRole('button', { name: /Restore/ })).toHaveCount(0);
  const [, lostText] = await downloadText(page, () =>
    lost.getByRole('button', { name: 'Download the stored text' }).click(),
  );
  expect(lostText).toBe('not json at all');
  await axeClean(page);

  const damaged = notices.filter({ hasText: ID });
  const [download, damagedText] = await downloadText(page, () =>
    damaged.getByRole('button', { name: /^Restore the last good copy/ }).click(),
  );
  expect(download.suggestedFilename()).toBe(`${ID}.stored.txt`);
  expect(damagedText).toBe(junk);
  await expect(page.getByTestId('save-status')).toContainText('is back from its last good copy');
  // The last good copy is the save before the damaged one: the first answer, not the second.
  await page.getByRole('button', { name: sevenS.title.en }).click();
  await expect(radio(page, q1, 2)).toBeChecked();
  await expect(radio(page, q2, 5)).not.toBeChecked();
  expect(await storedAnswers(page)).toEqual({ [q1]: 2, [q2]: undefined, [q3]: undefined });
  // The one without a last good copy is still there.
  expect(await stored(page, 'crmkit:v1:engagement:lost-one')).toBe('not json at all');
});

test('an engagement stored by an older crmkit opens migrated, says so, and keeps the original', async ({ page }) => {
  const sample = content.engagements.find((e) => e.id === 'industrial-equipment-growth');
  if (!sample) throw new Error('no sample');
  // The storage format of crmkit before revisions: { engagement, savedAt }.
  const legacy = JSON.stringify({ engagement: sample, savedAt: '2026-01-05T09:00:00.000Z' });
  const key = `crmkit:v1:engagement:${sample.id}`;
  await openWorkshop(page);
  await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [key, legacy] as const);
  await page.reload();
  await page.getByRole('button', { name: `Open: ${sample.title}` }).click();
  const notice = page.getByTestId('storage-upgraded');
  await expect(notice).toContainText('was saved by an older version of crmkit');
  await axeClean(page);
  const [, original] = await downloadText(page, () =>
    notice.getByRole('button', { name: 'Download the original' }).click(),
  );
  expect(original).toBe(legacy);

  await page.getByRole('button', { name: sevenS.title.en }).click();
  const before = sample.answers?.['mckinsey-7s']?.[q1]?.value;
  const changed = before === 1 ? 2 : 1;
  await answer(page, q1, changed);
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  expect(await stored(page, `crmkit:v1:original:${sample.id}`)).toBe(legacy);
  const now = JSON.parse((await stored(page, key)) ?? '{}') as { format: number; revision: number };
  expect([now.format, now.revision]).toEqual([2, 1]);

  // Saved in today's format, it opens without the notice; the original is still downloadable.
  await page.reload();
  await expect(page.locator(`[data-question="${q1}"]`)).toBeVisible();
  await expect(notice).toHaveCount(0);
  expect(await stored(page, `crmkit:v1:original:${sample.id}`)).toBe(legacy);
});

test('the same engagement in two tabs: the other tab is told, and nothing is overwritten silently', async ({
  page: a,
}) => {
  await openWorkshop(a);
  await startBlank(a);
  await answer(a, q1, 1);
  await expect(a.getByTestId('save-status')).toContainText('Saved');

  const b = await a.context().newPage();
  await openWorkshop(b);
  await expect(b.locator(`[data-question="${q1}"]`)).toBeVisible(); // back at the same step
  await expect(radio(b, q1, 1)).toBeChecked();

  // Tab A saves; tab B is told at once, before it writes anything.
  await answer(a, q1, 3);
  await expect(a.getByTestId('save-status')).toContainText('Saved');
  const conflictB = b.getByTestId('storage-conflict');
  await expect(conflictB).toContainText('changed in another tab or window');
  await axeClean(b);

  // B's edit stays on its screen but is not written over A's.
  await answer(b, q2, 4);
  await expect(b.getByTestId('save-status')).toHaveText('Not saved.');
  await expect(radio(b, q2, 4)).toBeChecked();
  expect(await storedAnswers(b)).toEqual({ [q1]: 3, [q2]: undefined, [q3]: undefined });

  // B exports its version first, then keeps it: A's version becomes the last good copy, and A is told.
  const [, yamlB] = await downloadText(b, () => conflictB.getByRole('button', { name: 'Export mine as YAML' }).click());
  expect(yamlB).toMatch(new RegExp(`${q2}:\\n\\s+value: 4`));
  await conflictB.getByRole('button', { name: 'Keep mine (overwrite)' }).click();
  await expect(conflictB).toBeHidden();
  await expect(b.getByTestId('save-status')).toContainText('Saved');
  // Read where it was written: another tab's localStorage catches up asynchronously in Chromium.
  expect(await storedAnswers(b)).toEqual({ [q1]: 1, [q2]: 4, [q3]: undefined });
  expect(await storedAnswers(b, `crmkit:v1:last-good:${ID}`)).toEqual({ [q1]: 3, [q2]: undefined, [q3]: undefined });
  await expect.poll(() => storedAnswers(a)).toEqual({ [q1]: 1, [q2]: 4, [q3]: undefined });
  const conflictA = a.getByTestId('storage-conflict');
  await expect(conflictA).toBeVisible();

  // A loads B's version and carries on from it; the next saves go through in both directions.
  await conflictA.getByRole('button', { name: "Load the other tab's version" }).click();
  await expect(conflictA).toBeHidden();
  await a.getByRole('button', { name: sevenS.title.en }).click();
  await expect(radio(a, q2, 4)).toBeChecked();
  await answer(a, q3, 5);
  await expect(a.getByTestId('save-status')).toContainText('Saved');
  await expect(conflictB).toBeVisible();
  await conflictB.getByRole('button', { name: "Load the other tab's version" }).click();
  await b.getByRole('button', { name: sevenS.title.en }).click();
  await expect(radio(b, q3, 5)).toBeChecked();
  expect(await storedAnswers(a)).toEqual({ [q1]: 1, [q2]: 4, [q3]: 5 });
});

test('restoring the version kept before an import still works, and another tab on the engagement is told', async ({
  page,
}) => {
  await openWorkshop(page);
  await page.getByRole('button', { name: 'Sales-process CRM for a growing pump maker' }).click();
  const [, yaml] = await downloadText(page, () => page.getByRole('button', { name: 'Export YAML' }).click());
  const changed = yaml.replace(/^title: .*$/m, 'title: Changed by import');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'same.yaml', mimeType: 'application/yaml', buffer: Buffer.from(changed) });
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('.engagement-name')).toContainText('Changed by import');

  const other = await page.context().newPage();
  await openWorkshop(other);
  await expect(other.locator('.engagement-name')).toContainText('Changed by import');

  await page.getByRole('button', { name: 'Restore the previous version' }).click();
  await expect(page.locator('.engagement-name')).toContainText('Sales-process CRM for a growing pump maker');
  await expect(page.getByTestId('storage-conflict')).toHaveCount(0);
  // The restore is a new revision, so the tab still showing the import cannot write over it unseen.
  await expect(other.getByTestId('storage-conflict')).toBeVisible();
  await other.getByTestId('storage-conflict').getByRole('button', { name: "Load the other tab's version" }).click();
  await expect(other.locator('.engagement-name')).toContainText('Sales-process CRM for a growing pump maker');
});

test('a stored copy damaged while the engagement is open is reported, and kept as a download before mine replaces it', async ({
  page,
}) => {
  await openWorkshop(page);
  await startBlank(page);
  await answer(page, q1, 2);
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  // Another tab (or anything else on this origin) writes junk under the engagement's key.
  const other = await page.context().newPage();
  await other.goto('/');
  await other.evaluate((key) => window.localStorage.setItem(key, '{"truncated'), MAIN);

  const notice = page.getByTestId('storage-conflict');
  await expect(notice).toContainText('can no longer be read');
  await expect(notice.getByRole('button', { name: "Load the other tab's version" })).toHaveCount(0);
  await axeClean(page);
  await answer(page, q2, 3);
  expect(await stored(page, MAIN)).toBe('{"truncated');
  const [, text] = await downloadText(page, () =>
    notice.getByRole('button', { name: 'Keep mine (overwrite)' }).click(),
  );
  expect(text).toBe('{"truncated');
  await expect(notice).toBeHidden();
  expect(await storedAnswers(page)).toEqual({ [q1]: 2, [q2]: 3, [q3]: undefined });
});
