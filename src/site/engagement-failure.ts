/**
 * One engagement that cannot be computed must not take the whole site down. Validation
 * refuses every file it knows the engines cannot compute from; should one slip through (a
 * fault in crmkit), its plan, tracking and summary pages and its export files are built with
 * a clear error block naming the file and the field, and the other engagements build as usual.
 *
 * The check runs, once per engagement, every engine those pages and files are made from,
 * in both languages, so a page never starts rendering what would throw halfway.
 */
import { InputError, type RawProblem } from '../core/load/problem.ts';
import { planEngagement } from '../core/plan/engagement-plan.ts';
import { traceExplainer } from '../render/trace-words.ts';
import { ganttData } from '../core/plan/gantt-data.ts';
import { gateReadiness } from '../core/plan/gates.ts';
import { keptProgress } from '../core/plan/kept-progress.ts';
import { phaseFlowchart } from '../render/mermaid.ts';
import { namedTargetProgress } from '../core/plan/targets.ts';
import { phaseTimeline } from '../core/plan/timeline.ts';
import { trackPlan } from '../core/plan/tracking.ts';
import { availableExports, exportFile } from '../render/export-files.ts';
import { executiveSummary } from '../core/views/summary-view.ts';
import type { Engagement, Framework, Language, Template } from '../schemas/generated/types.ts';

export interface ComputeFailure {
  /** The engagement's file, as `crmkit validate` names it. */
  file: string;
  /** The fields the engine refused, each with its message code, when it named any. */
  problems: RawProblem[];
  /** What went wrong, in the engine's words (English), when it named no field. */
  message: string;
}

export interface FailureContent {
  frameworks: readonly Framework[];
  templates: readonly Template[];
  origins: Record<string, { file: string; overlays: string[] }>;
}

const LANGUAGES: readonly Language[] = ['en', 'zh'];

/** Everything the plan, tracking and summary pages and the export files compute for an engagement. */
function computeAll(engagement: Engagement, content: FailureContent): void {
  const frameworks = new Map(content.frameworks.map((f) => [f.id, f]));
  const templates = new Map(content.templates.map((t) => [t.id, t]));
  const result = planEngagement(engagement, frameworks, templates);
  if (result.ok) {
    const { plan, schedule, template, findings } = result;
    const tracking = trackPlan(plan, schedule, engagement, engagement.updated ?? schedule.start);
    phaseTimeline(plan, schedule, engagement, tracking);
    gateReadiness(plan, engagement);
    keptProgress({ engagement, plan, template, frameworks });
    for (const lang of LANGUAGES) {
      ganttData(plan, schedule, lang, engagement);
      phaseFlowchart(plan, lang, engagement);
      namedTargetProgress(plan, schedule, engagement, frameworks, tracking.asOf, lang);
      const why = traceExplainer({ engagement, frameworks, findings }, lang);
      for (const task of plan.tasks) task.traces.forEach(why);
    }
  }
  executiveSummary(engagement, content);
  for (const file of availableExports(engagement, content)) {
    for (const lang of LANGUAGES) exportFile(file, engagement, lang, content);
  }
}

const checked = new WeakMap<Engagement, { failure?: ComputeFailure }>();

/**
 * Undefined when every page and file of the engagement can be computed; else what failed,
 * printed once to the build's log (one line, no stack trace) and shown on its pages.
 */
export function engagementFailure(
  engagement: Engagement,
  content: FailureContent,
  log: (line: string) => void = console.error,
): ComputeFailure | undefined {
  const known = checked.get(engagement);
  if (known) return known.failure;
  let failure: ComputeFailure | undefined;
  try {
    computeAll(engagement, content);
  } catch (error) {
    const file = content.origins[`engagement:${engagement.id}`]?.file ?? engagement.id;
    const problems = error instanceof InputError ? error.problems : [];
    const message = error instanceof Error ? error.message : String(error);
    failure = { file, problems, message };
    const fields = problems.map((p) => p.pointer || '/').join(', ');
    log(`crmkit: ${file}${fields ? `  ${fields}` : ''}  its pages could not be computed: ${message}`);
  }
  checked.set(engagement, failure ? { failure } : {});
  return failure;
}
