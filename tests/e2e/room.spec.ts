/**
 * The workshop room in real Chromium: three participant files imported, the disagreements
 * flagged exactly where the answers are 2+ points apart, the agreed answer recorded with the
 * keyboard and kept (with its evidence) across a reload and in the exported YAML; turns on a
 * shared screen; the presenter view driven by the keyboard; axe in both languages.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { importEngagement } from '../../src/core/workshop/import-export.ts';
import { axeClean } from './axe.ts';
import { content, prefix } from './content.ts';
import { QUOTA, setQuotaFull } from './quota.ts';

const sevenS = content.frameworks.find((f) => f.id === 'mckinsey-7s');
const sample = content.engagements.find((e) => e.id === 'industrial-equipment-growth');
if (!sevenS || !sample) throw new Error('no 7-S framework or pump-maker sample');
const context = {
  frameworks: new Map(content.frameworks.map((f) => [f.id, f])),
  templates: new Map(content.templates.map((t) => [t.id, t])),
};
const participantFiles = ['participant-anna', 'participant-anonymous', 'participant-li'].map(
  (f) => `tests/fixtures/room/${f}.yaml`,
);
/** Where the fixture answers are 2 or more points apart (see the fixture files). */
const expectedPrompts = ['strategy-clarity', 'strategy-environment', 'structure-customer-ownership'];

/** A working copy of the pump-maker sample, opened in the room on its 7-S assessment. */
async function openRoom(page: Page, lang: 'en' | 'zh' = 'en') {
  await page.goto(`${prefix(lang)}/workshop/`);
  await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: sample?.title ?? '' }).click();
  await expect(page.locator('.workshop[data-open="true"]')).toBeVisible();
  await page.goto(`${prefix(lang)}/workshop/room/`);
  await expect(page.locator('.room[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: new RegExp(sample?.title ?? '') }).click();
  await expect(page.locator('.room[data-open="true"]')).toBeVisible();
  await page.getByRole('button', { name: sevenS?.title[lang] ?? '' }).click();
}

async function importParticipants(page: Page, extra: string[] = []) {
  await page.getByTestId('import-participants').setInputFiles([...participantFiles, ...extra]);
  await expect(page.getByTestId('participants').locator('li')).toHaveCount(3);
}

test('three participant files: the disagreements are flagged and the agreed answer is kept with its evidence', async ({
  page,
}, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openRoom(page);
  // A file for another client and a broken file come in the same batch: both are reported, the good three join.
  await importParticipants(page, [
    'tests/fixtures/room/other-client.yaml',
    'tests/fixtures/broken/engagement-off-scale.yaml',
  ]);
  const problems = page.getByTestId('room-problems');
  await expect(problems).toContainText('other-client.yaml was not imported: it is for another engagement');
  await expect(problems).toContainText('engagement-off-scale.yaml was not imported');
  await expect(problems).toContainText(/engagement-off-scale\.yaml:\d+:\d+/);
  // Anonymous unless named: the file without a participant field is "Participant 2".
  await expect(page.getByTestId('participants').locator('li strong')).toHaveText([
    'Anna Keller',
    'Participant 2',
    'Li Wei',
  ]);
  // A file name can carry a name too: an anonymous participant's is not shown.
  await expect(page.getByTestId('participants')).not.toContainText('participant-anonymous.yaml');
  await expect(page.getByTestId('participants')).toContainText('participant-li.yaml');

  const results = page.getByTestId('room-results');
  await expect(results).toContainText('3 participants · 3 discussion prompts');
  const flagged = await results
    .locator('article[data-disagree="true"]')
    .evaluateAll((articles) => articles.map((a) => a.getAttribute('data-question')));
  expect([...flagged].sort()).toEqual(expectedPrompts);
  // Each flag is written out, not only coloured.
  await expect(results.getByTestId('disagreement')).toHaveText([
    /Discussion prompt: answers 4 points apart/,
    /Discussion prompt: answers 2 points apart/,
    /Discussion prompt: answers 2 points apart/,
  ]);
  const clarity = results.locator('article[data-question="strategy-clarity"]');
  await expect(clarity.locator('[data-stat="mean"]')).toHaveText('3');
  await expect(clarity.locator('[data-stat="median"]')).toHaveText('3');
  await expect(clarity.locator('[data-stat="spread"]')).toHaveText('2');
  // The distribution table: 1 each on 2, 3 and 4.
  await expect(clarity.locator('tr[data-point="2"] .count')).toHaveText('1');
  await expect(clarity.locator('tr[data-point="5"] .count')).toHaveText('0');
  const crmTeam = results.locator('article[data-question="structure-crm-team"]');
  await expect(crmTeam.locator('tr[data-point="none"] .count')).toHaveText('1');
  await axeClean(page);

  // Record the agreed answer with the keyboard alone: 3 on "strategy-environment" (votes 1, 5, 3).
  const environment = results.locator('article[data-question="strategy-environment"]');
  await environment.locator('input[type=radio]').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(environment.locator('input[value="3"]')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(environment.getByRole('button', { name: 'Record the agreed answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('room-status')).toHaveText("Recorded: 3 · Defined. It is now the engagement's answer.");

  // Reload: the same engagement, room and answer come back.
  await page.reload();
  await expect(page.locator('.room[data-open="true"]')).toBeVisible();
  const after = page.locator('article[data-question="strategy-environment"]');
  await expect(after.getByTestId('engagement-answer')).toContainText(
    "The engagement's answer: 3 · Defined (agreed in the room on",
  );
  await expect(after.locator('input[value="3"]')).toBeChecked();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export YAML' }).click(),
  ]);
  const file = testInfo.outputPath('room.yaml');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  const loaded = importEngagement('room.yaml', text, context);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const answer = loaded.engagement.answers?.['mckinsey-7s']?.['strategy-environment'];
  expect(answer?.value).toBe(3);
  expect(answer?.target).toBe(sample.answers?.['mckinsey-7s']?.['strategy-environment']?.target);
  expect(answer?.room?.votes).toEqual([
    { participant: 'Anna Keller', value: 1 },
    { value: 5 },
    { participant: 'Li Wei', value: 3 },
  ]);
  expect([answer?.room?.mean, answer?.room?.median, answer?.room?.spread]).toEqual([3, 3, 4]);
  expect(text).toContain('room:');
  expect(errors).toEqual([]);
});

test('turns on one shared screen: each turn is a participant, earlier answers hidden', async ({ page }) => {
  await openRoom(page);
  const turns: [string, number, number][] = [
    ['Chen', 1, 3],
    ['', 4, 3],
  ];
  for (const [name, clarity, position] of turns) {
    await page.getByRole('button', { name: 'Start a turn' }).click();
    await expect(page.locator('#turn-name')).toBeFocused();
    // During a turn neither the room's results nor the participants are on screen.
    await expect(page.getByTestId('room-results')).toHaveCount(0);
    await expect(page.getByTestId('participants')).toHaveCount(0);
    await expect(page.locator('.turn input:checked')).toHaveCount(0);
    if (name) await page.keyboard.type(name);
    else await axeClean(page);
    await page.locator(`[data-question="strategy-clarity"] input[value="${clarity}"]`).check();
    await page.locator(`[data-question="strategy-position"] input[value="${position}"]`).check();
    await page.getByRole('button', { name: 'Finish my turn' }).click();
    await expect(page.getByTestId('room-status')).toHaveText('Turn recorded. Hand over to the next person.');
  }
  await expect(page.getByTestId('participants').locator('li strong')).toHaveText(['Chen', 'Participant 2']);
  const results = page.getByTestId('room-results');
  await expect(results.locator('article[data-disagree="true"]')).toHaveCount(1);
  await expect(results.locator('article[data-disagree="true"]')).toHaveAttribute('data-question', 'strategy-clarity');
  await expect(results.locator('article')).toHaveCount(2);
});

test('the presenter view: keyboard navigation, answer keys, the section timer and the room', async ({ page }) => {
  await openRoom(page);
  await importParticipants(page);
  await page.getByRole('link', { name: 'Presenter view' }).click();
  await expect(page.locator('.presenter[data-open="true"]')).toBeVisible();
  const position = page.getByTestId('question-position');
  const questions = (sevenS?.elements ?? []).flatMap((e) => e.questions ?? []);
  await expect(position).toHaveText(`Question 1 of ${questions.length}`);
  await expect(page.getByTestId('presenter-question')).toHaveText(questions[0]?.text.en ?? '');
  // Question 1 (strategy-clarity) is a discussion prompt: the room is shown with the flag.
  await expect(page.getByTestId('presenter-room')).toContainText('Discussion prompt: answers 2 points apart');

  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(`Question 2 of ${questions.length}`);
  await page.keyboard.press('PageDown');
  await expect(position).toHaveText(`Question 3 of ${questions.length}`);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(`Question 1 of ${questions.length}`);

  const timer = page.getByTestId('section-timer');
  await expect(timer).toBeVisible();
  await expect(timer).toContainText('00:00');
  await page.keyboard.press('t');
  await expect(timer).toHaveAttribute('data-running', 'true');
  await expect(timer).not.toContainText('00:00', { timeout: 3000 });
  await page.keyboard.press('t');
  await expect(timer).toHaveAttribute('data-running', 'false');

  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcut-help')).toBeVisible();
  await axeClean(page);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcut-help')).toHaveCount(0);

  // F puts the presenter alone on the screen, F again brings the page back.
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement?.classList.contains('presenter'))).toBe(true);
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Full screen', exact: true })).toBeVisible();

  await page.keyboard.press('3');
  await expect(page.getByTestId('presenter-answer')).toHaveText('Answer: 3 · Defined');
  await expect(page.getByRole('button', { name: /^3 Defined/ })).toHaveAttribute('aria-pressed', 'true');
  // Keys off the scale do nothing.
  await page.keyboard.press('9');
  await expect(page.getByTestId('presenter-answer')).toHaveText('Answer: 3 · Defined');
  // The answer is the engagement's, with the room's votes as evidence.
  const stored = await page.evaluate(() =>
    window.localStorage.getItem('crmkit:v1:engagement:industrial-equipment-growth-copy'),
  );
  const engagement = (
    JSON.parse(stored ?? '{}') as { engagement: { answers: Record<string, Record<string, unknown>> } }
  ).engagement;
  expect(engagement.answers['mckinsey-7s']?.['strategy-clarity']).toMatchObject({
    value: 3,
    room: {
      votes: [{ participant: 'Anna Keller', value: 2 }, { value: 4 }, { participant: 'Li Wei', value: 3 }],
      spread: 2,
    },
  });
});

test('the presenter at 1920×1080: the whole screen, a status line only for this question, shortcuts over it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openRoom(page);
  await page.getByRole('link', { name: 'Presenter view' }).click();
  await expect(page.locator('.presenter[data-open="true"]')).toBeVisible();
  // The site header and footer are not around the view (before: both showed at 1920×1080).
  const box = await page.locator('.presenter').boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  await expect(page.locator('.site-header')).toHaveJSProperty('inert', true);
  expect(await page.evaluate(() => document.elementFromPoint(960, 20)?.closest('.site-header'))).toBeNull();

  // The status after an answer belongs to that question: it goes when the next one comes.
  const status = page.locator('.presenter .status');
  await page.keyboard.press('3');
  await expect(status).toHaveText('Answer: 3 · Defined');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('question-position')).toHaveText(/^Question 2 of/);
  await expect(status).toHaveText('');

  // The shortcuts lie over the question; it does not move down.
  const question = page.getByTestId('presenter-question');
  const before = await question.boundingBox();
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcut-help')).toBeVisible();
  expect(await question.boundingBox()).toEqual(before);
  await page.screenshot({ path: 'test-results/screenshots/presenter-help-en-1920.png' });
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Back to the room' }).click();
  await expect(page.locator('.site-header')).toBeVisible();
  await expect(page.locator('.site-header')).toHaveJSProperty('inert', false);
});

/** Where the room's engagement, the working copy of the pump-maker sample, is stored. */
const COPY_KEY = `crmkit:v1:engagement:${sample.id}-copy`;

/** The room's engagement (the working copy of the pump-maker sample) as stored: its 7-S answers. */
async function storedSevenS(page: Page): Promise<Record<string, { value: number | 'na'; room?: unknown }>> {
  return page.evaluate(
    (key) =>
      (
        JSON.parse(window.localStorage.getItem(key) ?? 'null') as {
          engagement: { answers: Record<string, Record<string, { value: number | 'na'; room?: unknown }>> };
        }
      ).engagement.answers['mckinsey-7s'] ?? {},
    COPY_KEY,
  );
}

/** Picks the agreed answer on one question of the room and records it. */
async function recordInRoom(page: Page, question: string, value: number) {
  const article = page.getByTestId('room-results').locator(`article[data-question="${question}"]`);
  await article.locator(`input[value="${value}"]`).check();
  await article.getByRole('button', { name: 'Record the agreed answer' }).click();
  return article;
}

test('the wizard and the room on the same engagement in two tabs: the room is told and overwrites nothing', async ({
  page: room,
}) => {
  await openRoom(room);
  await importParticipants(room);
  // The wizard in another tab of the same browser comes back to the same engagement.
  const wizard = await room.context().newPage();
  await wizard.goto('/workshop/');
  await expect(wizard.locator('.workshop[data-open="true"]')).toBeVisible();
  await wizard.getByRole('button', { name: sevenS.title.en }).click();
  await wizard.locator('[data-question="strategy-clarity"] input[name$="-current"][value="5"]').check();
  await expect(wizard.getByTestId('save-status')).toContainText('Saved');

  // The room is told as soon as the wizard saves, before it writes anything.
  const notice = room.getByRole('alert').filter({ hasText: 'changed in another tab or window' });
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('data-testid', 'storage-conflict');
  await axeClean(room);

  // Recording an agreed answer now keeps it on screen but writes nothing over the wizard's save.
  const environment = await recordInRoom(room, 'strategy-environment', 3);
  await expect(room.getByTestId('room-status')).toHaveText('Not saved.');
  await expect(environment.locator('input[value="3"]')).toBeChecked();
  const afterRefusal = await storedSevenS(room);
  expect(afterRefusal['strategy-clarity']?.value).toBe(5);
  expect(afterRefusal['strategy-environment']).toEqual({ value: 2, target: 3, by: 'plang' });

  // "Load the other tab's version" brings the wizard's answer into the room; recording then goes through.
  await notice.getByRole('button', { name: "Load the other tab's version" }).click();
  await expect(notice).toBeHidden();
  await expect(room.getByTestId('room-status')).toHaveText("The other tab's version is open.");
  const clarity = room.locator('article[data-question="strategy-clarity"]');
  await expect(clarity.getByTestId('engagement-answer')).toHaveText(/^The engagement's answer: 5 ·/);
  await expect(environment.getByTestId('engagement-answer')).toHaveText(/^The engagement's answer: 2 ·/);
  await recordInRoom(room, 'strategy-environment', 3);
  await expect(room.getByTestId('room-status')).toHaveText("Recorded: 3 · Defined. It is now the engagement's answer.");
  const saved = await storedSevenS(room);
  expect(saved['strategy-clarity']?.value).toBe(5);
  expect(saved['strategy-environment']).toMatchObject({ value: 3, target: 3, by: 'plang', room: { spread: 4 } });
  // And the other way round: the wizard is told that the room saved.
  await expect(wizard.getByTestId('storage-conflict')).toBeVisible();
});

test('the presenter and the wizard in two tabs: a key press in the presenter overwrites nothing', async ({
  page: presenter,
}) => {
  await openRoom(presenter);
  await importParticipants(presenter);
  await presenter.getByRole('link', { name: 'Presenter view' }).click();
  await expect(presenter.locator('.presenter[data-open="true"]')).toBeVisible();
  const wizard = await presenter.context().newPage();
  await wizard.goto('/workshop/');
  await expect(wizard.locator('.workshop[data-open="true"]')).toBeVisible();
  await wizard.getByRole('button', { name: sevenS.title.en }).click();
  await wizard.locator('[data-question="strategy-clarity"] input[name$="-current"][value="5"]').check();
  await expect(wizard.getByTestId('save-status')).toContainText('Saved');

  // The presenter is told, and its answer key (question 1 is strategy-clarity) writes nothing.
  const notice = presenter.getByTestId('storage-conflict');
  await expect(notice).toBeVisible();
  await presenter.locator('.presenter').focus();
  await presenter.keyboard.press('3');
  await expect(presenter.locator('.presenter .status')).toHaveText('Not saved.');
  expect((await storedSevenS(presenter))['strategy-clarity']?.value).toBe(5);
  await axeClean(presenter);

  // Loading the other tab's version, then answering, goes through.
  await notice.getByRole('button', { name: "Load the other tab's version" }).click();
  await expect(notice).toBeHidden();
  await presenter.locator('.presenter').focus();
  await presenter.keyboard.press('3');
  await expect(presenter.getByTestId('presenter-answer')).toHaveText('Answer: 3 · Defined');
  expect((await storedSevenS(presenter))['strategy-clarity']).toMatchObject({ value: 3, room: { spread: 2 } });
});

test('a full storage while recording in the room is told, keeps the saved copy, and clears on the next save', async ({
  page,
}) => {
  await page.addInitScript(QUOTA);
  await openRoom(page);
  await importParticipants(page);
  await setQuotaFull(page, true);
  await recordInRoom(page, 'strategy-environment', 3);
  const notice = page.getByTestId('storage-quota');
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText("This browser's storage is full");
  await expect(notice.getByRole('button', { name: 'Export YAML now' })).toBeVisible();
  await expect(page.getByTestId('room-status')).toHaveText('Not saved.');
  expect((await storedSevenS(page))['strategy-environment']).toEqual({ value: 2, target: 3, by: 'plang' });
  await axeClean(page);

  await setQuotaFull(page, false);
  await recordInRoom(page, 'strategy-environment', 3);
  await expect(notice).toBeHidden();
  await expect(page.getByTestId('room-status')).toHaveText("Recorded: 3 · Defined. It is now the engagement's answer.");
  expect((await storedSevenS(page))['strategy-environment']?.value).toBe(3);
});

for (const lang of ['en', 'zh'] as const) {
  test(`room and presenter in ${lang}: axe clean, screenshots at 1280×720 and 1920×1080`, async ({ page }) => {
    await openRoom(page, lang);
    await importParticipants(page);
    await axeClean(page);
    await page.screenshot({ path: `test-results/room-top-${lang}-1280x720.png` });
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.locator('article[data-disagree="true"]').first().scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await page.screenshot({ path: `test-results/room-${lang}-${width}x${height}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('.engagement-bar a').click();
    await expect(page.locator('.presenter[data-open="true"]')).toBeVisible();
    await axeClean(page);
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.keyboard.press('f');
      await expect(page.locator('.presenter.fullscreen')).toBeVisible();
      // Everything of the question fits the projector without scrolling: scale, answer and the room.
      for (const part of ['.presenter-scale', '[data-testid="presenter-answer"]', '[data-testid="presenter-room"]']) {
        const box = await page.locator(part).boundingBox();
        expect((box?.y ?? 0) + (box?.height ?? 0), part).toBeLessThanOrEqual(height);
        expect((box?.x ?? 0) + (box?.width ?? 0), part).toBeLessThanOrEqual(width);
      }
      await page.screenshot({ path: `test-results/present-${lang}-${width}x${height}.png` });
      await page.keyboard.press('f');
      await expect(page.locator('.presenter.fullscreen')).toHaveCount(0);
    }
  });
}
