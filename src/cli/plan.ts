/**
 * `crmkit plan FILE [--format …] [--mermaid KIND] [--start DATE] [--out PATH]`: the engagement's
 * rollout plan, scheduled, as text, a Markdown report, JSON, Mermaid, tasks CSV, milestones iCalendar
 * or Microsoft Project XML (MSPDI).
 */
import { jsonText } from './terminal-text.ts';
import { resolve } from 'node:path';
import type { EngagementPlan } from '../core/plan/engagement-plan.ts';
import { planView } from '../core/views/plan-view.ts';
import { tasksCsv } from '../render/csv.ts';
import { milestonesIcs } from '../render/icalendar.ts';
import { MSPDI_NAME_MAX, planMspdi, xmlChars, type MspdiWarning } from '../render/mspdi.ts';
import { pick } from '../core/plan/plan-text.ts';
import { phaseFlowchart, ganttChart, phaseRoadmap } from '../render/mermaid.ts';
import type { Engagement, Language } from '../schemas/generated/types.ts';
import { openEngagements, reportLanguage, type EngagementCommandOptions } from './engagement-command.ts';
import { checkDate, collector } from '../core/load/check-tools.ts';
import { checkPlanDates } from '../core/check/plan-date-checks.ts';
import { renderMessage } from '../i18n/messages.ts';
import type { RawProblem } from '../core/load/problem.ts';
import { exportWords } from '../i18n/export-files.ts';
import { planCheckText, planFaults } from './plan-check-report.ts';
import { checkPlan } from '../core/plan/plan-check.ts';
import { placementExplainer } from '../render/placement-words.ts';
import { planMarkdown, planText, traceWords } from './plan-report.ts';
import { PLAN_STRINGS } from '../i18n/cli.ts';
import { SCHEDULE_ERRORS } from '../i18n/schedule-errors.ts';
import type { CommandResult } from './validate.ts';
import { writeOutput } from './write-output.ts';

const FORMATS = ['text', 'markdown', 'json', 'mermaid', 'csv', 'ical', 'mspdi'] as const;
type Format = (typeof FORMATS)[number];

export interface PlanOptions extends EngagementCommandOptions {
  mermaid: string | undefined;
  format?: string | undefined;
  start?: string | undefined;
  /** Audit the plan (crmkit plan --check) instead of printing it. */
  check?: boolean | undefined;
  out?: string | undefined;
}

export function planCommand(options: PlanOptions): CommandResult {
  const w0 = PLAN_STRINGS[options.lang ?? 'en'];
  if (options.mermaid !== undefined && !['gantt', 'roadmap', 'flow'].includes(options.mermaid)) {
    return { exitCode: 2, stdout: w0.badMermaid(options.mermaid) + '\n' };
  }
  const format = (options.format ?? (options.json ? 'json' : options.mermaid ? 'mermaid' : 'text')) as Format;
  if (!FORMATS.includes(format)) return { exitCode: 2, stdout: w0.badFormat(String(options.format)) + '\n' };
  if (options.start !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.start)) {
    return { exitCode: 2, stdout: w0.badStart(options.start) + '\n' };
  }
  const opened = openEngagements(options, w0.usage);
  if (!opened.ok) return opened.result;
  const { content } = opened;
  const out: string[] = [];
  let faults = 0;
  for (const loaded of opened.engagements) {
    const engagement = withStart(loaded, options.start);
    const lang = reportLanguage(options, engagement);
    const w = PLAN_STRINGS[lang];
    // The file's own start passed validation; another one must meet the same rules.
    const refuse = (problem: RawProblem): CommandResult => ({
      exitCode: 1,
      stdout: w.startRefused(options.start ?? '', renderMessage(problem.code, problem.params ?? {}, lang)) + '\n',
    });
    const badDate = options.start === undefined ? undefined : startProblem(engagement);
    if (badDate) return refuse(badDate);
    const result = planView(engagement, content.frameworks, content.templates, lang);
    if (!result.ok) {
      if (result.reason !== 'schedule') return { exitCode: 1, stdout: w.noPlan(engagement.id) + '\n' };
      return {
        exitCode: 1,
        stdout: result.errors.map((e) => w.scheduleError(SCHEDULE_ERRORS[lang](e))).join('\n') + '\n',
      };
    }
    const tooLate = options.start === undefined ? undefined : startProblem(engagement, result.plan);
    if (tooLate) return refuse(tooLate);
    if (options.check) {
      const check = checkPlan(result.plan, result.schedule, result.template, content.frameworks);
      faults += planFaults(check);
      out.push(
        options.json
          ? jsonText({
              engagement: engagement.id,
              template: result.template.id,
              check,
              ...(result.calendar.coverage && { calendarYearsMissing: result.calendar.coverage }),
            })
          : planCheckText(engagement, result, check, lang),
      );
      continue;
    }
    const why = traceWords(engagement, result, content.frameworks, lang);
    const words = exportWords(why, lang, placementExplainer(result.plan, lang));
    const { plan, schedule } = result;
    if (format === 'mermaid') {
      const kind = options.mermaid ?? 'gantt';
      out.push(
        kind === 'roadmap'
          ? phaseRoadmap(plan, schedule, { lang, engagement })
          : kind === 'flow'
            ? phaseFlowchart(plan, lang, engagement)
            : ganttChart(plan, schedule, { lang, engagement }),
      );
    } else if (format === 'json') out.push(jsonText(toJson(engagement, result)));
    else if (format === 'markdown') out.push(planMarkdown(engagement, result, why, lang));
    else if (format === 'csv') out.push(tasksCsv(plan, schedule, engagement, lang, words));
    else if (format === 'ical') out.push(milestonesIcs(plan, schedule, engagement, lang, words));
    else if (format === 'mspdi') {
      const mspdi = planMspdi(plan, schedule, engagement, lang, { why: words.why });
      options.notices?.push(...mspdi.warnings.map((warning) => mspdiNotice(warning, result, lang)));
      out.push(mspdi.xml);
    } else out.push(planText(engagement, result, why, lang));
  }
  const text = out.join('\n');
  // A check that finds faults fails, so CI can hold a plan to it.
  const exitCode = faults > 0 ? 1 : 0;
  if (options.out === undefined) return { exitCode, stdout: text, document: format !== 'text' && !options.check };
  const path = resolve(options.cwd, options.out);
  const failed = writeOutput(path, options.out, text, options.lang ?? 'en');
  if (failed) return { exitCode: 1, stdout: failed + '\n' };
  return { exitCode, stdout: w0.wrote(options.out, Buffer.byteLength(text)) + '\n' };
}

/** A change the MS Project export made, as one line naming the task (or the project title). */
function mspdiNotice(warning: MspdiWarning, result: EngagementPlan, lang: Language): string {
  const w = PLAN_STRINGS[lang].mspdi;
  const name = (id: string | undefined): string => {
    if (id === undefined) return w.project;
    const task = result.plan.tasks.find((t) => t.id === id);
    const phase = result.plan.phases.find((p) => p.id === id);
    const title = task ? pick(task.title, lang) : phase ? pick(phase.title, lang) : '';
    // One line per warning, whatever line breaks the title holds.
    return w.task(id, xmlChars(title).text.replace(/\s+/g, ' ').trim());
  };
  switch (warning.code) {
    case 'text-cleaned':
      return w.textCleaned(name(warning.task), warning.field, warning.removed);
    case 'name-truncated':
      return w.nameTruncated(name(warning.task), warning.length, MSPDI_NAME_MAX);
    case 'lag-rounded':
      return w.lagRounded(name(warning.task), warning.predecessor, warning.lag, warning.written);
    case 'percent-rounded':
      return w.percentRounded(name(warning.task), warning.percent, warning.written);
    case 'date-clamped':
      return w.dateClamped(name(warning.task), warning.date, warning.written);
    case 'actual-start-missing':
      return w.actualStartMissing(name(warning.task), warning.written);
    case 'holiday-out-of-range':
      return w.holidayOutOfRange(warning.date);
    case 'baselines-dropped':
      return w.baselinesDropped(warning.names);
    case 'workday-out-of-range':
      return w.workdayOutOfRange(warning.date);
  }
}

/**
 * What validation would say about the plan's start date: not a real date, outside 1900–9999,
 * or (given the plan) a start from which the plan would run past 9999-12-31.
 */
function startProblem(engagement: Engagement, plan?: EngagementPlan['plan']): RawProblem | undefined {
  const out = collector();
  checkDate(out, '/plan/startDate', engagement.plan?.startDate);
  if (out.problems.length === 0 && plan) checkPlanDates(out, engagement, plan);
  return out.problems.find((p) => p.pointer === '/plan/startDate');
}

/** The engagement scheduled from another start date, when `--start` gives one. */
function withStart(engagement: Engagement, start: string | undefined): Engagement {
  if (start === undefined || !engagement.plan) return engagement;
  return { ...engagement, plan: { ...engagement.plan, startDate: start } };
}

function toJson(engagement: Engagement, result: EngagementPlan) {
  return {
    engagement: engagement.id,
    template: result.template.id,
    templateChosen: result.choice.source,
    templateRanking: result.choice.ranking.ranked.map((r) => ({
      template: r.template.id,
      score: r.score,
      matched: r.matched,
      tiedWith: r.tiedWith,
    })),
    start: result.schedule.start,
    end: result.schedule.end,
    calendar: result.calendar.id,
    ...(result.calendar.coverage && { calendarYearsMissing: result.calendar.coverage.missing }),
    workingDays: result.schedule.length,
    criticalPath: result.schedule.criticalPath,
    phases: result.plan.phases.map((p) => ({ id: p.id, gate: p.gate.id, tasks: p.tasks })),
    tasks: result.plan.tasks.map((t) => {
      const s = result.schedule.byId.get(t.id);
      return { ...t, start: s?.start, finish: s?.finish, slack: s?.slack, critical: s?.critical };
    }),
  };
}
