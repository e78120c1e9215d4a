/**
 * The risk register as every shell shows it (the risks page, `crmkit risks`): the framework
 * that lists the risk categories, the scored register, and the plan's template that places
 * each risk's phase.
 */
import type { Engagement, Framework, Template } from '../../schemas/generated/types.ts';
import { planTemplate } from '../plan/choose-template.ts';
import { riskFramework, riskRegister, type RiskRegister } from '../risk/register.ts';

export interface ReadyRiskView {
  ok: true;
  framework: Framework;
  register: RiskRegister;
  template: Template | undefined;
}

export type RiskView = { ok: false; reason: 'no-framework' } | ReadyRiskView;

export function riskView(
  engagement: Engagement,
  frameworks: Iterable<Framework>,
  templates: Iterable<Template>,
): RiskView {
  const all = [...frameworks];
  const framework = riskFramework(all);
  if (!framework) return { ok: false, reason: 'no-framework' };
  return {
    ok: true,
    framework,
    register: riskRegister(engagement.risks ?? [], framework),
    template: planTemplate(engagement, all, templates),
  };
}
