/**
 * Where the workshop can be: the assessments, walked one step per element that has
 * questions, and the decision sections beside them (risks, vendors, ROI, progress). The
 * wizard, the room and the presenter all walk the same steps; this is the one place that
 * says what they are, how much of each is answered, and where a saved position lands.
 */
import type { Coverage } from '../assess/coverage.ts';

export { questionSteps };
import { answerCoverage } from '../assess/coverage.ts';
import { questionSteps } from '../content/framework-parts.ts';
import { selectionFramework } from '../decide/selection-framework.ts';
import { riskFramework } from '../risk/register.ts';
import { own } from '../shared/own.ts';
import type {
  Engagement,
  Framework,
  FrameworkAnswers,
  FrameworkElement,
  Question,
  Template,
} from '../../schemas/generated/types.ts';

/** The frameworks a client answers, in content order. */
export function assessmentFrameworks(frameworks: readonly Framework[]): Framework[] {
  return frameworks.filter((f) => f.use === 'assessment');
}

/** Every question of a framework with the step it belongs to: the presenter's one-at-a-time order. */
export function questionItems(framework: Framework | undefined): { element: FrameworkElement; question: Question }[] {
  return questionSteps(framework).flatMap((element) =>
    (element.questions ?? []).map((question) => ({ element, question })),
  );
}

/** How many of a step's questions are answered ("not applicable" counts). */
export function stepCoverage(element: FrameworkElement, answers: FrameworkAnswers | undefined): Coverage {
  const questions = element.questions ?? [];
  return { answered: questions.filter((q) => own(answers, q.id) !== undefined).length, total: questions.length };
}

/** One framework's coverage in an engagement. */
export function frameworkCoverage(framework: Framework, engagement: Engagement | null | undefined): Coverage {
  return answerCoverage(framework, own(engagement?.answers, framework.id));
}

/** The coverage over several frameworks, summed. */
export function totalCoverage(frameworks: readonly Framework[], engagement: Engagement | null | undefined): Coverage {
  return frameworks.reduce(
    (sum, f) => {
      const c = frameworkCoverage(f, engagement);
      return { answered: sum.answered + c.answered, total: sum.total + c.total };
    },
    { answered: 0, total: 0 },
  );
}

/** Whole percent answered; 0 for nothing to answer. */
export function percentAnswered(coverage: Coverage): number {
  return coverage.total === 0 ? 0 : Math.round((100 * coverage.answered) / coverage.total);
}

/**
 * The sections beside the assessments (the client profile and the decisions), kept in the
 * same `framework` slot of a saved position as the assessments.
 */
export const SECTION = {
  profile: '@profile',
  segments: '@segments',
  risks: '@risks',
  vendors: '@vendors',
  finance: '@roi',
  plan: '@plan',
  progress: '@progress',
  summary: '@summary',
} as const;
export type SectionId = (typeof SECTION)[keyof typeof SECTION];
/** The decision sections: what `decisionSections` lists. */
export type DecisionId = Exclude<SectionId, typeof SECTION.profile>;
const SECTION_IDS: readonly string[] = Object.values(SECTION);

export const isSection = (id: string | undefined): id is SectionId => id !== undefined && SECTION_IDS.includes(id);

/**
 * The decision sections this engagement has, in workshop order, with the count each shows
 * beside its name: the customer segments, risks and vendors only when their framework is
 * loaded, the plan when templates are (its count: 1 once it has a start date, else 0),
 * progress only once a plan is chosen, the ROI case and the executive summary always.
 */
export function decisionSections(
  engagement: Engagement | null | undefined,
  frameworks: readonly Framework[],
  templates: readonly Template[] = [],
): { id: DecisionId; count: number }[] {
  const sections: { id: DecisionId; count: number }[] = [];
  if (portfolioFramework(frameworks)) {
    sections.push({ id: SECTION.segments, count: engagement?.segments?.length ?? 0 });
  }
  if (riskFramework(frameworks)) sections.push({ id: SECTION.risks, count: engagement?.risks?.length ?? 0 });
  if (engagement && selectionFramework(engagement, frameworks)) {
    sections.push({ id: SECTION.vendors, count: engagement.vendors?.length ?? 0 });
  }
  if (templates.length > 0) sections.push({ id: SECTION.plan, count: engagement?.plan?.startDate ? 1 : 0 });
  if (engagement?.plan) {
    const done = Object.values(engagement.tasks ?? {}).filter((t) => t.status === 'done').length;
    sections.push({ id: SECTION.progress, count: done });
  }
  const lines = (engagement?.finance?.costs?.length ?? 0) + (engagement?.finance?.benefits?.length ?? 0);
  sections.push({ id: SECTION.finance, count: lines });
  sections.push({ id: SECTION.summary, count: 0 });
  return sections;
}

/** The assessment whose customer portfolio the segments feed, when one is loaded. */
export function portfolioFramework(frameworks: readonly Framework[]): Framework | undefined {
  return assessmentFrameworks(frameworks).find((f) => f.portfolio !== undefined);
}

/**
 * Where a page is within an open engagement: an assessment (or section), a step in it, its
 * questions, its pair ratings (an assessment with an `alignment`, such as the 7-S: the step
 * after the last element) or its results.
 */
export interface Place {
  framework: string;
  step: number;
  view: 'wizard' | 'pairs' | 'results';
}

/**
 * A saved or addressed place made safe to show: an unknown framework or section falls back
 * to the first assessment, a step to the nearest one there is (`steps` counts them), an
 * unknown view to the questions. `steps` of undefined leaves the step as given (a page
 * whose steps are not known yet).
 */
export function resolvePlace(
  wanted: Partial<Place> | undefined,
  assessments: readonly Framework[],
  steps?: (framework: Framework) => number,
): Place {
  const first = assessments[0]?.id ?? '';
  const id = wanted?.framework;
  const known = isSection(id) || assessments.some((f) => f.id === id);
  const framework = known && id !== undefined ? id : first;
  const raw = typeof wanted?.step === 'number' && Number.isInteger(wanted.step) ? Math.max(0, wanted.step) : 0;
  const f = assessments.find((a) => a.id === framework);
  const count = f && steps ? steps(f) : undefined;
  const step = count === undefined ? raw : Math.min(raw, Math.max(0, count - 1));
  const view =
    wanted?.view === 'results' && !isSection(framework)
      ? 'results'
      : wanted?.view === 'pairs' && f?.alignment
        ? 'pairs'
        : 'wizard';
  return { framework, step: isSection(framework) ? 0 : step, view };
}

/** The assessment after `id`, or undefined at the last one: the wizard's "Next assessment". */
export function nextAssessment(assessments: readonly Framework[], id: string): Framework | undefined {
  const i = assessments.findIndex((f) => f.id === id);
  return i < 0 ? undefined : assessments[i + 1];
}
