/** Words inside the Mermaid gantt and roadmap text of a plan, in both languages. */
import { bilingual } from './lib/bilingual.ts';

export const GANTT_WORDS = bilingual({
  en: { blocked: 'blocked', phases: 'Phases' },
  zh: { blocked: '受阻', phases: '阶段' },
});
