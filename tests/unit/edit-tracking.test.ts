/** Reporting task status in the workshop: status fills in dates as a project office would; bad input is refused. */
import { describe, expect, it } from 'vitest';
import {
  setActualDate,
  setGateDecision,
  setGateItem,
  setPercent,
  setStatus,
} from '../../src/core/workshop/edit-tracking.ts';
import { progressChanges } from '../../src/core/workshop/progress-changes.ts';
import { sample } from './assess-helpers.ts';

const pumps = sample('industrial-equipment-growth');
const TODAY = '2026-03-23';

describe('task status edits', () => {
  it('finishing a task keeps its start, dates its finish today and sets 100%', () => {
    const next = setStatus(pumps, 'sp-p2-sales-stages', 'done', TODAY);
    expect(next.tasks?.['sp-p2-sales-stages']).toEqual({
      status: 'done',
      percent: 100,
      actualStart: '2026-03-09',
      actualFinish: TODAY,
    });
    expect(next.updated).toBe(TODAY);
  });
  it('starting a task dates its start; reopening a done task drops its finish and 100%', () => {
    expect(setStatus(pumps, 'sp-p2-workspace', 'in-progress', TODAY).tasks?.['sp-p2-workspace']).toEqual({
      status: 'in-progress',
      actualStart: TODAY,
    });
    const reopened = setStatus(pumps, 'sp-p1-budget', 'in-progress', TODAY).tasks?.['sp-p1-budget'];
    expect(reopened).toMatchObject({ status: 'in-progress', actualStart: '2026-03-03' });
    expect(reopened).not.toHaveProperty('actualFinish');
    expect(reopened).not.toHaveProperty('percent');
  });
  it('back to not started keeps only the notes', () => {
    const next = setStatus(pumps, 'sp-p2-integration-design', 'not-started', TODAY);
    expect(Object.keys(next.tasks?.['sp-p2-integration-design'] ?? {})).toEqual(['status', 'notes']);
  });
  it('percent: 100 finishes, a value starts, 0 on work not started changes nothing but the percent, text is refused', () => {
    expect(setPercent(pumps, 'sp-p2-selection', '100', TODAY).tasks?.['sp-p2-selection']?.status).toBe('done');
    expect(setPercent(pumps, 'sp-p2-workspace', '30', TODAY).tasks?.['sp-p2-workspace']).toEqual({
      status: 'in-progress',
      actualStart: TODAY,
      percent: 30,
    });
    expect(setPercent(pumps, 'sp-p2-workspace', '0', TODAY).tasks?.['sp-p2-workspace']).toEqual({
      status: 'not-started',
      percent: 0,
    });
    for (const bad of ['', 'abc', '-1', '101']) expect(setPercent(pumps, 'sp-p2-workspace', bad, TODAY)).toBe(pumps);
  });
  it('actual dates must be real and in order; empty clears', () => {
    expect(setActualDate(pumps, 'sp-p1-budget', 'actualFinish', '2026-02-30', TODAY)).toBe(pumps);
    // Real, but outside the 1900–9999 the calendar and every output format handle.
    expect(setActualDate(pumps, 'sp-p1-budget', 'actualStart', '0000-08-01', TODAY)).toBe(pumps);
    expect(setActualDate(pumps, 'sp-p1-budget', 'actualStart', '1899-12-31', TODAY)).toBe(pumps);
    expect(setActualDate(pumps, 'sp-p1-budget', 'actualFinish', '2026-03-01', TODAY)).toBe(pumps); // before its start
    const cleared = setActualDate(pumps, 'sp-p2-selection', 'actualStart', '', TODAY);
    expect(cleared.tasks?.['sp-p2-selection']).not.toHaveProperty('actualStart');
    expect(
      setActualDate(pumps, 'sp-p1-budget', 'actualFinish', '2026-03-09', TODAY).tasks?.['sp-p1-budget']?.actualFinish,
    ).toBe('2026-03-09');
  });
});

describe('gate edits', () => {
  it('ticks checklist items on and off, and drops a gate left with nothing recorded', () => {
    const ticked = setGateItem(pumps, 'sp-g2-design', 'sp-g2-k-roles', true, TODAY);
    expect(ticked.gates?.['sp-g2-design']?.checked).toEqual([
      'sp-g2-k-risks',
      'risk-down-customisation-cost',
      'sp-g2-k-roles',
    ]);
    expect(ticked.updated).toBe(TODAY);
    const cleared = ['sp-g2-k-risks', 'risk-down-customisation-cost', 'sp-g2-k-roles'].reduce(
      (e, item) => setGateItem(e, 'sp-g2-design', item, false, TODAY),
      ticked,
    );
    expect(cleared.gates).not.toHaveProperty('sp-g2-design');
    expect(cleared.gates).toHaveProperty('sp-g1-scope');
  });
  it('dates a decision today and clears it with its date', () => {
    const go = setGateDecision(pumps, 'sp-g2-design', 'no-go', TODAY);
    expect(go.gates?.['sp-g2-design']).toMatchObject({ decision: 'no-go', decided: TODAY });
    const undone = setGateDecision(go, 'sp-g2-design', '', TODAY).gates?.['sp-g2-design'];
    expect(undone).not.toHaveProperty('decision');
    expect(undone).not.toHaveProperty('decided');
    expect(undone?.checked).toHaveLength(2);
  });
});

describe('changes since the last export', () => {
  it('lists nothing for the same engagement', () => {
    expect(progressChanges(pumps, pumps)).toEqual([]);
  });
  it('lists the task fields and gate items that differ, tasks first, in id order', () => {
    let next = setStatus(pumps, 'sp-p2-sales-stages', 'done', TODAY);
    next = setStatus(next, 'sp-p2-workspace', 'in-progress', TODAY);
    next = setGateItem(next, 'sp-g2-design', 'sp-g2-k-roles', true, TODAY);
    next = setGateItem(next, 'sp-g2-design', 'sp-g2-k-risks', false, TODAY);
    next = setGateDecision(next, 'sp-g1-scope', 'no-go', TODAY);
    expect(progressChanges(pumps, next)).toEqual([
      {
        kind: 'task',
        id: 'sp-p2-sales-stages',
        // 60% in progress → done at 100%, finished today.
        fields: ['status', 'percent', 'actualFinish'],
        before: pumps.tasks?.['sp-p2-sales-stages'],
        after: next.tasks?.['sp-p2-sales-stages'],
      },
      {
        kind: 'task',
        id: 'sp-p2-workspace',
        fields: ['status', 'actualStart'],
        before: { status: 'not-started' },
        after: { status: 'in-progress', actualStart: TODAY },
      },
      { kind: 'gate', id: 'sp-g1-scope', ticked: [], unticked: [], decision: { before: 'go', after: 'no-go' } },
      { kind: 'gate', id: 'sp-g2-design', ticked: ['sp-g2-k-roles'], unticked: ['sp-g2-k-risks'] },
    ]);
  });
  it('counts a task added or removed as a change of every field it carries', () => {
    const removed = { tasks: {} };
    const [change] = progressChanges({ tasks: { a: { status: 'done', actualFinish: '2026-03-01' } } }, removed);
    expect(change).toEqual({
      kind: 'task',
      id: 'a',
      fields: ['status', 'percent', 'actualFinish'],
      before: { status: 'done', actualFinish: '2026-03-01' },
    });
  });
});
