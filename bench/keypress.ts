/**
 * How soon the workshop answers a key press after navigation, in Chromium. A consultant
 * returns to an open engagement: the browser holds it (a blank one, created once through
 * the form) and the saved position on its first question. Each run opens /workshop/ in a
 * fresh context (empty HTTP cache, that storage), focuses the first answer the moment it
 * exists and presses Space, and the page itself records, in ms after navigation start:
 * when the answer could first be focused, when the key went down, and when the wizard
 * showed the answer as recorded (the question's Clear button, drawn only for an answer the
 * island holds, which it saves at the same time).
 */
import { firstLine, launchChromium, median } from './browser.ts';

export interface KeypressRun {
  /** The first question's answers exist (island hydrated, content loaded). */
  ready: number;
  /** Space went down on the focused answer. */
  key: number;
  /** The wizard shows the answer (Clear button present). */
  answered: number;
}

export type KeypressResult =
  { runs: KeypressRun[]; ready: number; answered: number; reaction: number } | { skipped: string; runs?: undefined };

const FIRST_ANSWER = '[data-question] input[type=radio][name$="-current"]';
const ANSWERED = '[data-question] .link-button';

/** Runs in the page before any of its scripts: marks the moments above on performance.now(). */
function recordMarks(selectors: { first: string; answered: string }): void {
  const marks: Record<string, number> = {};
  (globalThis as unknown as { benchMarks: Record<string, number> }).benchMarks = marks;
  const check = (): void => {
    if (marks['ready'] === undefined && document.querySelector(selectors.first)) marks['ready'] = performance.now();
    if (marks['answered'] === undefined && document.querySelector(selectors.answered))
      marks['answered'] = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  addEventListener('keydown', () => (marks['key'] ??= performance.now()), { capture: true });
}

export async function keypressTimes(origin: string, runs = 7): Promise<KeypressResult> {
  const launched = await launchChromium();
  if ('skipped' in launched) return launched;
  const { browser } = launched;
  const url = `${origin}/workshop/`;
  try {
    const setup = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await setup.newPage();
    await page.goto(url);
    await page.locator('.workshop[data-ready="true"]').waitFor();
    await page.getByLabel('Client name').fill('Bench Ltd');
    await page.getByLabel('Industry').fill('Benchmarks');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.locator(FIRST_ANSWER).first().waitFor();
    const storageState = await setup.storageState();
    await setup.close();

    const measured: KeypressRun[] = [];
    for (let k = 0; k < runs; k += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, storageState });
      try {
        const tab = await context.newPage();
        await tab.addInitScript(recordMarks, { first: FIRST_ANSWER, answered: ANSWERED });
        await tab.goto(url, { waitUntil: 'commit' });
        const answer = tab.locator(FIRST_ANSWER).first();
        await answer.focus();
        await tab.keyboard.press('Space');
        await tab.locator(ANSWERED).first().waitFor();
        const marks = await tab.evaluate(
          () => (globalThis as unknown as { benchMarks: Record<string, number> }).benchMarks,
        );
        const { ready, key, answered } = marks;
        if (ready === undefined || key === undefined || answered === undefined)
          throw new Error(`marks missing: ${JSON.stringify(marks)}`);
        measured.push({ ready, key, answered });
      } finally {
        await context.close();
      }
    }
    return {
      runs: measured,
      ready: median(measured.map((r) => r.ready)),
      answered: median(measured.map((r) => r.answered)),
      reaction: median(measured.map((r) => r.answered - r.key)),
    };
  } catch (error) {
    return { skipped: `the wizard did not answer (${firstLine(error)})` };
  } finally {
    await browser.close();
  }
}
