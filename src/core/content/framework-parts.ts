/** Walking a framework's nested parts without repeating the loops everywhere. */
import type { Framework, FrameworkElement, Question } from '../../schemas/generated/types.ts';

/** Every question of a framework, in element order. */
export function frameworkQuestions(framework: Framework): Question[] {
  return framework.elements.flatMap((element) => element.questions ?? []);
}

/** The elements that have questions: one workshop step each (and one row of a fit matrix), in framework order. */
export function questionSteps(framework: Framework | undefined): FrameworkElement[] {
  return (framework?.elements ?? []).filter((e) => (e.questions ?? []).length > 0);
}
