/**
 * Pages must read well on a laptop, a 1280×720 projector and a phone, in both languages:
 * nothing wider than the screen, body text at a size readable from the back of a room.
 * Screenshots land in test-results/screenshots for people to look at.
 */
import { expect, test } from '@playwright/test';
import { content, LANGS, prefix } from './content.ts';

const SIZES = [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'narrow', width: 820, height: 1000 },
  { name: 'phone', width: 390, height: 844 },
];

const pages = [
  { name: 'home', path: '/' },
  {
    name: 'framework',
    path: `/frameworks/${content.frameworks.find((f) => f.alignment)?.id ?? content.frameworks[0]?.id}/`,
  },
  { name: 'template', path: `/templates/${content.templates[0]?.id}/` },
  { name: 'engagement', path: `/engagements/${content.engagements[0]?.id}/` },
  { name: 'results', path: `/engagements/${content.engagements[0]?.id}/mckinsey-7s/` },
  { name: 'risks', path: `/engagements/${content.engagements[0]?.id}/risks/` },
  { name: 'plan', path: `/engagements/${content.engagements[0]?.id}/plan/` },
  { name: 'vendors', path: `/engagements/${content.engagements[0]?.id}/vendors/` },
  { name: 'roi', path: `/engagements/${content.engagements[0]?.id}/roi/` },
  { name: 'tracking', path: `/engagements/${content.engagements[0]?.id}/tracking/` },
  { name: 'summary', path: `/engagements/${content.engagements[0]?.id}/summary/` },
  { name: 'workshop', path: '/workshop/' },
  { name: 'room', path: '/workshop/room/' },
  { name: 'present', path: '/workshop/present/' },
];

for (const lang of LANGS) {
  for (const size of SIZES) {
    for (const target of pages) {
      test(`${target.name} fits a ${size.name} screen in ${lang}`, async ({ page }) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(`${prefix(lang)}${target.path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const fontSize = await page
          .locator('main p')
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(fontSize).toBeGreaterThanOrEqual(16);
        await page.screenshot({ path: `test-results/screenshots/${target.name}-${lang}-${size.name}.png` });
      });
    }
  }
}
