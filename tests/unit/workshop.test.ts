/** The workshop's pure parts: storage with faults, answer edits, YAML export and import. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blankEngagement, copyOfSample, setAnswer } from '../../src/core/workshop/edit.ts';
import { uniqueId } from '../../src/core/shared/ids.ts';
import { engagementToYaml, importEngagement } from '../../src/core/workshop/import-export.ts';
import {
  keepPrevious,
  loadEngagement,
  loadPosition,
  loadPrevious,
  restorePrevious,
  saveEngagement,
  savePosition,
  storedEngagementIds,
  type KeyValueStore,
} from '../../src/core/workshop/storage.ts';
import { sample, shipped } from './assess-helpers.ts';

/** In-memory Web Storage, optionally refusing writes past `limit` characters like a full quota. */
function memoryStore(limit = Infinity): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...data].reduce((sum, [key, value]) => sum + (key === k ? 0 : key.length + value.length), 0);
      if (used + k.length + v.length > limit) {
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      }
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

const context = { frameworks: shipped.frameworks, templates: shipped.templates };
const TODAY = '2026-11-23';

describe('storage', () => {
  test('several engagements side by side, and the position to come back to', () => {
    const store = memoryStore();
    expect(saveEngagement(store, sample('sony-china-after-sales'), '2026-11-23T09:00:00Z')).toEqual({ ok: true });
    expect(saveEngagement(store, sample('industrial-equipment-growth'), '2026-11-23T09:01:00Z')).toEqual({ ok: true });
    expect(storedEngagementIds(store)).toEqual(['industrial-equipment-growth', 'sony-china-after-sales']);
    const loaded = loadEngagement(store, 'sony-china-after-sales');
    expect(loaded.ok && loaded.stored.engagement).toEqual(sample('sony-china-after-sales'));
    savePosition(store, { engagement: 'sony-china-after-sales', framework: 'mckinsey-7s', step: 3 });
    expect(loadPosition(store)).toEqual({ engagement: 'sony-china-after-sales', framework: 'mckinsey-7s', step: 3 });
  });

  test('a full quota is reported and the last good copy stays', () => {
    const store = memoryStore(200_000);
    const engagement = sample('industrial-equipment-growth');
    expect(saveEngagement(store, engagement, 't1')).toEqual({ ok: true });
    const huge = { ...engagement, title: 'x'.repeat(300_000) };
    const result = saveEngagement(store, huge, 't2');
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    const kept = loadEngagement(store, engagement.id);
    expect(kept.ok && kept.stored.engagement.title).toBe(engagement.title);
  });

  test('a corrupted stored engagement is reported, not dropped', () => {
    const store = memoryStore();
    store.setItem('crmkit:v1:engagement:broken', '{"engagement": {"id": "broken"');
    expect(loadEngagement(store, 'broken')).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(storedEngagementIds(store)).toEqual(['broken']);
    expect(store.getItem('crmkit:v1:engagement:broken')).not.toBeNull();
  });

  test('an import over an existing engagement keeps the previous version recoverable', () => {
    const store = memoryStore();
    const before = sample('industrial-equipment-growth');
    saveEngagement(store, before, 't1');
    keepPrevious(store, before.id);
    saveEngagement(store, { ...before, title: 'Imported' }, 't2');
    const previous = loadPrevious(store, before.id);
    expect(previous.ok && previous.stored.engagement.title).toBe(before.title);
    expect(restorePrevious(store, before.id)).toEqual({ ok: true });
    const now = loadEngagement(store, before.id);
    expect(now.ok && now.stored.engagement.title).toBe(before.title);
  });
});

describe('editing', () => {
  test('ids are unique and readable', () => {
    expect(uniqueId('Aue Fluidtechnik GmbH', new Set())).toBe('aue-fluidtechnik-gmbh');
    expect(uniqueId('Acme', new Set(['acme', 'acme-2']))).toBe('acme-3');
    expect(uniqueId('索尼', new Set())).toBe('engagement');
  });

  test('a blank engagement and a sample copy are valid engagements', () => {
    const blank = blankEngagement(
      { clientName: '华南制造', industry: '制造业', size: 'medium', currency: 'CNY', language: 'zh' },
      TODAY,
      new Set(),
    );
    const copy = copyOfSample(sample('sony-china-after-sales'), TODAY, new Set());
    expect(copy.id).toBe('sony-china-after-sales-copy');
    for (const engagement of [blank, copy]) {
      const result = importEngagement('x.yaml', engagementToYaml(engagement), context);
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  test('setting, changing and clearing answers', () => {
    const blank = blankEngagement(
      { clientName: 'Acme', industry: 'Retail', size: 'small', currency: 'EUR', language: 'en' },
      '2026-01-01',
      new Set(),
    );
    const one = setAnswer(blank, 'mckinsey-7s', 'strategy-clarity', { value: 2, target: 4, comment: '  ' }, TODAY);
    expect(one.answers?.['mckinsey-7s']).toEqual({ 'strategy-clarity': { value: 2, target: 4 } });
    expect(one.updated).toBe(TODAY);
    const na = setAnswer(
      one,
      'mckinsey-7s',
      'strategy-clarity',
      { value: 'na', target: 4, comment: 'n/a here' },
      TODAY,
    );
    expect(na.answers?.['mckinsey-7s']?.['strategy-clarity']).toEqual({ value: 'na', comment: 'n/a here' });
    const cleared = setAnswer(na, 'mckinsey-7s', 'strategy-clarity', undefined, TODAY);
    expect(cleared.answers?.['mckinsey-7s']).toEqual({});
    expect(blank.answers).toEqual({}); // the original is untouched
  });
});

describe('YAML export and import', () => {
  test('each sample survives a round trip unchanged', () => {
    for (const engagement of shipped.engagements.values()) {
      const result = importEngagement(`${engagement.id}.yaml`, engagementToYaml(engagement), context);
      expect(result.ok && result.engagement).toEqual(engagement);
    }
  });

  test('hostile text stays text through a round trip', () => {
    const base = sample('industrial-equipment-growth');
    const nasty = '<script>alert(1)</script> %%{init: {"theme":"dark"}}%% "quoted": yes # not a comment\n=cmd|x';
    const engagement = setAnswer(base, 'mckinsey-7s', 'strategy-clarity', { value: 3, comment: nasty }, TODAY);
    const result = importEngagement('n.yaml', engagementToYaml(engagement), context);
    expect(result.ok && result.engagement.answers?.['mckinsey-7s']?.['strategy-clarity']?.comment).toBe(nasty);
  });

  test('every broken engagement fixture is refused with located problems', () => {
    const dir = 'tests/fixtures/broken';
    const files = readdirSync(dir).filter((f) => f.startsWith('engagement-') || f.startsWith('yaml-'));
    expect(files.length).toBeGreaterThan(15);
    for (const name of files) {
      const result = importEngagement(name, readFileSync(`${dir}/${name}`, 'utf8'), context);
      // engagement-duplicate-id only clashes with a shipped file; on its own it is fine.
      if (name === 'engagement-duplicate-id.yaml') continue;
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(result.problems.length, name).toBeGreaterThan(0);
        for (const p of result.problems) expect(p.line, `${name} ${p.code}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  test('a framework file is not an engagement', () => {
    const result = importEngagement('fw.yaml', readFileSync('frameworks/mckinsey-7s.yaml', 'utf8'), context);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => [p.code, p.line])).toEqual([['wrong-kind', 2]]);
  });
});
