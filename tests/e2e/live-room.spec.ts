/**
 * The live room end to end in real Chromium: the test starts its own room server on a free
 * port against the built dist/, a facilitator page opens it with the key, and three
 * phone-sized pages (390 × 844) join through the address drawn as the QR code. An anonymous
 * room: votes, reveal, a second round that converges, the agreed answer recorded with the
 * votes, exported, and `crmkit validate` passes with the votes in the file. A reloaded phone
 * gets its own vote back; a stopped server shows the facilitator's notice, and the room
 * comes back with the server. A named room shows a hostile name as text; axe on the phone
 * page in both languages. Live AHP: named phones judge every pair of vendor criteria, the
 * weights and the group's consensus show as they come in, and the recorded assessors validate.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { facilitatorHash } from '../../src/core/live/address.ts';
import { importEngagement } from '../../src/core/workshop/import-export.ts';
import { startRoomServer, type RoomServer } from '../../src/node/room-server.ts';
import { axeClean } from './axe.ts';
import { content, prefix } from './content.ts';

const sevenS = content.frameworks.find((f) => f.id === 'mckinsey-7s');
const sample = content.engagements.find((e) => e.id === 'industrial-equipment-growth');
if (!sevenS || !sample) throw new Error('no 7-S framework or pump-maker sample');
const firstQuestion = sevenS.elements[0]?.questions?.[0];
if (!firstQuestion) throw new Error('7-S has no question');
const Q = firstQuestion.id;
const context = {
  frameworks: new Map(content.frameworks.map((f) => [f.id, f])),
  templates: new Map(content.templates.map((t) => [t.id, t])),
};
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let server: RoomServer;
const base = () => `http://127.0.0.1:${server.port}`;
const opened: BrowserContext[] = [];

test.beforeEach(async () => {
  server = await startRoomServer({ dist: 'dist', port: 0 });
});

test.afterEach(async () => {
  for (const c of opened.splice(0)) await c.close();
  await server.stop();
});

async function newPage(browser: Browser, options = {}): Promise<Page> {
  const ctx = await browser.newContext(options);
  opened.push(ctx);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  return page;
}

/**
 * The facilitator: the pump-maker sample opened in the room on 7-S, with the room's key; the
 * room asks 7-S's questions, or (`pairs`) weighs the vendor criteria two at a time.
 */
async function facilitator(
  browser: Browser,
  anonymous: boolean,
  lang: 'en' | 'zh' = 'en',
  start: 'questions' | 'pairs' = 'questions',
): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${base()}${prefix(lang)}/workshop/`);
  await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: sample?.title ?? '' }).click();
  await expect(page.locator('.workshop[data-open="true"]')).toBeVisible();
  await page.goto(
    `${base()}${prefix(lang)}/workshop/room/${facilitatorHash({ token: server.token, key: server.key, join: base() })}`,
  );
  await expect(page.locator('.room[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('live-waiting')).toBeVisible();
  await page.getByRole('button', { name: new RegExp(sample?.title ?? '') }).click();
  await page.getByRole('button', { name: sevenS?.title[lang] ?? '' }).click();
  const panel = page.getByTestId('live-panel');
  await expect(panel).toHaveAttribute('data-status', 'connected');
  await panel.getByTestId('live-anonymous-start').setChecked(anonymous);
  await panel.getByTestId(start === 'pairs' ? 'live-start-pairs' : 'live-start').click();
  await expect(page.getByTestId('live-qr')).toBeVisible();
  return page;
}

/** The address phones join at, as drawn in the QR code. */
async function joinUrl(page: Page): Promise<string> {
  const url = (await page.getByTestId('join-address').getAttribute('data-join')) ?? '';
  expect(url).toBe(`${base()}/join/#${server.token}`);
  expect(await page.getByTestId('join-address').textContent()).toBe(url);
  return url;
}

/** The engagement exported from the facilitator's page: `crmkit validate` passes it, and it reads back. */
async function exportAndValidate(page: Page, file: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export YAML' }).click(),
  ]);
  await download.saveAs(file);
  const validate = spawnSync(process.execPath, ['bin/crmkit.js', 'validate', file], { encoding: 'utf8' });
  expect(validate.stdout).toContain('no problems');
  expect(validate.status).toBe(0);
  const loaded = importEngagement(file, readFileSync(file, 'utf8'), context);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded;
}

const question = (page: Page) => page.getByTestId('live-questions').locator(`li[data-question="${Q}"]`);
const vote = (phone: Page, value: number) =>
  phone.locator(`.join-question input[type="radio"][value="${value}"]`).check();

test('an anonymous room: three phones, reveal, a second round, the agreed answer recorded and exported', async ({
  browser,
}, testInfo) => {
  const page = await facilitator(browser, true);
  const url = await joinUrl(page);
  const phones = await Promise.all([0, 1, 2].map(() => newPage(browser, PHONE)));
  const [first, second, third] = phones as [Page, Page, Page];
  for (const phone of phones) {
    await phone.goto(url);
    // Anonymous: no name asked.
    await expect(phone.getByTestId('join-who')).toContainText('This room is anonymous');
    await expect(phone.locator('#join-name')).toHaveCount(0);
    await expect(phone.getByTestId('join-waiting')).toBeVisible();
  }
  await expect(page.getByTestId('live-joined')).toHaveText('3 joined');
  await page.screenshot({ path: testInfo.outputPath('facilitator.png') });

  // Round 1: only the current question is open on the phones.
  await question(page)
    .getByRole('button', { name: /Open on the phones/ })
    .click();
  const text = firstQuestion.text.en;
  for (const phone of phones) await expect(phone.getByRole('heading', { level: 2 })).toHaveText(text);
  await expect(first.locator('.join-point').first()).toContainText(sevenS.scales?.[0]?.points[0]?.label.en ?? '');
  const round1 = [1, 3, 5];
  for (const [i, phone] of phones.entries()) {
    await vote(phone, round1[i] ?? 3);
    await expect(phone.getByTestId('join-mine')).toContainText('Received');
  }
  // A phone changes its mind while the question is open: counted once, the newer answer.
  await vote(first, 2);
  await expect(first.getByTestId('join-mine')).toContainText('Your answer: 2');
  await expect(question(page).getByTestId('live-answered')).toHaveText('3 of 3 answered');
  await first.screenshot({ path: testInfo.outputPath('phone-question.png') });

  // Close, reveal: the phones see the distribution, nobody's vote.
  await question(page).getByTestId('live-close').click();
  for (const phone of phones) await expect(phone.getByTestId('join-mine')).toContainText('This question is closed');
  await question(page).getByTestId('live-reveal').click();
  for (const phone of phones) {
    await expect(phone.getByTestId('tally').locator('tr[data-point="2"] .count')).toHaveText('1');
    await expect(phone.getByTestId('tally').locator('tr[data-point="5"] .count')).toHaveText('1');
  }

  // A second round (Delphi): the first round's distribution shown, the phones revise.
  await question(page).getByTestId('live-second-round').click();
  for (const phone of phones) {
    await expect(phone.getByTestId('round-two')).toBeVisible();
    await expect(phone.getByTestId('tally')).toHaveCount(1);
  }
  await expect(third.locator('.join-question')).toContainText('Your first answer: 5');
  const round2 = [3, 3, 4];
  for (const [i, phone] of phones.entries()) {
    await vote(phone, round2[i] ?? 3);
    await expect(phone.getByTestId('join-mine')).toContainText('Received');
  }
  await second.screenshot({ path: testInfo.outputPath('phone-round-two.png'), fullPage: true });

  // A reloaded phone is the same participant and gets its own vote back.
  await third.reload();
  await expect(third.locator('.join-question input[value="4"]')).toBeChecked();
  await expect(page.getByTestId('live-joined')).toHaveText('3 joined');

  await expect(question(page).getByTestId('live-answered')).toHaveText('3 of 3 answered');
  await question(page).getByTestId('live-close').click();
  // Tastle–Wierman on 1–5: round 1 (2, 3, 5) 1 + ⅓(log₂⅔ + log₂¹¹⁄₁₂ + log₂⁷⁄₁₂) = 0.504;
  // round 2 (3, 3, 4) 1 + ⅓(2 log₂¹¹⁄₁₂ + log₂⅚) = 0.829: the room converged by 0.32.
  await expect(question(page).getByTestId('live-consensus')).toHaveText('round 1 0.5 → round 2 0.83 (+0.32)');
  await page.getByTestId('live-by-disagreement').check();
  await expect(page.getByTestId('live-questions').locator('li').first()).toHaveAttribute('data-question', Q);

  // The agreed answer, with the second round's votes as evidence, into the engagement.
  const record = question(page).getByTestId('live-record');
  await record.locator('input[value="3"]').check();
  await record.getByRole('button', { name: 'Record the agreed answer with the votes' }).click();
  await expect(page.getByTestId('room-status')).toContainText('Recorded: 3');
  await expect(record.getByTestId('live-engagement-answer')).toContainText('3 ·');
  await page.screenshot({ path: testInfo.outputPath('facilitator-recorded.png'), fullPage: true });
  await axeClean(page);

  const loaded = await exportAndValidate(page, testInfo.outputPath('live.yaml'));
  const answer = loaded.engagement.answers?.['mckinsey-7s']?.[Q];
  expect(answer?.value).toBe(3);
  // Anonymous: values only, no names.
  expect(answer?.room?.votes.map((v) => v.value).sort()).toEqual([3, 3, 4]);
  expect(answer?.room?.votes.every((v) => v.participant === undefined)).toBe(true);
  expect([answer?.room?.median, answer?.room?.spread]).toEqual([3, 1]);

  // The server stops: the facilitator's page keeps the room and says so; it recovers with the server.
  const { port, token, key } = server;
  await server.stop();
  await expect(page.getByTestId('live-lost')).toContainText('Server lost');
  await expect(question(page).getByTestId('live-answered')).toHaveText('3 of 3 answered');
  await expect(first.getByTestId('join-lost')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('facilitator-lost.png') });
  // The facilitator's tab closes too (the laptop restarts): the browser kept a copy of the room.
  const address = page.url();
  await page.goto('about:blank');
  server = await startRoomServer({ dist: 'dist', port, token, key });
  await page.goto(address);
  await expect(page.getByTestId('live-lost')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByTestId('live-panel')).toHaveAttribute('data-status', 'connected');
  await expect(question(page).getByTestId('live-answered')).toHaveText('3 of 3 answered');
  await expect.poll(() => server.stats().participants, { timeout: 10_000 }).toBe(3);
  // The facilitator gave the room back: the phones see it again, their votes with it.
  await expect(first.getByTestId('join-lost')).toHaveCount(0, { timeout: 15_000 });
  await expect(first.getByTestId('join-mine')).toContainText('This question is closed. Your answer: 3');
});

test('a named room shows a hostile name as text; the phone page passes axe in both languages', async ({ browser }) => {
  const page = await facilitator(browser, false);
  const url = await joinUrl(page);
  const phone = await newPage(browser, PHONE);
  await phone.goto(url);
  await expect(phone.locator('#join-name')).toBeVisible();
  await axeClean(phone);
  const hostile = '<img src=x onerror=alert(1)>';
  await phone.locator('#join-name').fill(hostile);
  await phone.getByRole('button', { name: 'Join with this name' }).click();
  await expect(phone.getByTestId('join-who')).toHaveText(`You joined as ${hostile}.`);
  await expect(page.getByTestId('live-names')).toHaveText(`Who joined: ${hostile}`);
  await expect(page.getByTestId('live-panel').locator('img')).toHaveCount(0);
  await expect(phone.locator('main img')).toHaveCount(0);

  await question(page)
    .getByRole('button', { name: /Open on the phones/ })
    .click();
  await vote(phone, 4);
  await expect(phone.getByTestId('join-mine')).toContainText('Received');
  await axeClean(phone);
  // A reload keeps the name and the vote: no name asked again.
  await phone.reload();
  await expect(phone.locator('.join-question input[value="4"]')).toBeChecked();
  await expect(phone.getByTestId('join-who')).toHaveText(`You joined as ${hostile}.`);

  // Chinese: the same room from the language switch, which keeps the token after #.
  await phone.locator('a.lang-switch').click();
  await expect(phone).toHaveURL(`${base()}/zh/join/#${server.token}`);
  await expect(phone.getByRole('heading', { level: 2 })).toHaveText(firstQuestion.text.zh);
  await expect(phone.getByTestId('join-mine')).toContainText('你的回答：4');
  await axeClean(phone);
  await page.getByTestId('live-anonymous').check();
  await expect(phone.getByTestId('join-who')).toContainText('匿名');
  await expect(page.getByTestId('live-names')).toHaveCount(0);
});

test('without a room the phone page asks for the code, and takes a typed one', async ({ browser }) => {
  for (const lang of ['en', 'zh'] as const) {
    const phone = await newPage(browser, PHONE);
    await phone.goto(`${base()}${prefix(lang)}/join/`);
    await expect(phone.locator('#room-code')).toBeVisible();
    await axeClean(phone);
    await phone.locator('#room-code').fill('not a code');
    await phone.locator('.join-code button').click();
    await expect(phone.locator('.join-code [role="alert"]')).toBeVisible();
    await phone.locator('#room-code').fill(server.token.replace(/(.{4})/g, '$1 '));
    await phone.locator('.join-code button').click();
    await expect(phone).toHaveURL(`${base()}${prefix(lang)}/join/#${server.token}`);
    await expect(phone.getByTestId('join-status')).toContainText(lang === 'en' ? 'Connecting' : '正在连接');
  }
});

test('the facilitator’s live panel in Chinese passes axe; the QR code is drawn for the zh join page', async ({
  browser,
}, testInfo) => {
  const page = await facilitator(browser, true, 'zh');
  await expect(page.getByTestId('join-address')).toHaveAttribute('data-join', `${base()}/zh/join/#${server.token}`);
  await expect(page.getByTestId('live-joined')).toHaveText('已加入 0 人');
  await expect(page.getByTestId('live-qr')).toHaveAttribute(
    'aria-label',
    `加入地址 ${base()}/zh/join/#${server.token} 的二维码`,
  );
  await question(page)
    .getByRole('button', { name: /在手机上开放/ })
    .click();
  await page.screenshot({ path: testInfo.outputPath('facilitator-zh.png') });
  await axeClean(page);
});

test('live AHP: phones judge every pair of vendor criteria; the judgements become the assessors', async ({
  browser,
}, testInfo) => {
  const vendors = content.frameworks.find((f) => f.id === 'vendor-selection');
  if (!vendors) throw new Error('no vendor-selection framework');
  const criteria = vendors.elements;
  const [fit, architecture] = criteria;
  if (!fit || !architecture) throw new Error('too few criteria');
  const pairs = (criteria.length * (criteria.length - 1)) / 2;
  const page = await facilitator(browser, false, 'en', 'pairs');
  const url = await joinUrl(page);
  const people = ['Anna', 'Bo', 'Cy'];
  const phones = await Promise.all(people.map(() => newPage(browser, PHONE)));
  for (const [i, phone] of phones.entries()) {
    await phone.goto(url);
    await phone.locator('#join-name').fill(people[i] ?? '');
    await phone.getByRole('button', { name: 'Join with this name' }).click();
  }
  await expect(page.getByTestId('live-joined')).toHaveText('3 joined');
  const items = page.getByTestId('live-questions').locator('li');
  await expect(items).toHaveCount(pairs);

  // Anna: functional fit extremely more important than each other criterion, the rest equal;
  // Bo: every pair equal; Cy judges the first pair only.
  for (let k = 0; k < pairs; k++) {
    const item = items.nth(k);
    const id = (await item.getAttribute('data-question')) ?? '';
    await item.getByRole('button', { name: /Open on the phones/ }).click();
    for (const phone of phones) await expect(phone.locator(`.join-question[data-question="${id}"]`)).toBeVisible();
    if (k === 0) {
      const [anna] = phones as [Page];
      await expect(anna.getByRole('heading', { level: 2 })).toHaveText(
        `${fit.title.en} or ${architecture.title.en}: which matters more in choosing the vendor, and by how much?`,
      );
      await expect(anna.locator('.join-point').first()).toContainText(`9${fit.title.en}: extremely more important`);
      await expect(anna.locator('.join-point input')).toHaveCount(9);
      await anna.screenshot({ path: testInfo.outputPath('phone-pair.png'), fullPage: true });
    }
    const fitFirst = id.startsWith('pair-1-');
    const choices = [fitFirst ? -4 : 0, 0, ...(k === 0 ? [2] : [])];
    for (const [i, value] of choices.entries()) {
      const phone = phones[i] as Page;
      await vote(phone, value);
      await expect(phone.getByTestId('join-mine')).toContainText('Received');
    }
    await expect(item.getByTestId('live-answered')).toHaveText(`${choices.length} of 3 answered`);
    await item.getByTestId('live-close').click();
  }

  // The weights as they stand: Anna (9, 1, 1, 1, 1)/13 and Bo all equal give a combined
  // functional-fit row of √9 = 3 against 1s: 3/7 = 42.9 % and 1/7 = 14.3 % for the others.
  const weights = page.getByTestId('live-weights');
  await expect(weights.getByTestId('live-judges')).toContainText(`2 participants have judged all ${pairs} pairs`);
  await expect(weights.getByTestId('live-incomplete')).toHaveText(
    `Left out until they judge every pair: Cy (1 of ${pairs}).`,
  );
  await expect(weights.getByTestId('vendor-weights').locator('tbody tr').first()).toContainText('42.9%');
  await expect(weights.getByTestId('vendor-weights').locator('tbody tr').nth(1)).toContainText('14.3%');
  await expect(weights.getByTestId('vendor-consistency')).toContainText('Anna');
  await expect(weights.getByTestId('vendor-consensus')).toContainText('Group consensus (AHP)');
  await page.screenshot({ path: testInfo.outputPath('facilitator-pairs.png'), fullPage: true });
  await axeClean(page);

  await weights.getByTestId('live-record-weights').click();
  await expect(page.getByTestId('room-status')).toContainText('Recorded: 2 assessors’ pairwise judgements');

  const loaded = await exportAndValidate(page, testInfo.outputPath('live-pairs.yaml'));
  const selection = loaded.engagement.vendorSelection;
  expect(selection?.weighting).toBe('ahp');
  expect(selection?.assessors?.map((a) => a.name)).toEqual(['Anna', 'Bo']);
  expect(selection?.assessors?.[0]?.judgements).toHaveLength(pairs);
  expect(selection?.assessors?.[0]?.judgements[0]).toEqual({ a: fit.id, b: architecture.id, value: 9 });
  expect(selection?.assessors?.[1]?.judgements.every((j) => j.value === 1)).toBe(true);
});
