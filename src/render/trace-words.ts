/**
 * Why a task is in the plan, as one sentence in English or Simplified Chinese. The plan
 * page, the tracking views, the CLI report and the exports all use this, so a task's
 * reason reads the same everywhere.
 */
import { explainFinding, formatScore, frameworkLabels } from '../core/assess/explain.ts';
import type { Finding } from '../core/assess/types.ts';
import { selectionFramework } from '../core/decide/selection-framework.ts';
import type { Engagement, Framework, Language, Template } from '../schemas/generated/types.ts';
import type { Trace } from '../core/plan/types.ts';

export interface TraceContext {
  engagement: Engagement;
  frameworks: ReadonlyMap<string, Framework>;
  findings: readonly Finding[];
  /** The plan's template, so a template task is named by the template's title, never by ids. */
  template?: Pick<Template, 'id' | 'title'>;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const WORDS = {
  en: {
    template: (title: string | undefined) =>
      title === undefined ? 'From the plan template' : `From the plan template “${title}”`,
    finding: (why: string) => `Recommended: ${why}`,
    risk: (title: string) => `Mitigates the risk “${title}”`,
    benefit: 'Tracks the ROI case',
    gate: 'Closes the phase',
    vendor: (name: string, chosen: boolean) => (chosen ? `the chosen vendor ${name}` : `${name} (ranked first)`),
    band: (who: string, total: string, band: string) => `Next step for ${who}: total ${total}, band “${band}”`,
    weak: (who: string, n: number, criterion: string) =>
      `${capitalise(who)} scored weak on ${n} sub-criteri${n === 1 ? 'on' : 'a'} of “${criterion}”`,
  },
  zh: {
    template: (title: string | undefined) => (title === undefined ? '来自实施计划模板' : `来自实施计划模板“${title}”`),
    finding: (why: string) => `建议依据：${why}`,
    risk: (title: string) => `应对风险“${title}”`,
    benefit: '跟踪 ROI 测算',
    gate: '结束本阶段',
    vendor: (name: string, chosen: boolean) => (chosen ? `选定的供应商${name}` : `排名第一的${name}`),
    band: (who: string, total: string, band: string) => `${who}的下一步：总分 ${total}，属于“${band}”`,
    weak: (who: string, n: number, criterion: string) => `${who}在“${criterion}”的 ${n} 个子项上得分偏低`,
  },
} as const;

/** One sentence per reason; `context` resolves ids to the titles people know. */
export function traceExplainer(context: TraceContext, lang: Language): (trace: Trace) => string {
  const w = WORDS[lang];
  const findings = new Map(context.findings.map((f) => [f.id, f]));
  const risks = new Map((context.engagement.risks ?? []).map((r) => [r.id, r.title]));
  const vendors = new Map((context.engagement.vendors ?? []).map((v) => [v.id, v.name]));
  const selection = selectionFramework(context.engagement, [...context.frameworks.values()]);
  const labels = selection ? frameworkLabels(selection, lang) : undefined;
  return (trace) => {
    switch (trace.kind) {
      case 'template':
        return w.template(context.template?.id === trace.template ? context.template.title[lang] : undefined);
      case 'finding': {
        const finding = findings.get(trace.finding);
        const framework = context.frameworks.get(trace.framework);
        return w.finding(finding && framework ? explainFinding(finding, framework, lang) : trace.finding);
      }
      case 'risk':
        return w.risk(risks.get(trace.risk) ?? trace.risk);
      case 'benefit':
        return w.benefit;
      case 'gate':
        return w.gate;
      case 'vendor': {
        const who = w.vendor(vendors.get(trace.vendor) ?? trace.vendor, trace.chosen ?? false);
        if (trace.criterion && trace.weak) {
          return w.weak(who, trace.weak.length, labels?.element(trace.criterion) ?? trace.criterion);
        }
        if (trace.band && trace.total !== undefined) {
          return w.band(who, formatScore(trace.total, lang), labels?.band(trace.band) ?? trace.band);
        }
        return capitalise(who);
      }
    }
  };
}
