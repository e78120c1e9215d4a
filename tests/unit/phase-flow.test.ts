/** The server-drawn flow of phases and gates: every phase and gate in order, readiness and decisions, titles whole, text escaped. */
import fc from 'fast-check';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { phaseFlow } from '../../src/render/phase-flow.ts';
import type { Plan, PlanGate } from '../../src/core/plan/types.ts';
import { chainPlan } from '../fixtures/chain-plan.ts';

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const wellFormed = (svg: string) => SyntaxValidator.validate(`<?xml version="1.0"?>${svg}`) === true;

const checklist = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i + 1}`, text: { en: `item ${i + 1}`, zh: `项 ${i + 1}` } }));
const gate = (id: string, title: string, items: number): PlanGate => ({
  id,
  title: { en: title, zh: `关口 ${title}` },
  criteria: [],
  checklist: checklist(items),
});

const [p1, p2] = chainPlan.phases;
if (!p1 || !p2) throw new Error('the chain plan has two phases');
const plan: Plan = {
  ...chainPlan,
  phases: [
    { ...p1, gate: gate('g1', 'Design sign-off', 3) },
    { ...p2, gate: gate('g2', 'Go-live', 0) },
  ],
};

describe('phaseFlow', () => {
  it('draws each phase with its task count and the gate that closes it, in order, linked by arrows', () => {
    const svg = phaseFlow(plan, 'en', { gates: { g1: { checked: ['c1', 'c3'], decision: 'go' } } }).value;
    expect(wellFormed(svg)).toBe(true);
    expect(count(svg, /class="flow-phase"/g)).toBe(2);
    expect(count(svg, /class="flow-gate[ "]/g)).toBe(2);
    // Phase → its gate, twice, and gate 1 → phase 2: three arrows.
    expect(count(svg, /class="flow-link"/g)).toBe(3);
    expect(texts(svg)).toEqual([
      '1. P1',
      '2 tasks',
      'Design sign-off',
      'Readiness 2 of 3 · Decision: go',
      '2. P2',
      '2 tasks',
      'Go-live',
      'No readiness checklist',
    ]);
    expect(svg).toContain('class="flow-gate decision-go"');
  });

  it('speaks Chinese on the Chinese page', () => {
    const svg = phaseFlow(plan, 'zh', { gates: { g2: { checked: [], decision: 'no-go' } } }).value;
    expect(texts(svg)).toContain('就绪 0 / 3');
    expect(texts(svg)).toContain('无就绪检查清单 · 决定：不通过');
    expect(texts(svg)).toContain('2 项任务');
    expect(svg).toContain('class="flow-gate decision-no-go"');
  });

  it('keeps a long title whole over several lines and hostile text as text', () => {
    const long = 'Agree a single definition of “customer”, of every segment, and of who owns each account <script>';
    const hostile: Plan = {
      ...plan,
      phases: [{ ...p1, gate: gate('g1', 'Design sign-off', 3), title: { en: long, zh: long } }, p2],
    };
    const svg = phaseFlow(hostile, 'en').value;
    expect(wellFormed(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    // The title's lines come first, then the task count: joined again, they are the title whole.
    const all = texts(svg);
    const title = all.slice(0, all.indexOf('2 tasks'));
    expect(title.length).toBeGreaterThan(2);
    const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    expect(unescape(title.join(' '))).toBe(`1. ${long}`);
  });

  it('grows with the plan: n phases give n boxes, n gates and 2n − 1 arrows, and stay well-formed (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 9 }), (titles) => {
        const many: Plan = {
          ...plan,
          phases: titles.map((t, i) => ({
            ...p1,
            id: `p${i}`,
            title: { en: t, zh: t },
            gate: gate(`g${i}`, t, i),
          })),
        };
        const svg = phaseFlow(many, 'en').value;
        const n = titles.length;
        return (
          wellFormed(svg) &&
          count(svg, /class="flow-phase"/g) === n &&
          count(svg, /class="flow-gate[ "]/g) === n &&
          count(svg, /class="flow-link"/g) === 2 * n - 1
        );
      }),
    );
  });
});
