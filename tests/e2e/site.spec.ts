import { sourceDocument } from '../../src/i18n/source-documents.ts';
import { expect, test, type Page } from '@playwright/test';
import { frameworkQuestions } from '../../src/core/content/framework-parts.ts';
import { axeClean } from './axe.ts';
import { content, LANGS, prefix } from './content.ts';
import { UI } from '../../src/i18n/ui.ts';
import { TOUR_IMAGE, TOUR_PAGES, tourSample } from '../../src/site/tour.ts';

/** Pages that need no interaction ship no JavaScript at all. */
async function expectNoScripts(page: Page) {
  expect(await page.locator('script').count()).toBe(0);
}

for (const lang of LANGS) {
  test.describe(`${lang} pages`, () => {
    test('home lists every framework, template and sample engagement', async ({ page }) => {
      await page.goto(`${prefix(lang)}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const framework of content.frameworks) {
        await expect(page.getByRole('link', { name: framework.title[lang], exact: true })).toBeVisible();
      }
      for (const template of content.templates) {
        await expect(page.getByRole('link', { name: template.title[lang], exact: true })).toBeVisible();
      }
      for (const engagement of content.engagements) {
        await expect(page.getByRole('link', { name: engagement.title, exact: true })).toBeVisible();
      }
      await expectNoScripts(page);
      await axeClean(page);
    });

    test('home starts work: a new engagement, the sample in the page language, and pictures of what crmkit makes', async ({
      page,
    }) => {
      const home = UI[lang].home;
      const sample = tourSample(content.engagements, lang);
      if (!sample) throw new Error('no sample');
      await page.goto(`${prefix(lang)}/`);
      await expect(page.getByRole('link', { name: home.start })).toHaveAttribute('href', `${prefix(lang)}/workshop/`);
      const open = page.getByRole('link', { name: home.openSample(sample.title) });
      await expect(open).toHaveAttribute('href', `${prefix(lang)}/workshop/?sample=${sample.id}`);
      expect(sample.language ?? 'en').toBe(lang);
      // Every picture is there (not a broken image) and says in words what it shows.
      const pictures = page.locator('.tour img');
      await expect(pictures).toHaveCount(TOUR_PAGES.length);
      for (const [i, item] of home.get.entries()) {
        const picture = pictures.nth(i);
        await picture.scrollIntoViewIfNeeded();
        await expect(picture).toHaveAttribute('alt', item.alt);
        await expect
          .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
          .toBe(TOUR_IMAGE.width);
      }
      await open.click();
      await expect(page.locator('.workshop[data-open="true"]')).toBeVisible();
      await expect(page.locator('.engagement-name')).toContainText(sample.title);
    });

    for (const framework of content.frameworks) {
      test(`framework page ${framework.id} shows its elements, questions, scales and sources`, async ({ page }) => {
        await page.goto(`${prefix(lang)}/frameworks/${framework.id}/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(framework.title[lang]);
        const main = page.locator('main');
        for (const element of framework.elements) {
          await expect(main.getByRole('heading', { name: element.title[lang], exact: true }).first()).toBeVisible();
        }
        const text = await main.innerText();
        for (const question of frameworkQuestions(framework)) expect(text).toContain(question.text[lang]);
        for (const scale of framework.scales ?? []) {
          for (const point of scale.points) expect(text).toContain(point.label[lang]);
        }
        // Sources by title, never by an internal file name; the section quoted in the source's script.
        for (const source of framework.sources) {
          const document = sourceDocument(source.file);
          expect(text).toContain(document?.title[lang] ?? source.file);
          expect(text).toContain(source.section);
        }
        if (framework.sources.every((s) => sourceDocument(s.file))) expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
        await expectNoScripts(page);
        await axeClean(page);
      });
    }

    for (const template of content.templates) {
      test(`template page ${template.id} shows every phase, task and gate`, async ({ page }) => {
        await page.goto(`${prefix(lang)}/templates/${template.id}/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(template.title[lang]);
        const text = await page.locator('main').innerText();
        for (const phase of template.phases) {
          expect(text).toContain(phase.title[lang]);
          expect(text).toContain(phase.gate.title[lang]);
          for (const task of phase.tasks) expect(text).toContain(task.title[lang]);
        }
        await expectNoScripts(page);
        await axeClean(page);
      });
    }

    for (const engagement of content.engagements) {
      test(`engagement page ${engagement.id} shows the client and assessment coverage`, async ({ page }) => {
        await page.goto(`${prefix(lang)}/engagements/${engagement.id}/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(engagement.title);
        await expect(page.locator('main')).toContainText(engagement.client.name);
        const assessments = content.frameworks.filter((f) => f.use === 'assessment');
        for (const framework of assessments) {
          await expect(page.getByRole('link', { name: framework.title[lang], exact: true })).toBeVisible();
        }
        await expectNoScripts(page);
        await axeClean(page);
      });
    }
  });
}

test('the language switch leads to the same page in the other language and back', async ({ page }) => {
  const framework = content.frameworks[0];
  test.skip(!framework, 'no frameworks');
  await page.goto(`/frameworks/${framework?.id}/`);
  await page.getByRole('link', { name: /read this page in Simplified Chinese/ }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/frameworks/${framework?.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(framework?.title.zh ?? '');
  await page.getByRole('link', { name: /以英文阅读本页/ }).click();
  await expect(page).toHaveURL(new RegExp(`/frameworks/${framework?.id}/$`));
});

test('the whole site can be walked with the keyboard from the skip link', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
