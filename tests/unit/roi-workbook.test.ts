/**
 * `crmkit roi --format xlsx`: the workbook is read back with exceljs and every formula is evaluated
 * by an Excel formula library (fast-formula-parser, with @formulajs/formulajs supplying NPV, IRR,
 * MAX and MIN, which the parser lacks), resolving references, cross-sheet ones included, from the
 * read-back cells. The evaluated figures must equal crmkit's own analyseFinance, and stay equal
 * after an input cell is changed in the workbook: the formulas are live, not pasted numbers.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import * as formulajs from '@formulajs/formulajs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import FormulaParser, { type Argument } from 'fast-formula-parser';
import { describe, expect, it } from 'vitest';
import { analyseFinance, figures, type FinanceFigures } from '../../src/core/finance/analyse.ts';
import { roiWorkbookLayout, type FigureRefs, type WorkbookLayout } from '../../src/render/roi-workbook.ts';
import { runAsync } from '../../src/cli/main.ts';
import { workbookBytes } from '../../src/node/write-workbook.ts';
import type { Finance } from '../../src/schemas/generated/types.ts';
import { sample } from './assess-helpers.ts';

type Value = number | string | boolean | null | Error;

const values = (args: Argument[]): unknown[] => args.map((a) => a.value);

const REF = /^'((?:[^']|'')+)'!\$?([A-Z]+)\$?(\d+)$/;
const columnNumber = (letters: string): number => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** A read-back workbook whose formulas are evaluated on demand (memoised until an input changes). */
class Evaluated {
  private readonly cells = new Map<string, { formula?: string; value: Value }>();
  private readonly memo = new Map<string, Value>();
  /**
   * The parser is not re-entrant, so a formula's references are evaluated first, in the order its
   * dependency parser lists them; the formula itself then only reads values already computed.
   */
  private readonly dependencies = new FormulaParser.DepParser();
  private readonly parser = new FormulaParser({
    onCell: ({ sheet, row, col }) => this.known(sheet, row, col),
    onRange: ({ sheet, from, to }) =>
      Array.from({ length: to.row - from.row + 1 }, (_, i) =>
        Array.from({ length: to.col - from.col + 1 }, (_, j) => this.known(sheet, from.row + i, from.col + j)),
      ),
    functions: {
      NPV: (...args) => formulajs.NPV(...values(args)),
      IRR: (...args) => formulajs.IRR(...(values(args) as [number[], number])),
      MAX: (...args) => formulajs.MAX(...values(args)),
      MIN: (...args) => formulajs.MIN(...values(args)),
      // fast-formula-parser's own INDEX returns a reference that loses its sheet (it reads the
      // formula's own sheet instead), so formulajs's INDEX takes the range's values. The parser
      // hands INDEX its context and the unresolved arguments; a one-cell range (D17:D17) resolves
      // to its value and is made a 1 × 1 range again.
      INDEX: (context, ...raw) => {
        const { utils } = context as unknown as { utils: { extractRefValue: (a: unknown) => { val: unknown } } };
        const [range, row, column] = raw.map((arg) => utils.extractRefValue(arg).val);
        return formulajs.INDEX(Array.isArray(range) ? range : [[range]], row as number, column as number);
      },
    },
  });

  formulas = 0;

  constructor(book: ExcelJS.Workbook) {
    book.eachSheet((sheet) =>
      sheet.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const key = `${sheet.name}!${r}!${c}`;
          if (cell.formula) {
            this.cells.set(key, { formula: cell.formula, value: null });
            this.formulas += 1;
          } else this.cells.set(key, { value: cell.value as Value });
        }),
      ),
    );
  }

  private known(sheet: string, row: number, col: number): Value {
    const key = `${sheet}!${row}!${col}`;
    const cell = this.cells.get(key);
    if (!cell) return null;
    return cell.formula === undefined ? cell.value : (this.memo.get(key) ?? null);
  }

  at(sheet: string, row: number, col: number): Value {
    const key = `${sheet}!${row}!${col}`;
    const cell = this.cells.get(key);
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const position = { sheet, row, col };
    for (const dep of this.dependencies.parse(cell.formula, position)) {
      const on = dep.sheet ?? sheet;
      if ('from' in dep) {
        for (let r = dep.from.row; r <= dep.to.row; r += 1)
          for (let c = dep.from.col; c <= dep.to.col; c += 1) this.at(on, r, c);
      } else this.at(on, dep.row, dep.col);
    }
    let value: Value;
    try {
      value = this.parser.parse(cell.formula, position) as Value;
    } catch (error) {
      value = error as Error;
    }
    this.memo.set(key, value);
    return value;
  }

  private split(ref: string): [string, number, number] {
    const m = REF.exec(ref);
    if (!m) throw new Error(`not a reference: ${ref}`);
    return [(m[1] ?? '').replaceAll("''", "'"), Number(m[3]), columnNumber(m[2] ?? '')];
  }

  value(ref: string): Value {
    return this.at(...this.split(ref));
  }

  /** Types a new number into an input cell, as a finance director would. */
  set(ref: string, value: number): void {
    const [sheet, row, col] = this.split(ref);
    this.cells.set(`${sheet}!${row}!${col}`, { value });
    this.memo.clear();
  }
}

async function readBack(bytes: Uint8Array): Promise<{ book: ExcelJS.Workbook; evaluated: Evaluated }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { book, evaluated: new Evaluated(book) };
}

function layoutOf(finance: Finance, lang: 'en' | 'zh' = 'en'): WorkbookLayout {
  const names = (lines: readonly { label?: string; category: string }[] | undefined) =>
    (lines ?? []).map((l) => ({ name: l.label ?? l.category, category: l.category }));
  return roiWorkbookLayout(finance, {
    title: 'Case',
    currency: 'EUR',
    lang,
    costs: names(finance.costs),
    benefits: names(finance.benefits),
  });
}

let maxDifference = 0;
/** Equal to 1e-9 relative (below 1 in size, 1e-9 absolute: rates and near-zero NPVs). */
function expectClose(actual: Value, expected: number, what: string): void {
  expect(typeof actual, `${what}: ${String(actual)}`).toBe('number');
  const difference = Math.abs((actual as number) - expected) / Math.max(1, Math.abs(expected));
  maxDifference = Math.max(maxDifference, difference);
  expect(difference, `${what}: workbook ${String(actual)}, crmkit ${expected}`).toBeLessThanOrEqual(1e-9);
}

function expectOptional(actual: Value, expected: number | undefined, what: string): void {
  if (expected === undefined) expect(typeof actual, `${what}: ${String(actual)}`).not.toBe('number');
  else expectClose(actual, expected, what);
}

/** How often a flow changes sign, zeros skipped. */
function signChanges(flows: readonly number[]): number {
  const signs = flows.filter((v) => v !== 0).map(Math.sign);
  return signs.filter((sign, i) => i > 0 && sign !== signs[i - 1]).length;
}

function expectFigures(evaluated: Evaluated, refs: FigureRefs, f: FinanceFigures, what: string): void {
  expectClose(evaluated.value(refs.npv), f.npv, `${what} NPV`);
  // Where the IRR is unique: the net flow changes sign once (Descartes' rule of signs), so there
  // is one root above −100 %. With more changes crmkit's scan and the library's Newton iteration
  // (like Excel's own) may find different, equally valid roots: a monthly flow of +0.0008, −0.039,
  // +0.0008 … had −21.2 % and +4,598 %. Below −90 % a period the NPV curve is nearly flat and the
  // iteration from the guess runs off instead of converging.
  if (f.irr.value !== undefined && signChanges(f.table.net) === 1 && f.irr.value > -0.9) {
    expectClose(evaluated.value(refs.irr), f.irr.value, `${what} IRR`);
  }
  if (f.irr.note === 'no-sign-change') expect(typeof evaluated.value(refs.irr)).not.toBe('number');
  expectOptional(evaluated.value(refs.payback), f.payback, `${what} payback`);
  expectOptional(evaluated.value(refs.discountedPayback), f.discountedPayback, `${what} discounted payback`);
  expectOptional(evaluated.value(refs.roiPercent), f.roiPercent, `${what} ROI %`);
  expectOptional(evaluated.value(refs.presentRoiPercent), f.presentRoiPercent, `${what} present ROI %`);
  expectOptional(evaluated.value(refs.benefitCostRatio), f.benefitCostRatio, `${what} BCR`);
  expectClose(evaluated.value(refs.presentBenefits), f.presentBenefits, `${what} PV of benefits`);
  expectClose(evaluated.value(refs.presentCosts), f.presentCosts, `${what} PV of costs`);
  expectClose(evaluated.value(refs.totalBenefits), f.totalBenefits, `${what} total benefits`);
  expectClose(evaluated.value(refs.totalCosts), f.totalCosts, `${what} total costs`);
}

/** Both columns of the Figures sheet against crmkit: as entered, and risk-adjusted (no adjustment = as entered). */
function expectWorkbookEqualsCrmkit(evaluated: Evaluated, layout: WorkbookLayout, finance: Finance): void {
  const analysis = analyseFinance(finance);
  expectFigures(evaluated, layout.figures.base, analysis.base, 'as entered');
  expectFigures(
    evaluated,
    layout.figures.riskAdjusted,
    analysis.riskAdjusted ?? figures(finance, { riskAdjusted: true }),
    'risk-adjusted',
  );
}

/** The files of a zip (the .xlsx container), from its central directory. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const data = Buffer.from(bytes);
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const skip = nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    const local = data.readUInt32LE(at + 42);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    at += 46 + skip;
  }
  return files;
}

const SAMPLES = ['industrial-equipment-growth', 'singapore-tea-shop-loyalty', 'sony-china-after-sales'] as const;

describe('crmkit roi --format xlsx: live formulas equal crmkit’s figures', () => {
  for (const id of SAMPLES) {
    it(`${id}: NPV, IRR, paybacks, ROI %, BCR as entered and risk-adjusted; then a changed discount rate`, async () => {
      const finance = sample(id).finance;
      if (!finance) throw new Error(`${id} has no finance`);
      const dir = mkdtempSync(join(tmpdir(), 'crmkit-xlsx-'));
      const result = await runAsync([
        'roi',
        `assessments/${id}.yaml`,
        '--format',
        'xlsx',
        '--out',
        join(dir, 'case.xlsx'),
      ]);
      expect(result.exitCode, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^wrote .*case\.xlsx \(\d+ bytes\)\n$/);
      const { book, evaluated } = await readBack(readFileSync(join(dir, 'case.xlsx')));
      // The ROI case first, then the engagement beside it: every sample has scores, vendors, risks and a plan.
      expect(book.worksheets.map((s) => s.name)).toEqual(
        sample(id).language === 'zh'
          ? ['输入', '现金流', '指标', '评分', '供应商', '风险', '任务']
          : ['Inputs', 'Cash flows', 'Figures', 'Scores', 'Vendors', 'Risks', 'Tasks'],
      );
      // The zh sample's sheets are named in Chinese: its references follow the names.
      const lang = sample(id).language === 'zh' ? 'zh' : 'en';
      const refs = layoutOf(finance, lang);
      expect(evaluated.formulas).toBeGreaterThan(50);
      expectWorkbookEqualsCrmkit(evaluated, refs, finance);

      // Live: a finance director types 15% into the discount rate and 30% into the cost increase.
      evaluated.set(refs.inputs.discountRate, 0.15);
      evaluated.set(refs.inputs.costIncrease, 0.3);
      const changed: Finance = {
        ...finance,
        discountRate: 0.15,
        riskAdjustment: { ...finance.riskAdjustment, costIncrease: 0.3 },
      };
      expectWorkbookEqualsCrmkit(evaluated, refs, changed);
      expect(evaluated.value(refs.figures.base.npv)).not.toBeCloseTo(analyseFinance(finance).base.npv, 0);
      // And one period shorter: the last column drops out of every figure.
      evaluated.set(refs.inputs.horizon, finance.horizon - 1);
      expectWorkbookEqualsCrmkit(evaluated, refs, { ...changed, horizon: finance.horizon - 1 });
    });
  }

  it('the money format carries the currency code; the zh workbook has its labels in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crmkit-xlsx-'));
    const out = join(dir, 'zh.xlsx');
    const result = await runAsync([
      'roi',
      'assessments/industrial-equipment-growth.yaml',
      '--format',
      'xlsx',
      '--out',
      out,
      '--lang',
      'zh-CN',
    ]);
    expect(result.stdout).toMatch(/^已写入 /);
    const { book } = await readBack(readFileSync(out));
    expect(book.worksheets.map((s) => s.name)).toEqual(['输入', '现金流', '指标', '评分', '供应商', '风险', '任务']);
    const inputs = book.getWorksheet('输入');
    expect(inputs?.getCell('A3').value).toBe('折现率（年）');
    const currency = sample('industrial-equipment-growth').client.currency;
    expect(inputs?.getCell('C13').numFmt).toBe(`#,##0.00 "${currency}"`);
  });
});

/** Amounts as entered: whole units or cents. */
const amount = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 5_000_000 }),
  fc.integer({ min: 1, max: 100_000_000 }).map((cents) => cents / 100),
);
const share = fc.double({ min: 0, max: 1, noNaN: true });

const financeArb: fc.Arbitrary<Finance> = fc
  .record({
    periodUnit: fc.constantFrom('year' as const, 'month' as const),
    years: fc.integer({ min: 1, max: 2 }),
    periods: fc.integer({ min: 1, max: 10 }),
    discountRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.4, noNaN: true })),
    costs: fc.array(
      fc.record(
        { oneTime: amount, recurring: amount, byPeriod: fc.array(amount, { maxLength: 14 }) },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
    benefits: fc.array(
      fc.record({ annual: amount, rampUp: fc.array(share, { maxLength: 6 }) }, { requiredKeys: ['annual'] }),
      { maxLength: 3 },
    ),
    risk: fc.option(fc.record({ benefitReduction: share, costIncrease: fc.double({ min: 0, max: 1, noNaN: true }) })),
  })
  .map(({ periodUnit, years, periods, discountRate, costs, benefits, risk }) => ({
    periodUnit,
    horizon: periodUnit === 'year' ? periods : years * 12,
    discountRate,
    costs: costs.map((c, i) => ({ id: `c${i}`, category: 'licences', ...c })),
    benefits: benefits.map((b, i) => ({ id: `b${i}`, category: 'revenue', ...b })),
    ...(risk ? { riskAdjustment: risk } : {}),
  }));

describe('generated finances: the workbook evaluates to crmkit’s figures', () => {
  it('yearly and monthly, with ramp-ups and per-period costs (IRR where crmkit finds one root)', async () => {
    await fc.assert(
      fc.asyncProperty(financeArb, async (finance) => {
        const layout = layoutOf(finance);
        const { evaluated } = await readBack(await workbookBytes(layout));
        expectWorkbookEqualsCrmkit(evaluated, layout, finance);
      }),
      { numRuns: 50 },
    );
    console.log(`largest relative difference workbook vs crmkit: ${maxDifference.toExponential(2)}`);
  }, 120_000);
});

describe('an IRR the library would miss from the discount rate', () => {
  it('no first-period flow, one sign change: the workbook finds crmkit’s root (−36.2 %), not a far one', async () => {
    // Found by the property above in CI: from a 0 % guess the iteration ran off to 100,000 %, where
    // the NPV of a flow with nothing in period 0 is nearly 0. Started from crmkit's IRR it stays.
    const finance: Finance = {
      periodUnit: 'year',
      horizon: 8,
      discountRate: 0,
      costs: [{ id: 'c0', category: 'licences', byPeriod: [1, 0.01, 0, 0, 0, 0.01, 1, 2] }],
      benefits: [{ id: 'b0', category: 'revenue', annual: 1 }],
    };
    const layout = layoutOf(finance);
    const { evaluated } = await readBack(await workbookBytes(layout));
    expect(analyseFinance(finance).base.irr.value).toBeCloseTo(-0.36216593148459314, 12);
    expectWorkbookEqualsCrmkit(evaluated, layout, finance);
    expect(evaluated.value(layout.figures.base.irr)).toBeCloseTo(-0.36216593148459314, 9);
  });
});

describe('hostile labels stay text', () => {
  const hostile = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', 'a\u0000b\u001bc\u0007', '_x0041_ literal'];
  it('a label that looks like a formula is a string cell with no <f>; forbidden control characters are replaced', async () => {
    const finance: Finance = {
      periodUnit: 'year',
      horizon: 3,
      discountRate: 0.1,
      costs: hostile.map((label, i) => ({ id: `c${i}`, category: 'licences', label, oneTime: 100 })),
      benefits: [{ id: 'b', category: 'revenue', label: '=1+1', annual: 1000 }],
    };
    const layout = roiWorkbookLayout(finance, {
      title: '=cmd|"/c calc"!A1',
      currency: 'EUR',
      lang: 'en',
      costs: hostile.map((name) => ({ name, category: '+category' })),
      benefits: [{ name: '=1+1', category: '-category' }],
    });
    const bytes = await workbookBytes(layout);
    const { book, evaluated } = await readBack(bytes);
    const inputs = book.getWorksheet('Inputs');
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    const expected = hostile.map((label) => label.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\uFFFD'));
    expected.forEach((label, i) => {
      const cell = inputs?.getCell(`A${13 + i}`);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.value).toBe(label);
      expect(cell?.formula).toBeUndefined();
    });
    expect(book.getWorksheet('Figures')?.getCell('A1').value).toBe('=cmd|"/c calc"!A1');
    const files = unzip(bytes);
    for (const [name, xml] of files) {
      if (!name.startsWith('xl/worksheets/')) continue;
      // No formula anywhere mentions the hostile text, and every A cell (labels) is a shared string.
      for (const f of xml.matchAll(/<f>([^<]*)<\/f>/g)) expect(f[1]).not.toMatch(/HYPERLINK|SUM\(A1\)|cmd/);
      for (const c of xml.matchAll(/<c r="A\d+"([^>]*)>(.*?)<\/c>/g)) {
        expect(c[1]).toContain('t="s"');
        expect(c[2]).not.toContain('<f>');
      }
    }
    const strings = files.get('xl/sharedStrings.xml') ?? '';
    expect(strings).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
    expect(strings).toContain('_x005F_x0041_ literal');
    // eslint-disable-next-line no-control-regex
    expect(strings).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expectWorkbookEqualsCrmkit(evaluated, layout, finance);
  });
});

describe('the hostile fixtures through --format xlsx', () => {
  for (const name of ['csv-formula', 'html-injection', 'terminal-escapes']) {
    it(`${name}: written; no formula holds their text; the labels are shared strings`, async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'crmkit-xlsx-')), 'case.xlsx');
      const result = await runAsync(['roi', `tests/fixtures/hostile/${name}.yaml`, '--format', 'xlsx', '--out', out]);
      expect(result.exitCode, result.stdout + result.stderr).toBe(0);
      const bytes = readFileSync(out);
      for (const [file, xml] of unzip(bytes)) {
        if (!file.startsWith('xl/worksheets/')) continue;
        // Every formula is crmkit's own: references, numbers, operators, its function names and the one text it writes.
        for (const f of xml.matchAll(/<f>([^<]*)<\/f>/g)) {
          expect(f[1]).not.toMatch(/cmd|HYPERLINK|DDE|script|javascript/i);
        }
        // The ROI sheets' first column holds the labels; the engagement sheets have no formulas at all.
        if (/sheet[123]\.xml$/.test(file))
          for (const c of xml.matchAll(/<c r="A\d+"([^>]*)>(.*?)<\/c>/g)) expect(c[1]).toContain('t="s"');
        else expect(xml).not.toContain('<f>');
      }
      const { book } = await readBack(bytes);
      book.eachSheet((sheet) => sheet.getColumn(1).eachCell((cell) => expect(cell.formula).toBeUndefined()));
    });
  }
});

describe('crmkit roi --format xlsx: usage and write failures in words', () => {
  const file = 'assessments/industrial-equipment-growth.yaml';
  it('without --out it is a usage error that says what to add', async () => {
    const result = await runAsync(['roi', file, '--format', 'xlsx']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('add --out PATH');
  });
  it('another format is a usage error naming the choices', async () => {
    const result = await runAsync(['roi', file, '--format', 'xls']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('--format must be text, json or xlsx, not "xls"\n');
  });
  it('a folder that does not exist: one sentence, exit 1, in the chosen language', async () => {
    const result = await runAsync(['roi', file, '--format', 'xlsx', '--out', '/nonexistent-crmkit/case.xlsx']);
    expect(result).toMatchObject({
      exitCode: 1,
      stdout: 'could not write /nonexistent-crmkit/case.xlsx: its folder does not exist\n',
    });
    const zh = await runAsync(['roi', file, '--format', 'xlsx', '--out', '/nonexistent-crmkit/c.xlsx', '--lang', 'zh']);
    expect(zh.stdout).toBe('无法写入 /nonexistent-crmkit/c.xlsx：所在的文件夹不存在\n');
  });
  it('the synchronous run leaves the write pending instead of dropping it', async () => {
    const { run } = await import('../../src/cli/main.ts');
    const result = run(['roi', file, '--format', 'xlsx', '--out', 'x.xlsx']);
    expect(result.exitCode).toBe(0);
    expect(result.pendingWrite?.shown).toBe('x.xlsx');
  });
});
