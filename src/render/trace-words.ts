/**
 * Why a task is in the plan, as one sentence in English or Simplified Chinese. The plan
 * page, the tracking views, the CLI report and the exports all use this, so a task's
 * reason reads the same everywhere.
 */
import { formatScore, frameworkLabels } from '../core/assess/explain.ts';
import { explainFinding } from './finding-words.ts';
import type { Finding } from '../core/assess/types.ts';
import { selectionFramework } from '../core/decide/selection-framework.ts';
import type { Engagement, Framework, Language, Template } from '../schemas/generated/types.ts';
import type { Trace } from '../core/plan/types.ts';

import { capitalise } from '../core/shared/text.ts';
import { TRACE_WORDS } from '../i18n/trace.ts';

export interface TraceContext {
  engagement: Engagement;
  frameworks: ReadonlyMap<string, Framework>;
  findings: readonly Finding[];
  /** The plan's template, so a template task is named by the template's title, never by ids. */
  template?: Pick<Template, 'id' | 'title'>;
}

/** One sentence per reason; `context` resolves ids to the titles people know. */
export function traceExplainer(context: TraceContext, lang: Language): (trace: Trace) => string {
  const w = TRACE_WORDS[lang];
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
