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
        // The header leaves the screen to the page, and the page it marks as current is in sight.
        const header = await page.locator('.site-header').boundingBox();
        expect(header?.height ?? 0).toBeLessThanOrEqual(size.name === 'phone' ? 130 : 110);
        const current = page.locator('.site-nav a[aria-current="page"]');
        if ((await current.count()) > 0 && (await current.isVisible())) {
          const box = await current.boundingBox();
          expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
          expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(size.width);
        }
        await page.screenshot({ path: `test-results/screenshots/${target.name}-${lang}-${size.name}.png` });
      });
    }
  }
}

/**
 * Every workshop section of a full engagement (8 vendors, 20 risks, a plan) read at the
 * projector, laptop and phone sizes: nothing wider than the screen.
 */
const pump = content.engagements.find((e) => e.id === 'industrial-equipment-growth');
if (!pump) throw new Error('no pump-maker sample');
const baseRisk = pump.risks?.[0];
if (!baseRisk) throw new Error('the pump-maker sample has no risks');
const full = {
  ...pump,
  id: 'layout-full',
  vendors: Array.from({ length: 8 }, (_, i) => ({
    ...(pump.vendors?.[i % (pump.vendors?.length ?? 1)] ?? { scores: {} }),
    id: `vendor-${i + 1}`,
    name: `Vendor number ${i + 1} Enterprise CRM Suite`,
  })),
  vendorSelection: { ...pump.vendorSelection, chosen: 'vendor-1' },
  risks: Array.from({ length: 20 }, (_, i) => ({
    ...(pump.risks?.[i % (pump.risks?.length ?? 1)] ?? baseRisk),
    id: `risk-${i + 1}`,
  })),
};
const SECTIONS = [
  '@profile',
  'value-proposition',
  '@segments',
  '@risks',
  '@vendors',
  '@plan',
  '@progress',
  '@roi',
  '@summary',
];
/** Places in the workshop that are a view of an assessment rather than a section: the 7-S pair ratings. */
const VIEWS = [{ framework: 'mckinsey-7s', step: 6, view: 'pairs', name: 'pairs' }];
const WORKSHOP_SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector', width: 1280, height: 720 },
  { name: 'hd', width: 1920, height: 1080 },
];

for (const lang of LANGS) {
  test(`every workshop section of an engagement with 8 vendors and 20 risks fits each screen in ${lang}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.addInitScript((engagement) => {
      if (window.localStorage.getItem('crmkit:v1:engagement:layout-full')) return;
      const savedAt = '2026-04-01T09:00:00.000Z';
      window.localStorage.setItem(
        'crmkit:v1:engagement:layout-full',
        JSON.stringify({ format: 2, revision: 1, savedAt, engagement }),
      );
    }, full);
    for (const place of [
      ...SECTIONS.map((framework) => ({ framework, name: framework.replace(/^@/, '') })),
      ...VIEWS,
    ]) {
      const section = place.framework;
      const { name, ...position } = place;
      await page.addInitScript((where) => {
        window.localStorage.setItem('crmkit:v1:position', JSON.stringify({ engagement: 'layout-full', ...where }));
      }, position);
      for (const size of WORKSHOP_SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(`${prefix(lang)}/workshop/`);
        await expect(page.locator('.workshop[data-open="true"]')).toBeVisible();
        await expect(page.locator('.wizard-main section, .wizard-main #step-title').first()).toBeVisible();
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
            message: `${section} at ${size.name}`,
          })
          .toBeLessThanOrEqual(0);
        if (section === '@vendors' || section === '@risks' || section === '@segments' || name === 'pairs') {
          await page.screenshot({
            path: `test-results/screenshots/workshop-${name}-${lang}-${size.name}.png`,
          });
        }
      }
    }
  });
}
