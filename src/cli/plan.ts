/**
 * `crmkit plan FILE [--json] [--mermaid gantt|roadmap|flow]`: the engagement's rollout
 * plan, scheduled: phases, tasks with dates and why they are there, or Mermaid text.
 */
import { explainFinding } from '../core/assess/explain.ts';
import { planEngagement, type EngagementPlan } from '../core/plan/engagement-plan.ts';
import { ganttChart, phaseFlowchart, phaseRoadmap, pick } from '../core/plan/mermaid.ts';
import type { Trace } from '../core/plan/types.ts';
import type { Engagement, Framework, Language } from '../schemas/generated/types.ts';
import { openEngagements, reportLanguage, type EngagementCommandOptions } from './engagement-command.ts';
import { PLAN_STRINGS } from './strings.ts';
import type { CommandResult } from './validate.ts';

export interface PlanOptions extends EngagementCommandOptions {
  mermaid: string | undefined;
}

export function planCommand(options: PlanOptions): CommandResult {
  const fallback = options.lang ?? 'en';
  const w0 = PLAN_STRINGS[fallback];
  if (options.mermaid !== undefined && !['gantt', 'roadmap', 'flow'].includes(options.mermaid)) {
    return { exitCode: 2, stdout: w0.badMermaid(options.mermaid) + '\n' };
  }
  const opened = openEngagements(options, w0.usage);
  if (!opened.ok) return opened.result;
  const { content } = opened;
  const out: string[] = [];
  for (const engagement of opened.engagements) {
    const lang = reportLanguage(options, engagement);
    const w = PLAN_STRINGS[lang];
    const result = planEngagement(engagement, content.frameworks, content.templates);
    if (!result.ok) {
      if (result.reason !== 'schedule') return { exitCode: 1, stdout: w.noPlan(engagement.id) + '\n' };
      return { exitCode: 1, stdout: result.errors.map((e) => w.scheduleError(e)).join('\n') + '\n' };
    }
    if (options.mermaid === 'gantt') out.push(ganttChart(result.plan, result.schedule, { lang }));
    else if (options.mermaid === 'roadmap') out.push(phaseRoadmap(result.plan, result.schedule, { lang }));
    else if (options.mermaid === 'flow') out.push(phaseFlowchart(result.plan, lang));
    else if (options.json) out.push(JSON.stringify(toJson(engagement, result), null, 2) + '\n');
    else out.push(toText(engagement, result, content.frameworks, lang) + '\n');
  }
  return { exitCode: 0, stdout: out.join('\n') };
}

function toJson(engagement: Engagement, result: EngagementPlan) {
  return {
    engagement: engagement.id,
    template: result.template.id,
    start: result.schedule.start,
    end: result.schedule.end,
    workingDays: result.schedule.length,
    criticalPath: result.schedule.criticalPath,
    phases: result.plan.phases.map((p) => ({ id: p.id, gate: p.gate.id, tasks: p.tasks })),
    tasks: result.plan.tasks.map((t) => {
      const s = result.schedule.byId.get(t.id);
      return { ...t, start: s?.start, finish: s?.finish, slack: s?.slack, critical: s?.critical };
    }),
  };
}

function toText(
  engagement: Engagement,
  result: EngagementPlan,
  frameworks: ReadonlyMap<string, Framework>,
  lang: Language,
): string {
  const w = PLAN_STRINGS[lang];
  const findings = new Map(result.findings.map((f) => [f.id, f]));
  const risks = new Map((engagement.risks ?? []).map((r) => [r.id, r.title]));
  const why = (trace: Trace): string => {
    if (trace.kind === 'finding') {
      const finding = findings.get(trace.finding);
      const framework = frameworks.get(trace.framework);
      return finding && framework ? explainFinding(finding, framework, lang) : trace.finding;
    }
    if (trace.kind === 'risk') return w.risk(risks.get(trace.risk) ?? trace.risk);
    if (trace.kind === 'template') return w.template(trace.task);
    if (trace.kind === 'benefit') return w.benefit;
    if (trace.kind === 'gate') return w.gate;
    return trace.vendor;
  };
  const s = result.schedule;
  const lines = [
    `${engagement.title} — ${result.template.title[lang]}`,
    w.summary(s.start, s.end, s.length, result.plan.tasks.length, s.criticalPath.length),
  ];
  const tasks = new Map(result.plan.tasks.map((t) => [t.id, t]));
  for (const phase of result.plan.phases) {
    lines.push('', `## ${phase.title[lang]}`);
    for (const id of phase.tasks) {
      const task = tasks.get(id);
      const placed = s.byId.get(id);
      if (!task || !placed) continue;
      const mark = placed.critical ? '*' : ' ';
      const dates = placed.start === placed.finish ? placed.start : `${placed.start}…${placed.finish}`;
      lines.push(`${mark} ${dates}  ${pick(task.title, lang)} (${task.durationDays}${w.days})`);
      for (const trace of task.traces) lines.push(`      ${w.why}: ${why(trace)}`);
    }
  }
  lines.push('', w.legend);
  return lines.join('\n');
}
