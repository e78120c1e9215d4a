/**
 * The workbook's engagement sheets: scores, the vendor ranking, the risk register and the
 * tasks with real Excel dates, from the same view models the pages show. Expectations are
 * read off the sample file by hand (a 5-day first task from Monday 2 February 2026 ends on
 * Friday 6 February; likelihood 4 × impact 5 = 20).
 */
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { planView } from '../../src/core/views/plan-view.ts';
import { blankEngagement } from '../../src/core/workshop/edit.ts';
import { workbookBytes } from '../../src/node/write-workbook.ts';
import { engagementSheetsOf } from '../../src/render/engagement-sheets.ts';
import type { LayoutCell, SheetLayout } from '../../src/render/roi-workbook.ts';
import type { Engagement, Language } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';

const sheetsOf = (engagement: Engagement, lang: Language = 'en'): SheetLayout[] =>
  engagementSheetsOf(engagement, shipped, lang);

/** The cells of one row, by column letter, as plain values. */
function row(sheet: SheetLayout | undefined, n: number): Record<string, unknown> {
  const cells = (sheet?.cells ?? []).filter((c) => c.ref.replace(/^[A-Z]+/, '') === String(n));
  return Object.fromEntries(
    cells.map((c: LayoutCell) => [
      c.ref.replace(/\d+$/, ''),
      'text' in c ? c.text : 'date' in c ? `date ${c.date}` : 'number' in c ? c.number : c.formula,
    ]),
  );
}

describe('the engagement sheets of the pump maker', () => {
  const engagement = sample('industrial-equipment-growth');
  const sheets = sheetsOf(engagement);
  const byName = (name: string) => sheets.find((s) => s.name === name);

  test('one sheet each for scores, vendors, risks and tasks', () => {
    expect(sheets.map((s) => s.name)).toEqual(['Scores', 'Vendors', 'Risks', 'Tasks']);
  });

  test('tasks carry their number, owner, working days, dates as dates and status', () => {
    expect(row(byName('Tasks'), 4)).toMatchObject({ A: 'No.', B: 'Task', F: 'Start', G: 'Finish' });
    expect(row(byName('Tasks'), 5)).toMatchObject({
      A: 1,
      B: 'Project charter and team',
      D: 'Executive sponsor',
      E: 5,
      F: 'date 2026-02-02',
      G: 'date 2026-02-06',
      H: 'Done',
    });
    const plan = planView(engagement, shipped.frameworks, shipped.templates, 'en');
    if (!plan.ok) throw new Error('no plan');
    // One row per task, under the four rows of title, note and headings.
    expect(Math.max(...(byName('Tasks')?.cells ?? []).map((c) => Number(c.ref.replace(/^[A-Z]+/, ''))))).toBe(
      4 + plan.plan.tasks.length,
    );
  });

  test('risks are ranked by score, with the residual after mitigation', () => {
    expect(row(byName('Risks'), 5)).toMatchObject({ A: 1, F: 4, G: 5, H: 20, I: 'Critical', J: 2, K: 4, L: 8 });
  });

  test('vendors are ranked by total; the criteria weights in the headings add up to 100 %', () => {
    const headings = Object.values(row(byName('Vendors'), 4)) as string[];
    const weights = headings.flatMap((h) => [...h.matchAll(/\((\d+)%\)$/g)].map((m) => Number(m[1])));
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
    expect(row(byName('Vendors'), 5)).toMatchObject({ A: 1, B: 'Klarwerk Sales Cloud' });
    // The knocked-out vendor has no rank and says why.
    expect(row(byName('Vendors'), 7)).not.toHaveProperty('A');
  });
});

test('a blank engagement made in the workshop gets no empty sheets', () => {
  const blank = blankEngagement(
    { clientName: 'Fjord Fisheries AS', industry: 'Seafood', size: 'medium', currency: 'NOK', language: 'en' },
    '2026-12-07',
    new Set(),
  );
  expect(sheetsOf(blank)).toEqual([]);
});

test('in Chinese the sheets and headings are Chinese; a written date is a real Excel date', async () => {
  const engagement = sample('sony-china-after-sales');
  const sheets = sheetsOf(engagement, 'zh');
  expect(sheets.map((s) => s.name)).toEqual(['评分', '供应商', '风险', '任务']);
  const bytes = await workbookBytes({
    sheets,
    currency: 'CNY',
    figures: {} as never,
    inputs: {} as never,
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const tasks = book.getWorksheet('任务');
  const start = tasks?.getCell('F5');
  expect(start?.value).toBeInstanceOf(Date);
  expect(start?.numFmt).toBe('yyyy-mm-dd');
  const layoutStart = sheets[3]?.cells.find((c) => c.ref === 'F5');
  expect(layoutStart && 'date' in layoutStart && `${layoutStart.date}T00:00:00.000Z`).toBe(
    (start?.value as Date).toISOString(),
  );
});
