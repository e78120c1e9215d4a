/**
 * Opens the workshop on a stored engagement: the pump-maker sample with `changes` applied,
 * saved as the browser would have saved it, at `section` (a framework id or a section such as
 * '@risks'). Seeded once per tab, so a reload keeps what the test did.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const ID = 'industrial-equipment-growth';
export const KEY = `crmkit:v1:engagement:${ID}`;

export async function seed(page: Page, broken: Record<string, unknown>, section: string): Promise<void> {
  const sample = parse(readFileSync(`assessments/${ID}.yaml`, 'utf8')) as Record<string, unknown>;
  const engagement = { ...sample, ...broken };
  await page.addInitScript(
    ({ key, engagement, section }) => {
      if (window.sessionStorage.getItem('seeded')) return;
      window.sessionStorage.setItem('seeded', '1');
      const savedAt = '2026-04-01T09:00:00.000Z';
      window.localStorage.setItem(key, JSON.stringify({ format: 2, revision: 1, savedAt, engagement }));
      window.localStorage.setItem(
        'crmkit:v1:position',
        JSON.stringify({ engagement: engagement['id'], framework: section, step: 0, view: 'wizard' }),
      );
    },
    { key: KEY, engagement, section },
  );
}
