/**
 * Mermaid text for the plan: label escaping and bar states for the gantt charts (gantt.ts),
 * and the flowchart of phases and gates. User text (and content text) always goes through
 * mermaidText, so colons, #, ;, %%, quotes, brackets, HTML and newlines
 * show as characters and can never end a statement, open a directive or inject a click.
 */
import type { Engagement, Language } from '../../schemas/generated/types.ts';
import { gateReadiness } from './gates.ts';
import type { Plan, PlanText } from './types.ts';

/** ASCII that is safe as-is in any Mermaid label; everything else ASCII becomes an entity. */
const SAFE_ASCII = /[A-Za-z0-9 .,_/()!?'-]/;
/** Words that start a statement when they open a line. */
const KEYWORDS =
  /^(section|title|click|call|href|excludes|includes|dateformat|axisformat|tickinterval|todaymarker|weekday|inclusiveenddates|topaxis|acctitle|accdescr|style|classdef|class|linkstyle|subgraph|end|graph|flowchart|gantt)\b/i;

/**
 * A label as Mermaid text: control and invisible characters become spaces, risky ASCII
 * becomes Mermaid's `#code;` entity (decoded to the same character on screen), other
 * Unicode (Chinese included) stays as it is, and a leading keyword is defused.
 */
export function mermaidText(text: string, maxLength = 200): string {
  const flat = text
    .replace(/[\p{C}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength);
  let out = '';
  for (const ch of flat) {
    const code = ch.codePointAt(0) ?? 32;
    out += code < 128 && !SAFE_ASCII.test(ch) ? `#${code};` : ch;
  }
  // A leading keyword starts a statement, and a leading date is lexed as a date (Mermaid's parser
  // rejects the task line): both get their first character as an entity.
  if (KEYWORDS.test(out) || /^\d/.test(out)) out = `#${out.codePointAt(0) ?? 32};${out.slice(1)}`;
  return out || '-';
}

export const pick = (text: PlanText, lang: Language): string => (typeof text === 'string' ? text : text[lang]);

export type TaskState = 'done' | 'active' | 'blocked' | 'not-started';

/** The bar state of each task the engagement reports: done, active (in progress), blocked or not started. */
export function ganttStates(engagement: Pick<Engagement, 'tasks'>): Map<string, TaskState> {
  const states = new Map<string, TaskState>();
  for (const [id, s] of Object.entries(engagement.tasks ?? {})) {
    states.set(id, s.status === 'done' ? 'done' : s.status === 'in-progress' ? 'active' : s.status);
  }
  return states;
}

/** Phases and their gates in sequence, left to right. */
export function phaseFlowchart(plan: Plan, lang: Language, engagement: Pick<Engagement, 'gates'> = {}): string {
  const lines = ['flowchart LR'];
  const readiness = gateReadiness(plan, engagement);
  plan.phases.forEach((phase, i) => {
    const gate = readiness[i];
    const ready = gate && gate.total > 0 ? ` (${gate.checked.length}/${gate.total})` : '';
    lines.push(`  p${i + 1}["${mermaidText(pick(phase.title, lang))}"]`);
    lines.push(`  g${i + 1}{{"${mermaidText(pick(phase.gate.title, lang) + ready)}"}}`);
    lines.push(`  p${i + 1} --> g${i + 1}`);
    if (i > 0) lines.push(`  g${i} --> p${i + 1}`);
  });
  return lines.join('\n') + '\n';
}
