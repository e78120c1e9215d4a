/** Names that differ only by look-alike characters are flagged; names that merely look similar are not. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { run } from '../../src/cli/main.ts';
import { confusablePairs, confusableWith, skeleton } from '../../src/core/check/confusable-names.ts';

const FIXTURE = 'tests/fixtures/odd/confusable-names.yaml';

describe('skeleton (Unicode TR39)', () => {
  it.each([
    ['Ѕalesforce', 'Salesforce'], // Cyrillic Ѕ U+0405
    ['Sаlesfоrce', 'Salesforce'], // Cyrillic а and о
    ['Οracle', 'Oracle'], // Greek Ο
    ['Hub\u200bSpot', 'HubSpot'], // zero-width space
    ['ＳＡＰ', 'SAP'], // full-width
    ['general\u2011industry', 'general-industry'], // non-breaking hyphen
  ])('%j and %j have one skeleton', (a, b) => expect(skeleton(a)).toBe(skeleton(b)));
  it.each([
    ['Müller', 'Muller'], // an accent is visible: two names
    ['Zoho', 'Zoho CRM'],
    ['北光医药', '北光医疗'],
    ['Salesforce', 'salesforce'], // case is visible
  ])('%j and %j stay apart', (a, b) => expect(skeleton(a)).not.toBe(skeleton(b)));
});

describe('confusablePairs', () => {
  it('flags the later name once, against the first, naming the characters that differ', () => {
    const pairs = confusablePairs([
      { name: 'Salesforce', pointer: '/vendors/0/name' },
      { name: 'HubSpot', pointer: '/vendors/1/name' },
      { name: 'Ѕalesforce', pointer: '/vendors/2/name' },
      { name: 'Salesforce', pointer: '/vendors/3/name' }, // the same text: a duplicate, not a look-alike
    ]);
    expect(pairs).toEqual([
      {
        first: { name: 'Salesforce', pointer: '/vendors/0/name' },
        second: { name: 'Ѕalesforce', pointer: '/vendors/2/name' },
        differing: ['Ѕ U+0405', 'S U+0053'],
      },
    ]);
    expect(confusableWith('Hub\u200bSpot', ['Salesforce', 'HubSpot'])).toBe('HubSpot');
    expect(confusableWith('HubSpot', ['Salesforce', 'HubSpot'])).toBeUndefined();
  });
  it('property: names of letters with no ASCII look-alike are never flagged against each other', () => {
    // TR39 maps some ASCII to ASCII (rn → m, l/I/1/| alike, 0/O, vv → w): those letters are left out.
    const name = fc.stringMatching(/^[abcdefghjkpqstuxyzABCDEFGHJKPQRSTUXYZ][abcdefghjkpqstuxyz ]{0,20}$/);
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 8 }), (names) => {
        expect(confusablePairs(names.map((n, i) => ({ name: n, pointer: `/v/${i}` })))).toEqual([]);
      }),
    );
  });
  it('property: a name with one letter swapped for its Cyrillic twin is always flagged', () => {
    const twins: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у' };
    const name = fc.stringMatching(/^[A-Z][a-z]{2,12}$/).filter((n) => [...n].some((ch) => ch in twins));
    fc.assert(
      fc.property(name, fc.nat(), (plain, k) => {
        const at = [...plain].map((ch, i) => (ch in twins ? i : -1)).filter((i) => i >= 0);
        const i = at[k % at.length] ?? 0;
        const twin = plain.slice(0, i) + (twins[plain[i] ?? ''] ?? '') + plain.slice(i + 1);
        const pairs = confusablePairs([
          { name: plain, pointer: '/v/0' },
          { name: twin, pointer: '/v/1' },
        ]);
        expect(pairs.map((p) => p.second.name)).toEqual([twin]);
      }),
    );
  });
});

describe('validation', () => {
  it('warns on each look-alike vendor, segment and risk with its place, and the file stays valid', () => {
    const r = run(['validate', FIXTURE]);
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.includes('looks the same as'));
    expect(lines.map((l) => l.split('  ')[1])).toEqual(['/segments/5/name', '/vendors/2/name', '/risks/1/title']);
    expect(lines[1]).toContain(
      'warning: vendor "Кlarwerk Sales Cloud" looks the same as "Klarwerk Sales Cloud" (/vendors/1/name) but differs in К U+041A, K U+004B',
    );
    expect(lines[2]).toContain('U+200B');
    expect(run(['validate', FIXTURE, '--lang', 'zh']).stdout).toContain('供应商 “Кlarwerk Sales Cloud” 看起来与');
  });
  it('the samples have no look-alike names', () => {
    expect(run(['validate']).stdout).not.toContain('looks the same as');
  });
});
