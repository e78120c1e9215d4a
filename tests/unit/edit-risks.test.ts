/** Editing the risk register: every result must still validate, and nothing else changes. */
import { describe, expect, test } from 'vitest';
import { checkEngagement } from '../../src/core/check/engagement-checks.ts';
import { riskFramework } from '../../src/core/risk/register.ts';
import { starterRisks } from '../../src/core/risk/starter.ts';
import { addRiskCategory, addRisks, removeRisk, updateRisk } from '../../src/core/workshop/edit-risks.ts';
import { blankEngagement } from '../../src/core/workshop/edit.ts';
import { shipped } from './assess-helpers.ts';

const framework = riskFramework(shipped.frameworks.values());
if (!framework) throw new Error('no risk framework');
const context = { frameworks: shipped.frameworks, templates: shipped.templates };
const TODAY = '2026-11-23';
const blank = blankEngagement(
  { clientName: 'Acme', industry: 'Retail', size: 'small', currency: 'EUR', language: 'en' },
  '2026-11-01',
  new Set(),
);

describe('risk register edits', () => {
  test('accepting every starter risk gives a register that validates', () => {
    const starters = starterRisks(framework, 'en').map((s) => s.risk);
    const next = addRisks(blank, starters, TODAY);
    expect(next.risks).toHaveLength(starters.length);
    expect(next.updated).toBe(TODAY);
    expect(checkEngagement(next, context)).toEqual([]);
  });

  test('ids stay unique when the same risk is added twice', () => {
    const [first] = starterRisks(framework, 'en').map((s) => s.risk);
    if (!first) throw new Error('no starter');
    const next = addRisks(addRisks(blank, [first], TODAY), [first], TODAY);
    expect(next.risks?.map((r) => r.id)).toEqual([first.id, `${first.id}-2`]);
  });

  test('updates change only the risk named; empty optional fields are dropped; an empty title is refused', () => {
    const [a, b] = starterRisks(framework, 'en').map((s) => s.risk);
    if (!a || !b) throw new Error('no starters');
    const start = addRisks(blank, [a, b], TODAY);
    const next = updateRisk(start, a.id, { likelihood: 5, mitigation: '', residualImpact: 2 }, TODAY);
    expect(next.risks?.[0]).toMatchObject({ likelihood: 5, residualImpact: 2 });
    expect(next.risks?.[0]).not.toHaveProperty('mitigation');
    expect(next.risks?.[1]).toEqual(start.risks?.[1]);
    expect(updateRisk(next, a.id, { title: '  ' }, TODAY)).toBe(next);
    expect(updateRisk(next, 'no-such-risk', { likelihood: 1 }, TODAY)).toBe(next);
  });

  test('removing a risk leaves the rest in order', () => {
    const starters = starterRisks(framework, 'en')
      .slice(0, 3)
      .map((s) => s.risk);
    const next = removeRisk(addRisks(blank, starters, TODAY), starters[1]?.id ?? '', TODAY);
    expect(next.risks?.map((r) => r.id)).toEqual([starters[0]?.id, starters[2]?.id]);
  });

  test('a category of the client’s own gets a fresh id and validates when used', () => {
    const taken = new Set(framework.elements.map((e) => e.id));
    const added = addRiskCategory(blank, 'Regulator', taken, TODAY);
    expect(added?.id).toBe('regulator');
    const again = addRiskCategory(added?.engagement ?? blank, 'Regulator', taken, TODAY);
    expect(again?.engagement.riskCategories).toHaveLength(1);
    const clash = addRiskCategory(blank, 'Integration', taken, TODAY);
    expect(clash?.id).toBe('integration-2');
    const withRisk = addRisks(
      added?.engagement ?? blank,
      [{ id: 'new-rules', category: 'regulator', title: 'New rules', likelihood: 2, impact: 4 }],
      TODAY,
    );
    expect(checkEngagement(withRisk, context)).toEqual([]);
    expect(addRiskCategory(blank, '   ', taken, TODAY)).toBeUndefined();
  });
});

test('the role and workstream pickers list exactly the values of the schema', async () => {
  const { ROLES, WORKSTREAMS } = await import('../../src/core/shared/roles.ts');
  const common = (await import('../../src/schemas/common.schema.json', { with: { type: 'json' } })).default as {
    $defs: { role: { enum: string[] }; workstream: { enum: string[] } };
  };
  expect([...ROLES]).toEqual(common.$defs.role.enum);
  expect([...WORKSTREAMS]).toEqual(common.$defs.workstream.enum);
});
