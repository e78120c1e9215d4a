/** A workshop room: participants' answers compared per question, and the agreed answer recorded with its evidence. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/i18n/messages.ts';
import { engagementToYaml, importEngagement } from '../../src/core/workshop/import-export.ts';
import {
  disagreementThreshold,
  discussionOrder,
  frameworkRoom,
  participantFromFile,
  questionRoom,
  recordAgreed,
  refuseParticipant,
  type RoomParticipant,
} from '../../src/core/workshop/room.ts';
import { loadRoom, saveRoom } from '../../src/core/workshop/room-storage.ts';
import type { Engagement, Scale } from '../../src/schemas/generated/types.ts';
import { sample, shipped, shippedFramework } from './assess-helpers.ts';

const context = { frameworks: shipped.frameworks, templates: shipped.templates };
const sevenS = shippedFramework('mckinsey-7s');
const maturity = sevenS.scales?.find((s) => s.id === 'maturity-5');
if (!maturity) throw new Error('no maturity-5 scale');

function scaleOf(values: number[]): Scale {
  return {
    id: 's',
    title: { en: 's', zh: 's' },
    points: values.map((value) => ({ value, label: { en: `${value}`, zh: `${value}` } })),
  } as Scale;
}

function fixture(name: string): Engagement {
  const file = `tests/fixtures/room/${name}.yaml`;
  const result = importEngagement(file, readFileSync(file, 'utf8'), context);
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'));
  return result.engagement;
}

const files = ['participant-anna', 'participant-anonymous', 'participant-li'];
const room = () => files.map((f) => participantFromFile(fixture(f), `${f}.yaml`));
const participant = (values: (number | 'na' | undefined)[], name?: string): RoomParticipant[] =>
  values.map((value, i) => ({
    ...(name ? { name: `${name} ${i}` } : {}),
    source: `p${i}`,
    answers: value === undefined ? {} : { fw: { q: { value } } },
  }));

describe('per question', () => {
  test('the three fixture files: distribution, mean, median, spread by hand', () => {
    const questions = frameworkRoom(sevenS, room());
    const clarity = questions.find((q) => q.question === 'strategy-clarity');
    // Votes 2, 4, 3: mean 3, median 3, spread 2 → a discussion prompt on 1–5.
    expect(clarity?.distribution).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 1 },
      { value: 3, count: 1 },
      { value: 4, count: 1 },
      { value: 5, count: 0 },
    ]);
    expect([clarity?.mean, clarity?.median, clarity?.spread, clarity?.disagree]).toEqual([3, 3, 2, true]);
    expect(clarity?.votes.map((v) => v.name)).toEqual(['Anna Keller', undefined, 'Li Wei']);

    // 5, 3, na: the na is counted apart; mean 4, median 4, spread 2.
    const ownership = questions.find((q) => q.question === 'structure-customer-ownership');
    expect([ownership?.na, ownership?.mean, ownership?.median, ownership?.spread]).toEqual([1, 4, 4, 2]);
    // 3, (unanswered), 2
    const team = questions.find((q) => q.question === 'structure-crm-team');
    expect([team?.unanswered, team?.mean, team?.median, team?.spread, team?.disagree]).toEqual([1, 2.5, 2.5, 1, false]);
    // Not answered by anyone: no statistics, no prompt.
    const unasked = questions.find((q) => q.question === 'systems-information');
    expect([unasked?.votes.length, unasked?.mean, unasked?.spread, unasked?.disagree]).toEqual([
      0,
      undefined,
      undefined,
      false,
    ]);

    expect(questions.filter((q) => q.disagree).map((q) => q.question)).toEqual([
      'strategy-clarity',
      'strategy-environment',
      'structure-customer-ownership',
    ]);
    // Prompts first, largest spread first (1, 5, 3 → 4; ties stay in framework order), then the rest.
    expect(
      discussionOrder(questions)
        .slice(0, 4)
        .map((q) => q.question),
    ).toEqual(['strategy-environment', 'strategy-clarity', 'structure-customer-ownership', 'strategy-position']);
  });

  test('the median of an even count is the mean of the middle two', () => {
    const q = questionRoom('e', 'q', maturity, 'fw', participant([1, 5, 2, 4]));
    expect([q.median, q.mean, q.spread]).toEqual([3, 3, 4]);
  });

  test('the threshold is half the scale range, rounded up', () => {
    expect(disagreementThreshold(maturity)).toBe(2);
    expect(disagreementThreshold(scaleOf([1, 2, 3]))).toBe(1);
    expect(disagreementThreshold(scaleOf([1, 2, 3, 4, 5, 6, 7]))).toBe(3);
    expect(disagreementThreshold(scaleOf([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toBe(5);
    expect(disagreementThreshold(undefined)).toBe(1);
    // 3 and 1 on 1–5 differ by 2: flagged; 3 and 2 are not.
    expect(questionRoom('e', 'q', maturity, 'fw', participant([3, 1])).disagree).toBe(true);
    expect(questionRoom('e', 'q', maturity, 'fw', participant([3, 2])).disagree).toBe(false);
  });

  test('a single vote never disagrees; all "not applicable" has no statistics', () => {
    expect(questionRoom('e', 'q', maturity, 'fw', participant([5])).disagree).toBe(false);
    const allNa = questionRoom('e', 'q', maturity, 'fw', participant(['na', 'na']));
    expect([allNa.na, allNa.mean, allNa.median, allNa.spread, allNa.disagree]).toEqual([
      2,
      undefined,
      undefined,
      undefined,
      false,
    ]);
  });
});

describe('properties', () => {
  const votes = fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('na' as const), fc.constant(undefined)), {
    minLength: 1,
    maxLength: 12,
  });

  test('median and mean lie between min and max, spread ≥ 0, counts sum to the participants', () => {
    fc.assert(
      fc.property(votes, (values) => {
        const q = questionRoom('e', 'q', maturity, 'fw', participant(values));
        const numbers = values.filter((v): v is number => typeof v === 'number');
        const counted = q.distribution.reduce((sum, d) => sum + d.count, 0);
        expect(counted + q.na + q.unanswered).toBe(values.length);
        expect(counted).toBe(numbers.length);
        if (numbers.length === 0) return;
        const [min, max] = [Math.min(...numbers), Math.max(...numbers)];
        expect(q.median).toBeGreaterThanOrEqual(min);
        expect(q.median).toBeLessThanOrEqual(max);
        expect(q.mean).toBeGreaterThanOrEqual(min);
        expect(q.mean).toBeLessThanOrEqual(max);
        expect(q.spread).toBeGreaterThanOrEqual(0);
        expect(q.disagree).toBe((q.spread ?? 0) >= 2);
      }),
    );
  });

  test('anonymity: when no file carries a name, no name appears in the room or the saved evidence', () => {
    fc.assert(
      fc.property(votes, (values) => {
        const q = questionRoom('e', 'q', maturity, 'fw', participant(values));
        expect(q.votes.every((v) => v.name === undefined)).toBe(true);
        const base = { ...sample('industrial-equipment-growth'), answers: {} };
        const saved = recordAgreed(base, 'fw', q, 3, '2026-04-01');
        expect(saved.answers?.['fw']?.['q']?.room?.votes.every((v) => v.participant === undefined) ?? true).toBe(true);
      }),
    );
  });
});

describe('recording the agreed answer', () => {
  test('becomes the answer, keeps target, comment and by, and carries the votes as evidence', () => {
    const engagement = sample('industrial-equipment-growth');
    const clarity = frameworkRoom(sevenS, room()).find((q) => q.question === 'strategy-clarity');
    if (!clarity) throw new Error('no question');
    const saved = recordAgreed(engagement, 'mckinsey-7s', clarity, 3, '2026-04-01');
    const answer = saved.answers?.['mckinsey-7s']?.['strategy-clarity'];
    expect(answer?.value).toBe(3);
    expect(answer?.target).toBe(4);
    expect(answer?.by).toBe('maue');
    expect(answer?.comment).toContain('growth plan 2030');
    expect(answer?.room).toEqual({
      date: '2026-04-01',
      votes: [{ participant: 'Anna Keller', value: 2 }, { value: 4 }, { participant: 'Li Wei', value: 3 }],
      mean: 3,
      median: 3,
      spread: 2,
    });
    // The rest of the engagement is untouched, and the original is not mutated.
    expect(saved.answers?.['mckinsey-7s']?.['strategy-position']).toEqual(
      engagement.answers?.['mckinsey-7s']?.['strategy-position'],
    );
    expect(engagement.answers?.['mckinsey-7s']?.['strategy-clarity']?.room).toBeUndefined();

    // The file round-trips through YAML and the full loader with the evidence.
    const back = importEngagement('saved.yaml', engagementToYaml(saved), context);
    expect(back.ok ? back.engagement.answers?.['mckinsey-7s']?.['strategy-clarity']?.room : back.problems).toEqual(
      answer?.room,
    );
  });

  test('the mean is kept to two decimals', () => {
    const q = questionRoom('e', 'q', maturity, 'fw', participant([1, 1, 2]));
    const saved = recordAgreed(sample('industrial-equipment-growth'), 'fw', q, 1, '2026-04-01');
    expect(saved.answers?.['fw']?.['q']?.room?.mean).toBe(1.33);
  });

  test('a vote off the scale in a saved file is reported at its place', () => {
    const engagement = structuredClone(sample('industrial-equipment-growth'));
    const answer = engagement.answers?.['mckinsey-7s']?.['strategy-position'];
    if (!answer) throw new Error('no answer');
    answer.room = { date: '2026-04-01', votes: [{ value: 3 }, { value: 9 }] };
    const result = importEngagement('broken.yaml', engagementToYaml(engagement), context);
    expect(result.ok ? [] : result.problems.map((p) => p.pointer)).toEqual([
      '/answers/mckinsey-7s/strategy-position/room/votes/1/value',
    ]);
  });
});

describe('participant files', () => {
  test('same id or same client is accepted; another client or the same file twice is refused', () => {
    const facilitator = { ...sample('industrial-equipment-growth'), id: 'industrial-equipment-growth-copy' };
    const present = [participantFromFile(fixture('participant-anna'), 'participant-anna.yaml')];
    expect(refuseParticipant(facilitator, fixture('participant-li'), 'participant-li.yaml', present)).toBeUndefined();
    expect(refuseParticipant(facilitator, fixture('other-client'), 'other-client.yaml', present)).toBe(
      'other-engagement',
    );
    expect(refuseParticipant(facilitator, fixture('participant-anna'), 'participant-anna.yaml', present)).toBe(
      'duplicate',
    );
  });

  test('named only by the participant field', () => {
    expect(participantFromFile(fixture('participant-anonymous'), 'participant-anonymous.yaml').name).toBeUndefined();
    expect(participantFromFile(fixture('participant-li'), 'x.yaml').name).toBe('Li Wei');
  });

  test('stored participants come back; a damaged entry reads as none', () => {
    const data = new Map<string, string>();
    const store = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
      key: (i: number) => [...data.keys()][i] ?? null,
      get length() {
        return data.size;
      },
    };
    expect(saveRoom(store, 'x', room())).toEqual({ ok: true });
    expect(loadRoom(store, 'x')).toEqual(room());
    data.set('crmkit:v1:room:x', '{not json');
    expect(loadRoom(store, 'x')).toEqual([]);
  });
});
