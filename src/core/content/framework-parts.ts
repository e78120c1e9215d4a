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

/** The first framework holding a reference list of this kind (risks, costs, benefits). */
export function catalogFramework(
  frameworks: Iterable<Framework>,
  catalog: NonNullable<FrameworkElement['catalog']>,
): Framework | undefined {
  for (const framework of frameworks) if (framework.elements.some((e) => e.catalog === catalog)) return framework;
  return undefined;
}
