/**
 * The phases and their gates in order, as static SVG drawn on the server (and by the workshop
 * from the draft), so the flow shows before any script runs and prints without having been on
 * screen. One row per phase: the phase box on the left (its number, full title wrapped and its
 * task count), an arrow to the gate that closes it on the right (its title, checklist readiness
 * and decision), and an elbow from the gate down to the next phase. Titles wrap, never cut.
 * Mermaid's flowchart of the same plan (render/mermaid.ts) is offered beside it to copy.
 */
import type { Engagement, Language } from '../schemas/generated/types.ts';
import type { Plan } from '../core/plan/types.ts';
import { gateReadiness } from '../core/plan/gates.ts';
import { pick } from '../core/plan/plan-text.ts';
import { FLOW_WORDS } from '../i18n/roadmap.ts';
import { html, type Safe } from './html.ts';
import { wrapTitle } from './task-chart.ts';
import { round } from './svg-units.ts';

export const PHASE_FLOW_WIDTH = 720;
const PHASE_WIDTH = 330;
const GATE_LEFT = 390;
const LINE = 19;
const PAD = 12;
/** Between two rows: room for the elbow from a gate to the next phase. */
const GAP = 34;
/** Wrap widths in Latin letters (a Chinese character counts two) at the chart's 14 px. */
const PHASE_WRAP = 38;
const GATE_WRAP = 34;

function lines(texts: readonly { text: string; cls: string }[], x: number, top: number, height: number): Safe[] {
  const y0 = top + (height - texts.length * LINE) / 2 + LINE - 5;
  return texts.map(
    ({ text, cls }, k) => html`<text class="chart-label ${cls}" x="${x}" y="${round(y0 + k * LINE)}">${text}</text>`,
  );
}

/** The flow of `plan`'s phases and gates; the engagement's gate records give readiness and decisions. */
export function phaseFlow(
  plan: Plan,
  lang: Language,
  engagement: Pick<Engagement, 'gates'> = {},
  /** Unique on the page: it names the arrowhead. */
  id = 'flow',
): Safe {
  const words = FLOW_WORDS[lang];
  const readiness = gateReadiness(plan, engagement);
  const gateRight = PHASE_FLOW_WIDTH - 4;
  const gateMid = (GATE_LEFT + gateRight) / 2;
  const phaseMid = PHASE_WIDTH / 2;
  let y = 4;
  const rows = plan.phases.map((phase, i) => {
    const gate = readiness[i];
    const phaseText = [
      ...wrapTitle(`${i + 1}. ${pick(phase.title, lang)}`, PHASE_WRAP).map((text) => ({ text, cls: 'flow-title' })),
      { text: words.tasks(phase.tasks.length), cls: 'chart-facts' },
    ];
    const facts = [
      words.readiness(gate?.checked.length ?? 0, gate?.total ?? 0),
      ...(gate?.decision ? [words.decision[gate.decision]] : []),
    ].join(' · ');
    const gateText = [
      ...wrapTitle(pick(phase.gate.title, lang), GATE_WRAP).map((text) => ({ text, cls: 'flow-title' })),
      ...wrapTitle(facts, GATE_WRAP).map((text) => ({ text, cls: 'chart-facts' })),
    ];
    const height = Math.max(phaseText.length, gateText.length) * LINE + 2 * PAD;
    const top = y;
    const mid = top + height / 2;
    const bottom = top + height;
    y = bottom + GAP;
    const last = i === plan.phases.length - 1;
    const hex = `M ${GATE_LEFT + 14} ${top} H ${gateRight - 14} L ${gateRight} ${round(mid)} L ${gateRight - 14} ${bottom} H ${GATE_LEFT + 14} L ${GATE_LEFT} ${round(mid)} Z`;
    const decided = gate?.decision ? ` decision-${gate.decision}` : '';
    return html`<g class="flow-row" data-phase="${phase.id}"
      ><rect class="flow-phase" x="1" y="${top}" width="${PHASE_WIDTH - 2}" height="${height}" rx="8"></rect
      >${lines(phaseText, 16, top, height)}<path
        class="flow-link"
        d="M ${PHASE_WIDTH} ${round(mid)} H ${GATE_LEFT - 2}"
        marker-end="url(#${id}-arrow)"
      ></path
      ><path class="flow-gate${decided}" d="${hex}"><title>${words.gateTip(pick(phase.gate.title, lang))}</title></path
      >${lines(gateText, GATE_LEFT + 24, top, height)}${
        last
          ? ''
          : html`<path
              class="flow-link"
              d="M ${gateMid} ${bottom} V ${bottom + GAP / 2} H ${phaseMid} V ${bottom + GAP - 2}"
              marker-end="url(#${id}-arrow)"
            ></path>`
      }</g
    >`;
  });
  const height = Math.max(40, y - GAP + 4);
  return html`<svg
    class="flow-chart"
    viewBox="0 0 ${PHASE_FLOW_WIDTH} ${round(height)}"
    role="img"
    aria-label="${words.chartLabel}"
  >
    <title>${words.chartLabel}</title>
    <defs>
      <marker id="${id}-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
        <path class="task-arrow" d="M 0 0 L 8 4 L 0 8 z"></path>
      </marker>
    </defs>
    ${rows}
  </svg>`;
}
