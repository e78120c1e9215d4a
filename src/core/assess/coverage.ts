/** How much of a framework an engagement has answered ("not applicable" counts as answered). */
import type { Framework, FrameworkAnswers } from '../../schemas/generated/types.ts';
import { frameworkQuestions } from '../content/framework-parts.ts';
import { own } from '../shared/own.ts';

export interface Coverage {
  answered: number;
  total: number;
}

export function answerCoverage(framework: Framework, answers: FrameworkAnswers | undefined): Coverage {
  const questions = frameworkQuestions(framework);
  const answered = questions.filter((q) => own(answers, q.id) !== undefined).length;
  return { answered, total: questions.length };
}
