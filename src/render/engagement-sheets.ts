/**
 * The engagement beside its ROI case in the workbook: one sheet each for the assessment
 * scores, the vendor ranking, the risk register and the plan's tasks with their dates, as
 * plain values from the same view models the pages and the CLI show. Like the ROI sheets,
 * these are cells with no file format in them (src/node/write-workbook.ts writes the file),
 * and user text only ever goes into text cells.
 */
import { assessEngagement, type AssessmentResult } from '../core/assess/assess-engagement.ts';
import { frameworkLabels } from '../core/assess/explain.ts';
import { vendorDecision, type VendorDecision } from '../core/decide/vendor-decision.ts';
import { pick } from '../core/plan/plan-text.ts';
import { planView, type ReadyPlanView } from '../core/views/plan-view.ts';
import { riskView, type ReadyRiskView } from '../core/views/risk-view.ts';
import { ENGAGEMENT_SHEETS } from '../i18n/engagement-sheets.ts';
import { formatPercent } from '../i18n/lib/format.ts';
import { term } from '../i18n/ui.ts';
import type { Engagement, Finance, Framework, Language, Template } from '../schemas/generated/types.ts';
import { categoryTitles, lineWords } from './finance-words.ts';
import {
  columnName,
  roiWorkbookLayout,
  type CellFormat,
  type LayoutCell,
  type SheetLayout,
  type WorkbookLayout,
} from './roi-workbook.ts';

export interface EngagementSheetsInput {
  engagement: Engagement;
  lang: Language;
  assessments: readonly AssessmentResult[];
  vendors?: VendorDecision | undefined;
  risks?: ReadyRiskView | undefined;
  plan?: ReadyPlanView | undefined;
}

/** A cell's value: text, a number in a format, or a day. Undefined leaves the cell empty. */
type Value = string | number | { number: number; format: CellFormat } | { date: string } | undefined;

/** The row where the column headings sit; the rows above hold the title and a note. */
const HEADING_ROW = 4;

function cellOf(ref: string, value: Value): LayoutCell | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') return { ref, text: value };
  if (typeof value === 'number') return { ref, number: value };
  if ('date' in value) return { ref, date: value.date };
  return { ref, number: value.number, format: value.format };
}

function tableSheet(
  name: string,
  title: string,
  note: string,
  columns: readonly { heading: string; width: number }[],
  rows: readonly Value[][],
  frozenColumns = 1,
): SheetLayout {
  const cells: LayoutCell[] = [
    { ref: 'A1', text: title, style: 'title' },
    { ref: 'A2', text: note, style: 'note' },
    ...columns.map((c, i): LayoutCell => ({
      ref: `${columnName(i + 1)}${HEADING_ROW}`,
      text: c.heading,
      style: 'heading',
    })),
  ];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = cellOf(`${columnName(c + 1)}${HEADING_ROW + 1 + r}`, value);
      if (cell) cells.push(cell);
    }),
  );
  return {
    name,
    cells,
    widths: columns.map((c) => c.width),
    frozen: { rows: HEADING_ROW, columns: frozenColumns },
  };
}

const score = (value: number | undefined): Value =>
  value === undefined ? undefined : { number: value, format: 'score' };

function scoresSheet({ engagement, lang, assessments }: EngagementSheetsInput): SheetLayout {
  const w = ENGAGEMENT_SHEETS[lang];
  const rows = assessments.flatMap(({ framework, score: result }): Value[][] => {
    const labels = frameworkLabels(framework, lang);
    const title = framework.title[lang];
    return [
      [title, w.overall, score(result.score), result.band?.label[lang], score(result.target)],
      ...result.elements.map((e): Value[] => [
        title,
        labels.element(e.element),
        score(e.score),
        e.band?.label[lang],
        score(e.target),
      ]),
    ];
  });
  const columns = [
    { heading: w.assessment, width: 30 },
    { heading: w.element, width: 30 },
    { heading: w.score, width: 10 },
    { heading: w.band, width: 24 },
    { heading: w.target, width: 10 },
  ];
  return tableSheet(w.sheets.scores, engagement.title, w.notes.scores, columns, rows, 2);
}

function vendorsSheet({ engagement, lang }: EngagementSheetsInput, decision: VendorDecision): SheetLayout {
  const w = ENGAGEMENT_SHEETS[lang];
  const { framework, evaluation } = decision;
  const labels = frameworkLabels(framework, lang);
  const criteria = evaluation.vendors[0]?.criteria ?? [];
  const rows = evaluation.vendors.map((v): Value[] => [
    v.rank,
    v.name,
    score(v.total),
    ...criteria.map((c) => score(v.criteria.find((x) => x.criterion === c.criterion)?.score)),
    v.knockOuts.map((k) => labels.question(k.question)).join('; '),
    v.id === evaluation.chosen
      ? w.chosen
      : v.id === evaluation.winner
        ? w.rankedFirst
        : v.rank === undefined
          ? w.unranked
          : '',
  ]);
  const columns = [
    { heading: w.rank, width: 8 },
    { heading: w.vendor, width: 24 },
    { heading: w.total, width: 10 },
    ...criteria.map((c) => ({
      heading: `${labels.element(c.criterion)} (${formatPercent(c.weight, lang)})`,
      width: 16,
    })),
    { heading: w.knockOuts, width: 40 },
    { heading: w.status, width: 14 },
  ];
  return tableSheet(w.sheets.vendors, engagement.title, w.notes.vendors, columns, rows, 2);
}

function risksSheet({ engagement, lang }: EngagementSheetsInput, view: ReadyRiskView): SheetLayout {
  const w = ENGAGEMENT_SHEETS[lang];
  const category = (id: string) => view.framework.elements.find((e) => e.id === id)?.title[lang] ?? id;
  const phase = (id: string | undefined) =>
    id === undefined ? undefined : (view.template?.phases.find((p) => p.id === id)?.title[lang] ?? id);
  const rows = view.register.risks.map(({ risk, current, residual }, i): Value[] => [
    i + 1,
    risk.title,
    category(risk.category),
    phase(risk.phase),
    risk.owner === undefined ? undefined : term(risk.owner, lang),
    current.likelihood,
    current.impact,
    current.score,
    current.band?.label[lang],
    residual?.likelihood,
    residual?.impact,
    residual?.score,
    risk.mitigation,
  ]);
  const columns = [
    { heading: w.number, width: 6 },
    { heading: w.risk, width: 36 },
    { heading: w.category, width: 20 },
    { heading: w.phase, width: 20 },
    { heading: w.owner, width: 20 },
    { heading: w.likelihood, width: 10 },
    { heading: w.impact, width: 10 },
    { heading: w.score, width: 8 },
    { heading: w.band, width: 14 },
    { heading: w.residualLikelihood, width: 10 },
    { heading: w.residualImpact, width: 10 },
    { heading: w.residualScore, width: 10 },
    { heading: w.mitigation, width: 60 },
  ];
  return tableSheet(w.sheets.risks, engagement.title, w.notes.risks, columns, rows, 2);
}

/** Excel counts days from 1900 with a leap day that never was: a day before March 1900 stays text. */
const day = (iso: string): Value => (iso < '1900-03-01' ? iso : { date: iso });

function tasksSheet({ engagement, lang }: EngagementSheetsInput, view: ReadyPlanView): SheetLayout {
  const w = ENGAGEMENT_SHEETS[lang];
  const phases = new Map(view.plan.phases.map((p) => [p.id, p.title[lang]]));
  const rows = view.plan.tasks.map((task): Value[] => {
    const placed = view.schedule.byId.get(task.id);
    const status = engagement.tasks?.[task.id]?.status;
    return [
      view.numbers.get(task.id),
      pick(task.title, lang),
      phases.get(task.phase) ?? task.phase,
      term(task.owner, lang),
      task.durationDays,
      placed && day(placed.start),
      placed && day(placed.finish),
      term(status ?? 'not-started', lang),
      task.dependsOn.map((d) => view.numbers.get(d.task) ?? d.task).join(', '),
      placed?.critical ? w.yes : undefined,
      task.gate ? w.yes : undefined,
    ];
  });
  const columns = [
    { heading: w.number, width: 6 },
    { heading: w.task, width: 48 },
    { heading: w.phase, width: 24 },
    { heading: w.owner, width: 22 },
    { heading: w.days, width: 10 },
    { heading: w.start, width: 12 },
    { heading: w.finish, width: 12 },
    { heading: w.status, width: 12 },
    { heading: w.dependsOn, width: 16 },
    { heading: w.critical, width: 10 },
    { heading: w.gate, width: 8 },
  ];
  return tableSheet(w.sheets.tasks, engagement.title, w.notes.tasks, columns, rows, 2);
}

/** The sheets the engagement has data for, in the order a reader goes through them. */
export function engagementSheets(input: EngagementSheetsInput): SheetLayout[] {
  return [
    ...(input.assessments.some((a) => a.score.score !== undefined) ? [scoresSheet(input)] : []),
    ...(input.vendors ? [vendorsSheet(input, input.vendors)] : []),
    ...(input.risks && input.risks.register.risks.length > 0 ? [risksSheet(input, input.risks)] : []),
    ...(input.plan ? [tasksSheet(input, input.plan)] : []),
  ];
}

/** The sheets of an engagement, from its views over this content. */
export function engagementSheetsOf(
  engagement: Engagement,
  content: { frameworks: ReadonlyMap<string, Framework>; templates: ReadonlyMap<string, Template> },
  lang: Language,
): SheetLayout[] {
  const { frameworks, templates } = content;
  const risks = riskView(engagement, frameworks.values(), templates.values());
  const plan = planView(engagement, frameworks, templates, lang);
  return engagementSheets({
    engagement,
    lang,
    assessments: assessEngagement(frameworks.values(), engagement),
    vendors: vendorDecision(engagement, frameworks.values()),
    risks: risks.ok ? risks : undefined,
    plan: plan.ok ? plan : undefined,
  });
}

/**
 * The whole workbook of an engagement with an ROI case: the case's live-formula sheets, then
 * the engagement's own. The CLI (`roi --format xlsx`) and the site's download both use this.
 */
export function engagementWorkbook(
  engagement: Engagement,
  finance: Finance,
  content: { frameworks: ReadonlyMap<string, Framework>; templates: ReadonlyMap<string, Template> },
  lang: Language,
): WorkbookLayout {
  const words = lineWords(finance, categoryTitles(content.frameworks.values()), lang);
  const names = (lines: Finance['costs'] | Finance['benefits']) =>
    (lines ?? []).map((line) => ({ name: words.name(line), category: words.category(line.category) }));
  const layout = roiWorkbookLayout(finance, {
    title: engagement.title,
    currency: engagement.client.currency,
    lang,
    costs: names(finance.costs),
    benefits: names(finance.benefits),
  });
  return { ...layout, sheets: [...layout.sheets, ...engagementSheetsOf(engagement, content, lang)] };
}
