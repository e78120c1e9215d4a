/** Checks on Chart.js canvases shared by the result, decision and print specs. */
import { expect, type Page } from '@playwright/test';

/** How many pixels of a canvas are painted (run in the page): 0 means the chart never drew. */
export function paintedIn(el: Element): number {
  const c = el as HTMLCanvasElement;
  const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
  return painted;
}

/** How many pixels of a canvas are painted once it has been scrolled to and drawn. */
export async function paintedPixels(page: Page, testId: string): Promise<number> {
  const canvas = page.getByTestId(testId);
  await canvas.scrollIntoViewIfNeeded();
  await expect(page.locator(`figure[data-drawn="true"] [data-testid="${testId}"]`)).toBeVisible();
  return canvas.evaluate(paintedIn);
}
