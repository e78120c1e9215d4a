/** The plan as text for the terminal and as a Markdown report with ```mermaid blocks for GitHub and GitLab. */
import type { EngagementPlan } from '../core/plan/engagement-plan.ts';
import { leftOutWords, placementExplainer } from '../render/placement-words.ts';
import { templateChoiceWords } from '../render/template-choice-words.ts';
import { traceExplainer } from '../render/trace-words.ts';
import { markdownText } from '../render/markdown.ts';
import { pick } from '../core/plan/plan-text.ts';
import type { ReadyPlanView } from '../core/views/plan-view.ts';
import { ganttSource, phaseRoadmap } from '../render/mermaid.ts';
import type { Trace } from '../core/plan/types.ts';
import { own } from '../core/shared/own.ts';
import { term } from '../i18n/ui.ts';
import type { Engagement, Framework, Language } from '../schemas/generated/types.ts';
import { EXPORT_WORDS } from '../i18n/export-files.ts';
import { PLAN_STRINGS } from '../i18n/cli.ts';

/** One sentence per reason a task is in the plan. */
export function traceWords(
  engagement: Engagement,
  result: EngagementPlan,
  frameworks: ReadonlyMap<string, Framework>,
  lang: Language,
): (trace: Trace) => string {
  return traceExplainer({ engagement, frameworks, findings: result.findings, template: result.template }, lang);
}

export function planText(
  engagement: Engagement,
  result: EngagementPlan,
  why: (trace: Trace) => string,
  lang: Language,
): string {
  const where = placementExplainer(result.plan, lang);
  const w = PLAN_STRINGS[lang];
  const s = result.schedule;
  const lines = [
    `${engagement.title} — ${result.template.title[lang]}`,
    ...templateChoiceWords(lang).summary(result.choice),
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
      for (const sentence of where(task)) lines.push(`      ${w.where}: ${sentence}`);
    }
  }
  const left = leftOutWords(result.plan, lang);
  if (left) lines.push('', `## ${left.title}`, ...left.items.map((i) => `  - ${i}`));
  lines.push('', w.legend);
  return lines.join('\n') + '\n';
}

/**
 * The report: summary, the phase roadmap, then per phase its goal, a task table with the
 * reasons, a gantt of the phase (one chart per phase stays legible) and its gate.
 */
export function planMarkdown(
  engagement: Engagement,
  result: ReadyPlanView,
  why: (trace: Trace) => string,
  lang: Language,
): string {
  const where = placementExplainer(result.plan, lang);
  const w = PLAN_STRINGS[lang];
  const { columns } = EXPORT_WORDS[lang];
  const s = result.schedule;
  const gantt = result.roadmap.data;
  const numbers = result.numbers;
  const md = markdownText;
  const out = [
    `# ${md(engagement.title)} — ${md(result.template.title[lang])}`,
    '',
    ...templateChoiceWords(lang).summary(result.choice).map(md),
    '',
    w.summary(s.start, s.end, s.length, result.plan.tasks.length, s.criticalPath.length),
    '',
    `## ${w.roadmap}`,
    '',
    '```mermaid',
    phaseRoadmap(result.plan, s, { lang, engagement }).trimEnd(),
    '```',
  ];
  const tasks = new Map(result.plan.tasks.map((t) => [t.id, t]));
  result.plan.phases.forEach((phase, i) => {
    out.push('', `## ${md(w.phase(i + 1, pick(phase.title, lang)))}`, '', md(pick(phase.goal, lang)), '');
    out.push(`| # | ${w.task} | ${columns.owner} | ${w.dates} | ${columns.duration} | ${columns.why} |`);
    out.push('|---|---|---|---|---:|---|');
    for (const id of phase.tasks) {
      const task = tasks.get(id);
      const placed = s.byId.get(id);
      if (!task || !placed) continue;
      const dates = placed.start === placed.finish ? placed.start : `${placed.start} – ${placed.finish}`;
      const reasons = [...task.traces.map(why), ...where(task)].map(md).join('<br>');
      out.push(
        `| ${numbers.get(id) ?? ''}${placed.critical ? '\\*' : ''} | ${md(pick(task.title, lang))} | ${md(term(task.owner, lang))} | ${dates} | ${task.durationDays} | ${reasons} |`,
      );
    }
    const chart = ganttSource(gantt, { filter: (row) => row.phase === phase.id });
    out.push('', '```mermaid', chart.trimEnd(), '```');
    out.push('', `**${md(pick(phase.gate.title, lang))}**`, '', `${w.criteria}:`, '');
    for (const c of phase.gate.criteria) out.push(`- ${md(pick(c.text, lang))}`);
    out.push('', `${w.checklist}:`, '');
    // The engagement's `gates:` records which items are ticked off; GitHub renders `- [x]` as a ticked box.
    const ticked = new Set(own(engagement.gates, phase.gate.id)?.checked ?? []);
    for (const c of phase.gate.checklist) out.push(`- [${ticked.has(c.id) ? 'x' : ' '}] ${md(pick(c.text, lang))}`);
  });
  const left = leftOutWords(result.plan, lang);
  if (left) out.push('', `## ${md(left.title)}`, '', ...left.items.map((i) => `- ${md(i)}`));
  out.push('', w.legend);
  return out.join('\n') + '\n';
}
