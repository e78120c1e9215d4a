/**
 * Findings read off a framework's scores: the overall band's recommendations, element and
 * question triggers that fire, and the largest current-to-target gaps.
 *
 * Gap priority = gap (target − current, on 0–100) × importance, where importance is the
 * question weight times its element weight; the TOP_GAPS largest become findings.
 */
import type { Framework } from '../../schemas/generated/types.ts';
import type { AnswerTrace, Finding, FrameworkScore } from './types.ts';

/** How many of the largest gaps per framework become findings. */
export const TOP_GAPS = 5;

export function scoreFindings(framework: Framework, result: FrameworkScore): Finding[] {
  const findings: Finding[] = [];
  const answersOf = (element?: string): AnswerTrace[] =>
    result.elements
      .filter((e) => element === undefined || e.element === element)
      .flatMap((e) => e.questions.flatMap((q) => (q.answer ? [q.answer] : [])));

  if (result.score !== undefined && result.band) {
    findings.push({
      id: `${framework.id}:band`,
      framework: framework.id,
      rule: { kind: 'band', band: result.band.id, score: result.score },
      recommendations: [...(result.band.recommendations ?? [])],
      answers: answersOf(),
      priority: 100 - result.score,
    });
  }

  for (const element of framework.elements) {
    const scored = result.elements.find((e) => e.element === element.id);
    if (!scored) continue;
    (element.triggers ?? []).forEach((trigger, t) => {
      if (scored.score === undefined || scored.score >= trigger.below) return;
      findings.push({
        id: `${framework.id}:trigger:${element.id}:${t}`,
        framework: framework.id,
        rule: { kind: 'trigger', element: element.id, score: scored.score, below: trigger.below },
        recommendations: [...trigger.recommendations],
        answers: answersOf(element.id),
        priority: trigger.below - scored.score,
      });
    });
    for (const question of element.questions ?? []) {
      const q = scored.questions.find((s) => s.question === question.id);
      (question.triggers ?? []).forEach((trigger, t) => {
        if (q?.score === undefined || !q.answer || q.score >= trigger.below) return;
        findings.push({
          id: `${framework.id}:trigger:${question.id}:${t}`,
          framework: framework.id,
          rule: { kind: 'trigger', element: element.id, question: question.id, score: q.score, below: trigger.below },
          recommendations: [...trigger.recommendations],
          answers: [q.answer],
          priority: trigger.below - q.score,
        });
      });
    }
  }

  const gaps = result.elements.flatMap((e) =>
    e.questions.flatMap((q) => {
      if (q.gap === undefined || q.gap <= 0 || !q.answer) return [];
      const importance = q.weight * e.weight;
      return [{ q, importance, priority: q.gap * importance }];
    }),
  );
  gaps
    .sort((x, y) => y.priority - x.priority || x.q.question.localeCompare(y.q.question))
    .slice(0, TOP_GAPS)
    .forEach(({ q, importance, priority }) =>
      findings.push({
        id: `${framework.id}:gap:${q.question}`,
        framework: framework.id,
        rule: { kind: 'gap', element: q.element, question: q.question, gap: q.gap ?? 0, importance, priority },
        recommendations: [],
        answers: q.answer ? [q.answer] : [],
        priority,
      }),
    );
  return findings;
}
