/**
 * Live AHP: every pair of vendor criteria as a room question, each participant who judged
 * all pairs as one assessor of the multi-assessor AHP, the group's consensus (Goepel's
 * entropy-based indicator), and the record that `crmkit validate` accepts. Expectations by
 * hand in the comments.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { run } from '../../src/cli/main.ts';
import { ahpConsensus, consensusBand, entropy, minimumAlphaDiversity } from '../../src/core/decide/ahp-consensus.ts';
import { criterionWeights } from '../../src/core/decide/weights.ts';
import { checkVote } from '../../src/core/live/messages.ts';
import {
  isPairRoom,
  liveAssessors,
  liveWeights,
  pairIntensity,
  pairJudgement,
  pairQuestions,
  recordLiveWeights,
} from '../../src/core/live/pairwise.ts';
import {
  closeQuestion,
  openQuestion,
  readRoom,
  setUpRoom,
  startSecondRound,
  writeParticipant,
  writeVote,
} from '../../src/core/live/room-doc.ts';
import type { LiveVote } from '../../src/core/live/state.ts';
import { liveQuestionRoom, participantView } from '../../src/core/live/tally.ts';
import { engagementToYaml } from '../../src/core/workshop/import-export.ts';
import { pairWords } from '../../src/i18n/live-pairs.ts';
import type { AhpAssessor, Engagement, Framework } from '../../src/schemas/generated/types.ts';
import { sample, shippedFramework } from './assess-helpers.ts';

describe('Goepel’s AHP consensus indicator', () => {
  test('hand cases: the same weights agree fully; opposite extremes not at all; one in between', () => {
    // Dα,min for 2 criteria: priorities 9/10 and 1/10, H = 0.9·ln(1/0.9) + 0.1·ln 10 = 0.325083, e^H = 1.384145.
    expect(minimumAlphaDiversity(2)).toBeCloseTo(1.384145, 6);
    expect(
      ahpConsensus([
        [0.6, 0.4],
        [0.6, 0.4],
        [0.6, 0.4],
      ])?.value,
    ).toBeCloseTo(1, 12);
    // (0.9, 0.1) against (0.1, 0.9): Hα = 0.325083, Hγ = ln 2, 1/Dβ = 1.384145/2 = Dα,min/n, so S* = 0.
    expect(
      ahpConsensus([
        [0.9, 0.1],
        [0.1, 0.9],
      ])?.value,
    ).toBeCloseTo(0, 12);
    // (0.75, 0.25) and (0.5, 0.5): Hα = (0.562335 + 0.693147)/2 = 0.627741; pooled (0.625, 0.375),
    // Hγ = 0.661563; 1/Dβ = e^(−0.033822) = 0.966743; S* = (0.966743 − 0.692073)/(1 − 0.692073) = 0.8920.
    const between = ahpConsensus([
      [0.75, 0.25],
      [0.5, 0.5],
    ]);
    expect(between?.value).toBeCloseTo(0.892, 4);
    expect(between?.band).toBe('very-high');
    expect(entropy([0.75, 0.25])).toBeCloseTo(0.562335, 6);
  });

  test('one assessor or one criterion says nothing', () => {
    expect(ahpConsensus([[0.5, 0.5]])).toBeUndefined();
    expect(ahpConsensus([[1], [1]])).toBeUndefined();
  });

  test('Goepel’s word scale at its bounds', () => {
    expect([0.49, 0.5, 0.625, 0.75, 0.875, 1].map(consensusBand)).toEqual([
      'very-low',
      'low',
      'moderate',
      'high',
      'very-high',
      'very-high',
    ]);
  });

  // Priorities as AHP gives them: from judgements on the 1–9 scale, so never beyond Dα,min.
  const weightsOf = (n: number) =>
    fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n }).map((raw) => {
      const total = raw.reduce((s, x) => s + x, 0);
      return raw.map((x) => x / total);
    });

  test('property: between 0 and 1, the same for any order of the assessors, 1 when all agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((n) => fc.array(weightsOf(n), { minLength: 2, maxLength: 8 })),
        (group) => {
          const c = ahpConsensus(group);
          if (!c) return false;
          const reversed = ahpConsensus([...group].reverse());
          const same = ahpConsensus(group.map(() => group[0] ?? []));
          return (
            c.value >= 0 &&
            c.value <= 1 &&
            Math.abs((reversed?.value ?? -1) - c.value) < 1e-12 &&
            Math.abs((same?.value ?? 0) - 1) < 1e-12
          );
        },
      ),
    );
  });

  test('the vendor weights carry it from two assessors on', () => {
    const framework = shippedFramework('vendor-selection');
    const [a, b] = framework.elements.map((e) => e.id);
    if (!a || !b) throw new Error('too few criteria');
    const [pair, ...pairs] = framework.elements.flatMap((x, i) =>
      framework.elements.slice(i + 1).map((y) => ({ a: x.id, b: y.id, value: 1 })),
    );
    if (!pair) throw new Error('no pairs');
    const equal: AhpAssessor['judgements'] = [pair, ...pairs];
    const one = criterionWeights(framework, { weighting: 'ahp', assessors: [{ judgements: equal }] });
    expect(one.ahp?.consensus).toBeUndefined();
    const two = criterionWeights(framework, {
      weighting: 'ahp',
      assessors: [{ judgements: equal }, { judgements: equal }],
    });
    expect(two.ahp?.consensus?.value).toBeCloseTo(1, 12);
  });
});

describe('a pair of criteria as a room question', () => {
  const framework = shippedFramework('vendor-selection');
  const questions = pairQuestions(framework, (a, b) => pairWords(framework, a, b));

  test('every pair once, in framework order, on the questionnaire’s row 9 7 5 3 1 3 5 7 9', () => {
    const n = framework.elements.length;
    expect(questions).toHaveLength((n * (n - 1)) / 2);
    expect(questions[0]?.id).toBe('pair-1-2');
    expect(questions.at(-1)?.id).toBe(`pair-${n - 1}-${n}`);
    expect(new Set(questions.map((q) => `${q.pair?.a}|${q.pair?.b}`)).size).toBe(questions.length);
    const first = questions[0];
    expect(first?.scale).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(first?.words?.points.map((p) => p.number)).toEqual(['9', '7', '5', '3', '1', '3', '5', '7', '9']);
    expect(first?.words?.na).toBe(false);
    const [fa, fb] = framework.elements;
    expect(first?.words?.points[0]?.label.en).toBe(`${fa?.title.en}: extremely more important`);
    expect(first?.words?.points[8]?.label.zh).toBe(`${fb?.title.zh}比${fa?.title.zh}极端重要`);
    expect(first?.words?.points[4]?.label.zh).toBe('同等重要');
  });

  test('a position is the file’s judgement, the criterion judged more important first', () => {
    const pair = { a: 'x', b: 'y' };
    expect([-4, -3, -2, -1, 0, 1, 2, 3, 4].map(pairIntensity)).toEqual([9, 7, 5, 3, 1, 3, 5, 7, 9]);
    expect(pairJudgement(pair, -4)).toEqual({ a: 'x', b: 'y', value: 9 });
    expect(pairJudgement(pair, 0)).toEqual({ a: 'x', b: 'y', value: 1 });
    expect(pairJudgement(pair, 3)).toEqual({ a: 'y', b: 'x', value: 7 });
  });

  test('the server refuses "not applicable" and values off the row', () => {
    const doc = new Y.Doc();
    setUpRoom(doc, { framework: framework.id, anonymous: false, questions });
    openQuestion(doc, 'pair-1-2');
    const q = readRoom(doc).questions[0];
    const v = (value: LiveVote['value']): LiveVote => ({
      participant: 'p',
      question: 'pair-1-2',
      round: 1,
      value,
      id: 'vote-0001',
      seq: 1,
    });
    expect(checkVote(v('na'), q, true)).toBe('off-scale');
    expect(checkVote(v(5), q, true)).toBe('off-scale');
    expect(checkVote(v(-4), q, true)).toBeUndefined();
  });

  test('the pair survives the document, its pacing and the phones’ view', () => {
    const doc = new Y.Doc();
    setUpRoom(doc, { framework: framework.id, anonymous: true, questions });
    openQuestion(doc, 'pair-1-2');
    closeQuestion(doc, 'pair-1-2');
    startSecondRound(doc, 'pair-1-2');
    const room = readRoom(doc);
    expect(isPairRoom(room)).toBe(true);
    expect(room.questions[0]).toMatchObject({ pair: questions[0]?.pair, round: 2, phase: 'open' });
    expect(participantView(room).questions[0]?.words?.points[0]?.number).toBe('9');
    // The distribution takes its labels from the words: the framework has no such question.
    const pairQuestion = room.questions[0];
    if (!pairQuestion) throw new Error('no question');
    const summary = liveQuestionRoom(room, framework, { ...pairQuestion, round: 1 });
    expect(summary.scale?.points.map((p) => p.value)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
  });
});

describe('the room’s judgements become the engagement’s AHP assessors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crmkit-live-pairs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const framework = shippedFramework('vendor-selection');
  const questions = pairQuestions(framework, (a, b) => pairWords(framework, a, b));
  let seq = 0;

  /** Anna: functional fit (1st) 9× every other criterion, the rest equal; Bo: every pair equal; Cy: only the first pair. */
  function judgedRoom(anonymous: boolean) {
    const doc = new Y.Doc();
    setUpRoom(doc, { framework: framework.id, anonymous, questions });
    writeParticipant(doc, { id: 'anna', name: 'Anna <script>' });
    writeParticipant(doc, { id: 'bo', name: '李雷' });
    writeParticipant(doc, { id: 'cy' });
    for (const q of questions) {
      openQuestion(doc, q.id);
      const cast = (participant: string, value: number) =>
        writeVote(doc, { participant, question: q.id, round: 1, value, id: `v-${participant}-${q.id}`, seq: ++seq });
      cast('anna', q.pair?.a === framework.elements[0]?.id ? -4 : 0);
      cast('bo', 0);
      if (q.id === 'pair-1-2') cast('cy', 2);
      closeQuestion(doc, q.id);
    }
    return doc;
  }

  test('who judged every pair counts; who did not is listed; names only in a named room', () => {
    const named = liveAssessors(readRoom(judgedRoom(false)));
    expect(named.complete.map((a) => a.name)).toEqual(['Anna <script>', '李雷']);
    expect(named.incomplete).toEqual([{ participant: 'cy', judged: 1 }]);
    expect(named.complete[0]?.judgements[0]).toEqual({ a: 'functional-fit', b: 'technical-architecture', value: 9 });
    const anonymous = liveAssessors(readRoom(judgedRoom(true)));
    expect(anonymous.complete.every((a) => a.name === undefined)).toBe(true);
  });

  test('hand case: weights, consistency and agreement as the file would give them', () => {
    const room = readRoom(judgedRoom(false));
    const weights = liveWeights(framework, room);
    // Anna alone: functional fit 9 against each of 4 equal criteria is perfectly consistent:
    // w = (9, 1, 1, 1, 1)/13. Bo: all equal, w = 1/5 each. Combined row of functional fit: 3 (√9), others 1.
    expect(weights.ahp?.assessors[0]?.result.priorities[0]).toBeCloseTo(9 / 13, 9);
    expect(weights.ahp?.assessors[0]?.result.consistencyRatio).toBeCloseTo(0, 9);
    expect(weights.weights?.[0]).toBeCloseTo(3 / 7, 9);
    expect(weights.weights?.[1]).toBeCloseTo(1 / 7, 9);
    expect(weights.ahp?.consensus?.value).toBeGreaterThan(0);
    expect(weights.ahp?.consensus?.value).toBeLessThan(1);
    expect(weights).toEqual(criterionWeights(framework, { weighting: 'ahp', assessors: liveAssessors(room).complete }));
  });

  test('a second round replaces the first where the participant revised, and only there', () => {
    const doc = judgedRoom(false);
    startSecondRound(doc, 'pair-1-2');
    writeVote(doc, { participant: 'anna', question: 'pair-1-2', round: 2, value: -1, id: 'v-anna-r2', seq: ++seq });
    closeQuestion(doc, 'pair-1-2');
    const { complete } = liveAssessors(readRoom(doc));
    expect(complete[0]?.judgements[0]).toEqual({ a: 'functional-fit', b: 'technical-architecture', value: 3 });
    expect(complete[1]?.judgements[0]).toEqual({ a: 'functional-fit', b: 'technical-architecture', value: 1 });
  });

  test('not while a pair is open, nor for another framework or a room of framework questions', () => {
    const doc = judgedRoom(false);
    openQuestion(doc, 'pair-1-2');
    const engagement = sample('sony-china-after-sales');
    expect(recordLiveWeights(engagement, framework, readRoom(doc), '2026-05-01')).toEqual({
      ok: false,
      reason: 'still-open',
    });
    const other = shippedFramework('mckinsey-7s');
    expect(recordLiveWeights(engagement, other, readRoom(doc), '2026-05-01')).toMatchObject({
      reason: 'other-framework',
    });
    const empty = new Y.Doc();
    setUpRoom(empty, { framework: framework.id, anonymous: false, questions: [] });
    expect(recordLiveWeights(engagement, framework, readRoom(empty), '2026-05-01')).toMatchObject({
      reason: 'not-pairs',
    });
  });

  test.each([false, true])('anonymous %s: recorded, exported, and crmkit validate passes', (anonymous) => {
    const engagement = { ...sample('sony-china-after-sales'), id: 'sony-live-pairs' };
    const r = recordLiveWeights(engagement, framework, readRoom(judgedRoom(anonymous)), '2026-05-01');
    if (!r.ok) throw new Error(r.reason);
    expect(r.assessors).toBe(2);
    expect(r.engagement.vendorSelection?.weighting).toBe('ahp');
    expect(r.engagement.vendorSelection?.assessors).toHaveLength(2);
    // What the file had besides the weighting stays.
    expect(r.engagement.vendorSelection?.chosen).toBe(engagement.vendorSelection?.chosen);
    const file = join(dir, `pairs-${String(anonymous)}.yaml`);
    writeFileSync(file, engagementToYaml(r.engagement));
    const validated = run(['validate', file]);
    expect(validated.stdout).toContain('no problems');
    expect(validated.exitCode).toBe(0);
  });

  test('a client’s own three criteria: three pairs, and the file names that framework', () => {
    // A framework no sample has: the first three shipped criteria under the client's own id.
    const [c1, c2, c3] = framework.elements;
    if (!c1 || !c2 || !c3) throw new Error('the shipped vendor criteria number three or more');
    const own: Framework = { ...framework, id: 'kowalski-criteria', elements: [c1, c2, c3] };
    const three = pairQuestions(own, (a, b) => pairWords(own, a, b));
    expect(three.map((q) => q.id)).toEqual(['pair-1-2', 'pair-1-3', 'pair-2-3']);
    const doc = new Y.Doc();
    setUpRoom(doc, { framework: own.id, anonymous: true, questions: three });
    writeParticipant(doc, { id: 'p1' });
    writeParticipant(doc, { id: 'p2' });
    // Both: A 3× B, A 3× C, B = C. A perfectly consistent matrix: w = (3, 1, 1)/5.
    const votes: Record<string, number> = { 'pair-1-2': -1, 'pair-1-3': -1, 'pair-2-3': 0 };
    for (const q of three) {
      openQuestion(doc, q.id);
      for (const participant of ['p1', 'p2'])
        writeVote(doc, {
          participant,
          question: q.id,
          round: 1,
          value: votes[q.id] ?? 0,
          id: `${participant}-${q.id}`,
          seq: ++seq,
        });
      closeQuestion(doc, q.id);
    }
    const room = readRoom(doc);
    const weights = liveWeights(own, room);
    expect(weights.weights).toHaveLength(3);
    expect(weights.weights?.[0]).toBeCloseTo(3 / 5, 9);
    expect(weights.weights?.[1]).toBeCloseTo(1 / 5, 9);
    expect(weights.ahp?.consensus?.value).toBeCloseTo(1, 9);
    // A blank engagement from the workshop: a Polish cold-chain firm, nothing weighed yet.
    const engagement: Engagement = {
      kind: 'engagement',
      schemaVersion: sample('sony-china-after-sales').schemaVersion,
      id: 'kowalski-cold-chain',
      title: 'Chłodnia CRM',
      client: { name: 'Kowalski Chłodnie', industry: 'Cold-chain logistics', size: 'medium', currency: 'PLN' },
    };
    const r = recordLiveWeights(engagement, own, room, '2026-12-07');
    if (!r.ok) throw new Error(r.reason);
    expect(r.engagement.vendorSelection).toEqual({
      framework: 'kowalski-criteria',
      weighting: 'ahp',
      assessors: liveAssessors(room).complete,
    });
    expect(r.engagement.vendorSelection?.assessors?.[0]?.judgements).toEqual([
      { a: own.elements[0]?.id, b: own.elements[1]?.id, value: 3 },
      { a: own.elements[0]?.id, b: own.elements[2]?.id, value: 3 },
      { a: own.elements[1]?.id, b: own.elements[2]?.id, value: 1 },
    ]);
  });
});
