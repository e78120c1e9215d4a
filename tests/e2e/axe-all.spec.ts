/**
 * WCAG 2.2 AA on every page the site builds, in both languages: the page list is read from
 * dist/, so a new page is checked without anyone remembering to add it here.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from '@playwright/test';
import { axeClean } from './axe.ts';

const DIST = 'dist';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : pages(path);
    return name === 'index.html' ? [`/${relative(DIST, dir)}/`.replace(/\/+/g, '/')] : [];
  });
}

for (const path of pages(DIST).sort()) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    await axeClean(page);
  });
}
