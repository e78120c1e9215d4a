/**
 * The design system's tokens in one place: colours, the type scale, spacing, radii and widths.
 * `npm run gen` writes them as CSS custom properties into src/styles/tokens.css, the deck
 * (render/deck.ts) and the standalone chart files take their colours from here, and
 * tests/unit/design-tokens.test.ts checks every text colour against the backgrounds it is
 * used on (WCAG 2.2, 4.5:1 for text, 3:1 for large text and for the lines of controls).
 */

/** Colours by role. A role's name says where it is used, not what colour it is. */
export const COLOUR = {
  /** Body text and headings. */
  ink: '#14213d',
  /** Secondary text: leads, captions, muted notes. */
  inkSoft: '#3d4a63',
  /** The page. */
  paper: '#ffffff',
  /** Panels, table heads and steps: a tint of the page. */
  paper2: '#f3f5f9',
  /** Hairlines between rows and around cards. */
  line: '#c9d1df',
  /** The edge of a control a user must find (text boxes, selects): 3:1 against the page. */
  lineStrong: '#7a869c',
  /** Links, primary buttons, done work. */
  accent: '#0b6e69',
  /** Text on the accent. */
  accentInk: '#ffffff',
  /** A tint of the accent: hover, tags, selected rows. */
  accentSoft: '#e3f3f1',
  /** The accent on the dark header: current page, focus, the language switch. */
  accentOnInk: '#7fd1c9',
  /** Warnings and slip: text and borders. */
  warn: '#8a3b00',
  /** A tint of the warning: notices, misfits, blocked bars. */
  warnSoft: '#fde8e4',
  /** A misfit or a knock-out: the strongest signal, always beside a symbol or a word. */
  danger: '#b3261e',
  /** Not-started task bars, chart tracks. */
  track: '#dfe5ee',
  /** Baseline bars and gridlines that must stay visible but quiet. */
  quiet: '#6b778c',
  /** QR code modules: pure black, which every phone camera reads. */
  scanInk: '#000000',
  /** Risk bands, each always shown with its score or name as text. */
  bandLow: '#e4f2e7',
  bandMedium: '#fff4cc',
  bandHigh: '#fde0c8',
  bandCritical: '#f7c6c0',
} as const;

export type ColourRole = keyof typeof COLOUR;

/** The type scale in rem of an 18 px root (xs is 15.3 px, still readable on a projector; the print stylesheet sets its own sizes in pt). */
export const TEXT = {
  xs: '0.85rem',
  sm: '0.9rem',
  md: '1rem',
  lg: '1.2rem',
  xl: '1.5rem',
  '2xl': '2.1rem',
  '3xl': '2.8rem',
} as const;

/** Spacing steps in rem, for padding, gaps and margins. */
export const SPACE = {
  '1': '0.25rem',
  '2': '0.5rem',
  '3': '0.75rem',
  '4': '1rem',
  '5': '1.5rem',
  '6': '2rem',
  '7': '3rem',
} as const;

export const SHAPE = {
  radius: '10px',
  radiusSmall: '4px',
  /** The reading column of text pages. */
  measure: '72rem',
  /** Pages of charts and wide tables use the screen's width up to this. */
  measureWide: '110rem',
  /** A line of running text never grows past this, however wide the column. */
  textMeasure: '48rem',
  focusRing: '3px',
} as const;

/**
 * Which text colour is used on which background, and how large: the contrast test reads
 * this list, so adding a pairing to a stylesheet means adding it here.
 */
export const PAIRINGS: readonly { text: ColourRole; on: ColourRole; large?: boolean; why: string }[] = [
  { text: 'ink', on: 'paper', why: 'body text' },
  { text: 'ink', on: 'paper2', why: 'table heads, panels, steps' },
  { text: 'inkSoft', on: 'paper', why: 'muted text, captions' },
  { text: 'inkSoft', on: 'paper2', why: 'muted text on panels' },
  { text: 'accent', on: 'paper', why: 'links and secondary buttons' },
  { text: 'accent', on: 'accentSoft', why: 'a hovered button' },
  { text: 'accentInk', on: 'accent', why: 'primary buttons, the current step' },
  { text: 'ink', on: 'accentSoft', why: 'tags' },
  { text: 'paper', on: 'ink', why: 'the site header' },
  { text: 'accentOnInk', on: 'ink', why: 'the language switch and the current page marker' },
  { text: 'warn', on: 'paper', why: 'slip, errors' },
  { text: 'warn', on: 'warnSoft', why: 'notices' },
  { text: 'danger', on: 'paper', why: 'the misfit mark' },
  { text: 'ink', on: 'warnSoft', why: 'a misfit cell' },
  { text: 'ink', on: 'bandLow', why: 'a low-risk cell' },
  { text: 'ink', on: 'bandMedium', why: 'a medium-risk cell' },
  { text: 'ink', on: 'bandHigh', why: 'a high-risk cell' },
  { text: 'ink', on: 'bandCritical', why: 'a critical-risk cell' },
  { text: 'ink', on: 'track', why: 'a task title over a not-started bar' },
  { text: 'scanInk', on: 'paper', large: true, why: 'the QR code to join a live room' },
  { text: 'lineStrong', on: 'paper', large: true, why: 'the edge of a text box or select (non-text, 3:1)' },
  { text: 'quiet', on: 'paper', large: true, why: 'baseline bars (non-text, 3:1)' },
];

const kebab = (name: string) => name.replace(/(?<=.)[A-Z0-9]+/g, (m) => `-${m.toLowerCase()}`);

/** The tokens as CSS custom properties: --ink, --text-lg, --space-3, --radius, … */
export function tokensCss(): string {
  const block = (prefix: string, values: Record<string, string>) =>
    Object.entries(values).map(([name, value]) => `  --${prefix}${kebab(name)}: ${value};`);
  return [
    '/* Generated by src/tools/gen-tokens.ts from src/design/tokens.ts (npm run gen): do not edit. */',
    ':root {',
    ...block('', COLOUR),
    ...block('text-', TEXT),
    ...block('space-', SPACE),
    ...block('', SHAPE),
    '}',
    '',
  ].join('\n');
}

/** A colour without its '#', in capitals, as PowerPoint's XML writes it. */
export const hexOf = (role: ColourRole): string => COLOUR[role].slice(1).toUpperCase();
