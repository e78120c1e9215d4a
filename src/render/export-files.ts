/**
 * The files an engagement offers beside its executive summary, for project teams to import
 * elsewhere: the engagement as YAML and JSON, tasks as CSV, gates and milestones as
 * iCalendar, and the summary's charts as standalone SVG. Pure: the site writes them at
 * build time, the same functions the CLI uses make their content.
 */
import type { Engagement, Framework, Language, Template } from '../schemas/generated/types.ts';
import { planEngagement } from '../core/plan/engagement-plan.ts';
import { tasksCsv } from './csv.ts';
import { milestonesIcs } from './icalendar.ts';
import { placementExplainer } from './placement-words.ts';
import { traceExplainer } from './trace-words.ts';
import { engagementToYaml } from '../core/workshop/import-export.ts';
import { exportWords } from '../i18n/export-files.ts';
import { SUMMARY } from '../i18n/summary.ts';
import { cashFlowChart, roadmapChart, standaloneSvg } from './svg-charts.ts';
import { executiveSummary } from '../core/views/summary-view.ts';

export const EXPORT_FILES = [
  'engagement.yaml',
  'engagement.json',
  'tasks.csv',
  'milestones.ics',
  'roadmap.svg',
  'cash-flow.svg',
] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

export const EXPORT_TYPES: Record<ExportFile, string> = {
  'engagement.yaml': 'application/yaml; charset=utf-8',
  'engagement.json': 'application/json; charset=utf-8',
  'tasks.csv': 'text/csv; charset=utf-8',
  'milestones.ics': 'text/calendar; charset=utf-8',
  'roadmap.svg': 'image/svg+xml',
  'cash-flow.svg': 'image/svg+xml',
};

export interface ExportContent {
  frameworks: readonly Framework[];
  templates: readonly Template[];
}

/** The files this engagement has content for: a plan gives tasks, milestones and the roadmap; an ROI case the cash flow. */
export function availableExports(engagement: Engagement, content: ExportContent): ExportFile[] {
  const planned = planEngagement(
    engagement,
    new Map(content.frameworks.map((f) => [f.id, f])),
    new Map(content.templates.map((t) => [t.id, t])),
  ).ok;
  return EXPORT_FILES.filter((file) => {
    if (file === 'cash-flow.svg') return engagement.finance !== undefined;
    if (file === 'tasks.csv' || file === 'milestones.ics' || file === 'roadmap.svg') return planned;
    return true;
  });
}

/** The file's text, or undefined when the engagement has nothing to put in it (no plan, no ROI case). */
export function exportFile(
  file: ExportFile,
  engagement: Engagement,
  lang: Language,
  content: ExportContent,
): string | undefined {
  if (file === 'engagement.yaml') return engagementToYaml(engagement);
  if (file === 'engagement.json') return JSON.stringify(engagement, null, 2) + '\n';
  const w = SUMMARY[lang];
  if (file === 'roadmap.svg' || file === 'cash-flow.svg') {
    const summary = executiveSummary(engagement, content);
    if (file === 'cash-flow.svg') {
      return summary.roi
        ? standaloneSvg(
            cashFlowChart(summary.roi.cumulative, summary.roi.currency, lang, {
              label: w.cashChartLabel,
              period: w.year,
            }),
          )
        : undefined;
    }
    return summary.roadmap ? standaloneSvg(roadmapChart(summary.roadmap, lang)) : undefined;
  }
  const frameworks = new Map(content.frameworks.map((f) => [f.id, f]));
  const result = planEngagement(engagement, frameworks, new Map(content.templates.map((t) => [t.id, t])));
  if (!result.ok) return undefined;
  const explain = traceExplainer(
    { engagement, frameworks, findings: result.findings, template: result.template },
    lang,
  );
  const words = exportWords(explain, lang, placementExplainer(result.plan, lang));
  return file === 'tasks.csv'
    ? tasksCsv(result.plan, result.schedule, engagement, lang, words)
    : milestonesIcs(result.plan, result.schedule, engagement, lang, words);
}
