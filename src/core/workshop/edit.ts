/** Changing an engagement in the workshop: immutable updates that keep it valid against its schema. */
import type { Answer, Engagement, Language } from '../../schemas/generated/types.ts';
import { uniqueId } from '../shared/ids.ts';
import { own } from '../shared/own.ts';

export interface BlankEngagementInput {
  clientName: string;
  industry: string;
  size: Engagement['client']['size'];
  currency: string;
  language: Language;
}

export function blankEngagement(input: BlankEngagementInput, today: string, taken: ReadonlySet<string>): Engagement {
  const id = uniqueId(/[a-z0-9]/i.test(input.clientName) ? input.clientName : 'engagement', taken);
  return {
    kind: 'engagement',
    schemaVersion: 1,
    id,
    title: input.clientName,
    language: input.language,
    created: today,
    updated: today,
    client: { name: input.clientName, industry: input.industry, size: input.size, currency: input.currency },
    answers: {},
  };
}

/**
 * A working copy of a sample (or a duplicate of a stored engagement, under a new `title`),
 * with its own id so the original stays untouched.
 */
export function copyOfSample(
  sample: Engagement,
  today: string,
  taken: ReadonlySet<string>,
  title = sample.title,
): Engagement {
  const copy = structuredClone(sample);
  return { ...copy, id: uniqueId(`${sample.id}-copy`, taken), title, created: today, updated: today };
}

/** Sets, changes or (with `undefined`) removes one answer; empty comments are dropped. */
export function setAnswer(
  engagement: Engagement,
  framework: string,
  question: string,
  answer: Answer | undefined,
  today: string,
): Engagement {
  const answers = { ...(engagement.answers ?? {}) };
  const frameworkAnswers = Object.fromEntries(
    Object.entries(own(answers, framework) ?? {}).filter(([id]) => id !== question),
  );
  if (answer !== undefined) {
    const clean: Answer = { value: answer.value };
    if (answer.target !== undefined && answer.value !== 'na') clean.target = answer.target;
    if (answer.comment?.trim()) clean.comment = answer.comment;
    if (answer.by !== undefined) clean.by = answer.by;
    // The room's votes stay as evidence even when the answer is later edited by hand.
    if (answer.room !== undefined) clean.room = answer.room;
    frameworkAnswers[question] = clean;
  }
  answers[framework] = frameworkAnswers;
  return { ...engagement, answers, updated: today };
}

/** A copy of `object` without `key`: how an emptied optional field leaves a saved file. */
export function without<T extends object, K extends keyof T>(object: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key)) as Omit<T, K>;
}
