/**
 * The ROI case as a spreadsheet, cell by cell, with no file format in it: an Inputs sheet with
 * every assumption in a cell, a Cash flows sheet whose every amount is a formula over those cells,
 * and a Figures sheet with NPV, IRR, the paybacks, ROI % and the benefit-cost ratio as formulas
 * over the cash flows, as entered and risk-adjusted. The formulas restate cash-flows.ts and
 * metrics.ts in Excel's terms, so a finance director who changes an input sees the figures move
 * exactly as crmkit would compute them. `src/node/write-workbook.ts` turns this into an .xlsx file.
 *
 * User text (line labels, category titles, the engagement title) only ever goes into `text` cells;
 * formulas are built from this module's own references and numbers, never from user text.
 */
import type { Finance, Language } from '../schemas/generated/types.ts';
import { ROI_WORKBOOK } from '../i18n/roi-workbook.ts';
import { PERIODS_PER_YEAR } from '../core/finance/cash-flows.ts';
import { analyseFinance } from '../core/finance/analyse.ts';

export type CellFormat = 'money' | 'percent' | 'share' | 'rate' | 'factor' | 'periods' | 'ratio' | 'integer' | 'score';

export type LayoutCell =
  | { ref: string; text: string; style?: 'title' | 'heading' | 'note' }
  | { ref: string; number: number; format?: CellFormat }
  /** A day (YYYY-MM-DD), written as an Excel date. */
  | { ref: string; date: string }
  /** An Excel formula without the leading "=". */
  | { ref: string; formula: string; format?: CellFormat };

export interface SheetLayout {
  name: string;
  cells: LayoutCell[];
  /** Column widths in characters, first column first. */
  widths: number[];
  /** Rows and columns kept in view when scrolling. */
  frozen?: { rows: number; columns: number };
}

/** Where each headline figure sits, as `'Sheet'!B3`, for readers and tests. */
export interface FigureRefs {
  npv: string;
  irr: string;
  payback: string;
  discountedPayback: string;
  roiPercent: string;
  presentRoiPercent: string;
  benefitCostRatio: string;
  presentBenefits: string;
  presentCosts: string;
  totalBenefits: string;
  totalCosts: string;
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
  /** The money number format's currency code. */
  currency: string;
  figures: { base: FigureRefs; riskAdjusted: FigureRefs };
  /** The input cells a reader may change, as `'Sheet'!B3`. */
  inputs: {
    discountRate: string;
    periodsPerYear: string;
    horizon: string;
    benefitReduction: string;
    costIncrease: string;
  };
}

export interface WorkbookLine {
  /** What the line is called: its label, else its category's title. */
  name: string;
  category: string;
}

export interface WorkbookOptions {
  title: string;
  currency: string;
  lang: Language;
  /** Names for the cost lines and the benefit lines, in the finance's order. */
  costs: readonly WorkbookLine[];
  benefits: readonly WorkbookLine[];
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A sheet name as a formula reference: always quoted, a quote doubled. */
export function sheetRef(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/** A string literal inside a formula. */
function literal(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Excel's number written so that it parses back to the same double. */
function num(value: number): string {
  return String(value);
}

export function roiWorkbookLayout(finance: Finance, options: WorkbookOptions): WorkbookLayout {
  const w = ROI_WORKBOOK[options.lang];
  const P = finance.horizon;
  const costs = finance.costs ?? [];
  const benefits = finance.benefits ?? [];
  // At least one override and one ramp column, so there is a place to type one in.
  const overrideColumns = Math.max(1, Math.min(P, Math.max(0, ...costs.map((c) => c.byPeriod?.length ?? 0))));
  const rampColumns = Math.max(1, Math.min(P, Math.max(0, ...benefits.map((b) => b.rampUp?.length ?? 0))));

  // ---- Inputs ----
  const I = sheetRef(w.sheets.inputs);
  const inputs: LayoutCell[] = [
    { ref: 'A1', text: options.title, style: 'title' },
    { ref: 'A2', text: w.inputsNote, style: 'note' },
    { ref: 'A3', text: w.discountRate },
    { ref: 'B3', number: finance.discountRate, format: 'rate' },
    { ref: 'A4', text: w.periodsPerYear },
    { ref: 'B4', number: PERIODS_PER_YEAR[finance.periodUnit], format: 'integer' },
    { ref: 'A5', text: w.periodRate },
    // The yearly rate itself for yearly periods (not (1 + r)^1 − 1, which rounds differently).
    { ref: 'B5', formula: 'IF(B4=1,B3,(1+B3)^(1/B4)-1)', format: 'rate' },
    { ref: 'A6', text: w.horizon(P) },
    { ref: 'B6', number: P, format: 'integer' },
    { ref: 'A7', text: w.benefitReduction },
    { ref: 'B7', number: finance.riskAdjustment?.benefitReduction ?? 0, format: 'share' },
    { ref: 'A8', text: w.costIncrease },
    { ref: 'B8', number: finance.riskAdjustment?.costIncrease ?? 0, format: 'share' },
    { ref: 'A9', text: w.currency },
    { ref: 'B9', text: options.currency },
  ];
  const rate = `${I}!$B$5`;
  const perYear = `${I}!$B$4`;
  const reduction = `${I}!$B$7`;
  const increase = `${I}!$B$8`;
  const horizon = `${I}!$B$6`;

  const costHeading = 11;
  inputs.push({ ref: `A${costHeading}`, text: w.costs, style: 'heading' });
  const costHeader = [w.line, w.category, w.oneTime, w.recurring];
  for (let k = 1; k <= overrideColumns; k += 1) costHeader.push(w.override(k));
  costHeader.forEach((text, i) =>
    inputs.push({ ref: `${columnName(i + 1)}${costHeading + 1}`, text, style: 'heading' }),
  );
  const costRow = (i: number): number => costHeading + 2 + i;
  costs.forEach((cost, i) => {
    const r = costRow(i);
    const names = options.costs[i] ?? { name: cost.label ?? cost.category, category: cost.category };
    inputs.push({ ref: `A${r}`, text: names.name }, { ref: `B${r}`, text: names.category });
    inputs.push({ ref: `C${r}`, number: cost.oneTime ?? 0, format: 'money' });
    inputs.push({ ref: `D${r}`, number: cost.recurring ?? 0, format: 'money' });
    (cost.byPeriod ?? []).slice(0, overrideColumns).forEach((amount, k) => {
      inputs.push({ ref: `${columnName(5 + k)}${r}`, number: amount, format: 'money' });
    });
  });

  const benefitHeading = costRow(costs.length) + 1;
  inputs.push({ ref: `A${benefitHeading}`, text: w.benefits, style: 'heading' });
  const benefitHeader = [w.line, w.category, w.annual];
  for (let k = 1; k <= rampColumns; k += 1) benefitHeader.push(w.ramp(k));
  benefitHeader.forEach((text, i) =>
    inputs.push({ ref: `${columnName(i + 1)}${benefitHeading + 1}`, text, style: 'heading' }),
  );
  const benefitRow = (i: number): number => benefitHeading + 2 + i;
  benefits.forEach((benefit, i) => {
    const r = benefitRow(i);
    const names = options.benefits[i] ?? { name: benefit.label ?? benefit.category, category: benefit.category };
    inputs.push({ ref: `A${r}`, text: names.name }, { ref: `B${r}`, text: names.category });
    inputs.push({ ref: `C${r}`, number: benefit.annual, format: 'money' });
    (benefit.rampUp ?? []).slice(0, rampColumns).forEach((share, k) => {
      inputs.push({ ref: `${columnName(4 + k)}${r}`, number: share, format: 'share' });
    });
  });
  inputs.push({ ref: `A${benefitRow(benefits.length) + 1}`, text: w.rampNote, style: 'note' });

  // ---- Cash flows ----
  const F = sheetRef(w.sheets.flows);
  const col = (t: number): string => columnName(2 + t);
  const last = col(P);
  const flows: LayoutCell[] = [{ ref: 'A1', text: w.period, style: 'heading' }];
  for (let t = 0; t <= P; t += 1) flows.push({ ref: `${col(t)}1`, number: t, format: 'integer' });
  let row = 2;
  const rowOf = (cells: (t: number, r: number) => LayoutCell | undefined, label: string, style?: 'heading'): number => {
    const r = row++;
    flows.push(style ? { ref: `A${r}`, text: label, style } : { ref: `A${r}`, text: label });
    for (let t = 0; t <= P; t += 1) {
      const cell = cells(t, r);
      if (cell) flows.push({ ...cell, ref: `${col(t)}${r}` });
    }
    return r;
  };
  const formula = (f: string, format: CellFormat = 'money'): LayoutCell => ({ ref: '', formula: f, format });
  const sumOf = (rows: readonly number[], t: number): LayoutCell =>
    rows.length === 0
      ? { ref: '', number: 0, format: 'money' }
      : formula(`SUM(${col(t)}${rows[0]}:${col(t)}${rows[rows.length - 1]})`);

  interface Section {
    costs: number;
    benefits: number;
    net: number;
    cumulative: number;
    discountedCosts: number;
    discountedBenefits: number;
    discountedNet: number;
    discountedCumulative: number;
    tolerance: number;
    belowZero: number;
    toleranceDiscounted: number;
    belowZeroDiscounted: number;
  }
  const section = (
    heading: string,
    costCell: (i: number, t: number) => string,
    benefitCell: (i: number, t: number) => string,
  ): { lines: { costs: number[]; benefits: number[] }; rows: Section } => {
    rowOf(() => undefined, heading, 'heading');
    const costRows = costs.map((_, i) => rowOf((t) => formula(costCell(i, t)), options.costs[i]?.name ?? ''));
    const benefitRows = benefits.map((_, i) =>
      rowOf((t) => formula(benefitCell(i, t)), options.benefits[i]?.name ?? ''),
    );
    const totalCosts = rowOf((t) => sumOf(costRows, t), w.totalCosts);
    const totalBenefits = rowOf((t) => sumOf(benefitRows, t), w.totalBenefits);
    const net = rowOf((t) => formula(`${col(t)}${totalBenefits}-${col(t)}${totalCosts}`), w.net);
    const cumulative = rowOf(
      (t, r) => formula(t === 0 ? `${col(t)}${net}` : `${col(t - 1)}${r}+${col(t)}${net}`),
      w.cumulative,
    );
    const factor = rowOf((t) => formula(`1/(1+${rate})^${col(t)}$1`, 'factor'), w.discountFactor);
    const times = (r: number) => (t: number) => formula(`${col(t)}${r}*${col(t)}${factor}`);
    const discountedCosts = rowOf(times(totalCosts), w.discountedCosts);
    const discountedBenefits = rowOf(times(totalBenefits), w.discountedBenefits);
    const discountedNet = rowOf(times(net), w.discountedNet);
    const discountedCumulative = rowOf(
      (t, r) => formula(t === 0 ? `${col(t)}${discountedNet}` : `${col(t - 1)}${r}+${col(t)}${discountedNet}`),
      w.discountedCumulative,
    );
    // Helper rows for the paybacks (metrics.ts payback()): the last period whose cumulative is
    // below −tolerance, where the tolerance is 1e-9 of the largest flow.
    const helpers = (flow: number, running: number, labels: [string, string, string]) => {
      const abs = rowOf((t) => formula(`ABS(${col(t)}${flow})`), labels[0]);
      const tolerance = rowOf((t) => (t === 0 ? formula(`1E-9*MAX(B${abs}:${last}${abs})`) : undefined), labels[1]);
      const below = rowOf(
        (t) => formula(`IF(${col(t)}${running}<-$B$${tolerance},${col(t)}$1,-1)`, 'integer'),
        labels[2],
      );
      return { tolerance, below };
    };
    const simple = helpers(net, cumulative, [w.absNet, w.tolerance, w.belowZero]);
    const disc = helpers(discountedNet, discountedCumulative, [
      w.absDiscounted,
      w.toleranceDiscounted,
      w.belowZeroDiscounted,
    ]);
    row += 1;
    return {
      lines: { costs: costRows, benefits: benefitRows },
      rows: {
        costs: totalCosts,
        benefits: totalBenefits,
        net,
        cumulative,
        discountedCosts,
        discountedBenefits,
        discountedNet,
        discountedCumulative,
        tolerance: simple.tolerance,
        belowZero: simple.below,
        toleranceDiscounted: disc.tolerance,
        belowZeroDiscounted: disc.below,
      },
    };
  };

  const rampRange = (r: number): string => `${I}!$D${r}:$${columnName(3 + rampColumns)}${r}`;
  // A shorter horizon typed into Inputs leaves the periods after it at zero.
  const within = (t: number, amount: string): string => (t === 0 ? amount : `IF(${col(t)}$1>${horizon},0,${amount})`);
  const base = section(
    w.asEntered,
    (i, t) => {
      const r = costRow(i);
      if (t === 0) return `${I}!$C${r}`;
      // A per-period amount where one is entered, else the recurring amount (costInPeriod()).
      if (t > overrideColumns) return within(t, `${I}!$D${r}`);
      const cell = `${I}!${columnName(4 + t)}${r}`;
      return within(t, `IF(COUNT(${cell})=0,${I}!$D${r},${cell})`);
    },
    (i, t) => {
      if (t === 0) return '0';
      const r = benefitRow(i);
      // rampShare(): no share → 1; else the share of period t, the last one holding after the list.
      const ramp = rampRange(r);
      return within(t, `${I}!$C${r}/${perYear}*IF(COUNT(${ramp})=0,1,INDEX(${ramp},1,MIN(${num(t)},COUNT(${ramp}))))`);
    },
  );
  const risk = section(
    w.riskAdjusted,
    (i, t) => `${col(t)}${base.lines.costs[i] ?? 0}*(1+${increase})`,
    (i, t) => `${col(t)}${base.lines.benefits[i] ?? 0}*(1-${reduction})`,
  );

  // ---- Figures ----
  const G = sheetRef(w.sheets.figures);
  const figureRows = {
    npv: 3,
    irr: 4,
    payback: 5,
    discountedPayback: 6,
    roiPercent: 7,
    presentRoiPercent: 8,
    benefitCostRatio: 9,
    presentBenefits: 10,
    presentCosts: 11,
    totalBenefits: 12,
    totalCosts: 13,
  } as const;
  const figures: LayoutCell[] = [
    { ref: 'A1', text: options.title, style: 'title' },
    { ref: 'B2', text: w.asEntered, style: 'heading' },
    { ref: 'C2', text: w.riskAdjusted, style: 'heading' },
    { ref: 'A3', text: w.npv },
    { ref: 'A4', text: w.irr },
    { ref: 'A5', text: w.payback(finance.periodUnit) },
    { ref: 'A6', text: w.discountedPayback(finance.periodUnit) },
    { ref: 'A7', text: w.roi },
    { ref: 'A8', text: w.presentRoi },
    { ref: 'A9', text: w.bcr },
    { ref: 'A10', text: w.presentBenefits },
    { ref: 'A11', text: w.presentCosts },
    { ref: 'A12', text: w.totalBenefitsHorizon },
    { ref: 'A13', text: w.totalCostsHorizon },
    { ref: 'A15', text: w.figuresNote, style: 'note' },
  ];
  const rangeOf = (r: number, from = 0): string => `${F}!${col(from)}${r}:${last}${r}`;
  // Excel's IRR iterates from a guess and, where the first flow is 0 or the flow changes sign
  // more than once, can run off to a far root (+100,000 %) that crmkit's scan does not report. Started
  // from crmkit's own IRR, both agree; a changed assumption iterates on from there.
  const analysis = analyseFinance(finance);
  const irrGuess = (irr: number | undefined): string => (irr === undefined ? rate : num(irr));
  const figureColumn = (c: string, s: Section, guess: string): FigureRefs => {
    const at = (key: keyof typeof figureRows): string => `${c}${figureRows[key]}`;
    const empty = `${at('totalCosts')}+${at('totalBenefits')}=0`;
    const payback = (below: number, running: number, flow: number): string => {
      const lastBelow = `MAX(${rangeOf(below)})`;
      return (
        `IF(${empty},"",IF(${lastBelow}<0,0,IF(${lastBelow}>=${horizon},${literal(w.notReached)},` +
        `${lastBelow}+MIN(1,-INDEX(${rangeOf(running)},1,${lastBelow}+1)/INDEX(${rangeOf(flow)},1,${lastBelow}+2)))))`
      );
    };
    figures.push(
      { ref: at('npv'), formula: `${F}!B${s.net}+NPV(${rate},${rangeOf(s.net, 1)})`, format: 'money' },
      { ref: at('irr'), formula: `IRR(${rangeOf(s.net)},${guess})`, format: 'rate' },
      { ref: at('payback'), formula: payback(s.belowZero, s.cumulative, s.net), format: 'periods' },
      {
        ref: at('discountedPayback'),
        formula: payback(s.belowZeroDiscounted, s.discountedCumulative, s.discountedNet),
        format: 'periods',
      },
      {
        ref: at('roiPercent'),
        formula: `IF(${at('totalCosts')}>0,(${at('totalBenefits')}-${at('totalCosts')})/${at('totalCosts')}*100,"")`,
        format: 'ratio',
      },
      {
        ref: at('presentRoiPercent'),
        formula: `IF(${at('presentCosts')}>0,(${at('presentBenefits')}-${at('presentCosts')})/${at('presentCosts')}*100,"")`,
        format: 'ratio',
      },
      {
        ref: at('benefitCostRatio'),
        formula: `IF(${at('presentCosts')}>0,${at('presentBenefits')}/${at('presentCosts')},"")`,
        format: 'ratio',
      },
      { ref: at('presentBenefits'), formula: `SUM(${rangeOf(s.discountedBenefits)})`, format: 'money' },
      { ref: at('presentCosts'), formula: `SUM(${rangeOf(s.discountedCosts)})`, format: 'money' },
      { ref: at('totalBenefits'), formula: `SUM(${rangeOf(s.benefits)})`, format: 'money' },
      { ref: at('totalCosts'), formula: `SUM(${rangeOf(s.costs)})`, format: 'money' },
    );
    return Object.fromEntries(
      Object.keys(figureRows).map((key) => [key, `${G}!${at(key as keyof typeof figureRows)}`]),
    ) as unknown as FigureRefs;
  };
  const baseRefs = figureColumn('B', base.rows, irrGuess(analysis.base.irr.value));
  const riskRefs = figureColumn('C', risk.rows, irrGuess((analysis.riskAdjusted ?? analysis.base).irr.value));

  const extra = Math.max(overrideColumns + 4, rampColumns + 3);
  return {
    currency: options.currency,
    sheets: [
      { name: w.sheets.inputs, cells: inputs, widths: [40, 24, ...Array.from({ length: extra - 2 }, () => 21)] },
      {
        name: w.sheets.flows,
        cells: flows,
        widths: [44, ...Array.from({ length: P + 1 }, () => 21)],
        frozen: { rows: 1, columns: 1 },
      },
      { name: w.sheets.figures, cells: figures, widths: [44, 22, 22] },
    ],
    figures: { base: baseRefs, riskAdjusted: riskRefs },
    inputs: {
      discountRate: `${I}!B3`,
      periodsPerYear: `${I}!B4`,
      horizon: `${I}!B6`,
      benefitReduction: `${I}!B7`,
      costIncrease: `${I}!B8`,
    },
  };
}
