/** Walking a framework's nested parts without repeating the loops everywhere. */
import type { Framework, Question } from '../../schemas/generated/types.ts';

/** Every question of a framework, in element order. */
export function frameworkQuestions(framework: Framework): Question[] {
  return framework.elements.flatMap((element) => element.questions ?? []);
}
