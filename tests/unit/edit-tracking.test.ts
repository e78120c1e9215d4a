/** Reporting task status in the workshop: status fills in dates as a project office would; bad input is refused. */
import { describe, expect, it } from 'vitest';
import { setActualDate, setPercent, setStatus } from '../../src/core/workshop/edit-tracking.ts';
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
    expect(setActualDate(pumps, 'sp-p1-budget', 'actualFinish', '2026-03-01', TODAY)).toBe(pumps); // before its start
    const cleared = setActualDate(pumps, 'sp-p2-selection', 'actualStart', '', TODAY);
    expect(cleared.tasks?.['sp-p2-selection']).not.toHaveProperty('actualStart');
    expect(
      setActualDate(pumps, 'sp-p1-budget', 'actualFinish', '2026-03-09', TODAY).tasks?.['sp-p1-budget']?.actualFinish,
    ).toBe('2026-03-09');
  });
});
