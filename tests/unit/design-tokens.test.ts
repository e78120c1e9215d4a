import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contrastRatio } from '../../src/design/contrast.ts';
import { COLOUR, PAIRINGS, tokensCss } from '../../src/design/tokens.ts';

describe('contrastRatio', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #777777: luminance ((0x77/255 + 0.055) / 1.055)^2.4 = 0.1845, so 1.05 / 0.2345 = 4.48.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(() => contrastRatio('teal', '#ffffff')).toThrow(/teal/);
  });

  it('is symmetric and between 1 and 21', () => {
    const hex = fc
      .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
      .map((rgb) => `#${rgb.map((n) => n.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBeCloseTo(contrastRatio(b, a), 10);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21.0001);
      }),
    );
  });
});

describe('design tokens', () => {
  it.each(PAIRINGS)('$text on $on ($why) meets WCAG AA', ({ text, on, large }) => {
    expect(contrastRatio(COLOUR[text], COLOUR[on])).toBeGreaterThanOrEqual(large ? 3 : 4.5);
  });

  it('every text colour is paired with a background at least once', () => {
    const texts = new Set(PAIRINGS.map((p) => p.text));
    for (const role of ['ink', 'inkSoft', 'accent', 'accentInk', 'warn', 'danger', 'accentOnInk'] as const)
      expect(texts).toContain(role);
  });

  it('the committed stylesheet is the generated one', () => {
    expect(readFileSync('src/styles/tokens.css', 'utf8')).toBe(tokensCss());
  });

  it('stylesheets name colours by their token, never by value', () => {
    const files = readdirSync('src/styles').filter((f) => f.endsWith('.css') && f !== 'tokens.css');
    expect(files.length).toBeGreaterThan(6);
    for (const file of files) {
      const css = readFileSync(`src/styles/${file}`, 'utf8');
      const raw = [...css.matchAll(/#[0-9a-f]{6}\b|#[0-9a-f]{3}\b/gi)].map((m) => m[0].toLowerCase());
      expect({ file, raw }).toEqual({ file, raw: [] });
    }
  });

  it('stylesheets space by the scale: margins, padding and gaps of 0.2rem or more are tokens', () => {
    // Print sets its own sizes for paper; nudges under 0.2rem (hairlines around a chip) stay as they are.
    const files = readdirSync('src/styles').filter(
      (f) => f.endsWith('.css') && !['tokens.css', 'print.css'].includes(f),
    );
    for (const file of files) {
      const css = readFileSync(`src/styles/${file}`, 'utf8');
      const raw = [...css.matchAll(/^\s*((?:margin|padding|gap|row-gap|column-gap)[a-z-]*)\s*:\s*([^;]+);/gm)]
        .filter(([, , value]) => [...(value ?? '').matchAll(/(\d*\.?\d+)rem/g)].some((m) => Number(m[1]) >= 0.2))
        .map(([, prop, value]) => `${prop}: ${value}`);
      expect({ file, raw }).toEqual({ file, raw: [] });
    }
  });
});
