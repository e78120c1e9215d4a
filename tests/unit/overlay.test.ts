import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadContent, originOf } from '../../src/core/check/load-content.ts';
import { readSources, yamlFilesUnder } from '../../src/node/content-files.ts';

const context = readSources(yamlFilesUnder('tests/fixtures/context')).sources;
const withoutOverlay = context.filter((s) => !s.path.includes('/overlays/'));

describe('framework overlays', () => {
  const content = loadContent(context);
  const fit = content.frameworks.get('fx-fit');

  test('change weights, rename scale labels and add questions without editing the shipped file', () => {
    expect(content.problems).toEqual([]);
    const staff = fit?.elements.find((e) => e.id === 'fx-staff');
    expect(staff?.weight).toBe(3);
    expect(staff?.questions?.map((q) => q.id)).toEqual(['fx-q3', 'fx-q4']);
    expect(fit?.scales?.[0]?.points[4]?.label).toEqual({ en: 'Best in class', zh: '业界最佳' });
  });

  test('record which overlays shaped a framework', () => {
    expect(originOf(content, 'framework', 'fx-fit')).toEqual({
      file: 'tests/fixtures/context/frameworks/fx-fit.yaml',
      overlays: ['tests/fixtures/context/overlays/fx-fit-extras.yaml'],
    });
  });

  test('leave the framework as shipped when no overlay is loaded', () => {
    const plain = loadContent(withoutOverlay).frameworks.get('fx-fit');
    expect(plain?.elements.find((e) => e.id === 'fx-staff')?.weight).toBeUndefined();
    expect(plain?.scales?.[0]?.points[4]?.label.en).toBe('Leading');
  });

  test('answers to an added question are accepted only when the overlay is loaded', () => {
    const engagement = {
      path: 'e.yaml',
      text: readFileSync('tests/fixtures/context/assessments/fx-engagement.yaml', 'utf8'),
    };
    const others = withoutOverlay.filter((s) => !s.path.includes('fx-engagement'));
    const problems = loadContent([...others, engagement]).problems;
    expect(problems.map((p) => [p.pointer, p.code])).toEqual([['/answers/fx-fit/fx-q4', 'unknown-reference']]);
  });
});
