// @ts-check
/**
 * The engine's layers, lowest first. A folder of src/core may import its own layer and the
 * ones listed before it, never one after: so every concern can be read and tested with only
 * what lies beneath it, and no two folders import each other. `npm run check` enforces it
 * (tests/unit/layers.test.ts proves a violation fails).
 */
export const LAYERS = [
  ['shared', 'text, numbers, dates, ids, the dependency graph: no crmkit concepts'],
  ['load', 'a file in, data and problems out: YAML, encodings, schemas, messages'],
  ['content', 'frameworks and templates: their parts, overlays and structural checks'],
  ['assess', 'answers to scores, findings, classification, portfolio'],
  ['decide', 'vendor selection: weights, AHP, sensitivity'],
  ['finance', 'the ROI case: cash flows, metrics, simulation'],
  ['risk', 'the risk register'],
  ['plan', 'the plan: generation, schedule, tracking and its outputs'],
  ['check', 'whole-engagement checks and loading a content set with all of them'],
  ['workshop', 'edits, sessions and storage for the browser workshop'],
  ['live', 'the live room: its documents, message checks, consensus and record (no network)'],
  ['views', 'one view model per page and command: what a shell shows, computed once'],
];

const layerNames = LAYERS.map(([name]) => name);

/** One rule per layer: nothing in it imports a layer above. */
const layerRules = layerNames.slice(0, -1).map((name, i) => ({
  name: `layer-${name}`,
  severity: /** @type {const} */ ('error'),
  comment: `src/core/${name} may import only ${layerNames.slice(0, i + 1).join(', ')} (see LAYERS in .dependency-cruiser.mjs)`,
  from: { path: `^src/core/${name}/` },
  to: { path: `^src/core/(${layerNames.slice(i + 1).join('|')})/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Two modules that import each other (through any path, types included) cannot be read or tested apart.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-in-a-layer',
      severity: 'error',
      comment: `Every engine module sits in a layer folder (${layerNames.join(', ')}): nothing may import one outside them.`,
      from: {},
      to: { path: '^src/core/', pathNot: `^src/core/(${layerNames.join('|')})/` },
    },
    {
      name: 'core-is-the-engine',
      severity: 'error',
      comment:
        'src/core imports only itself, the schemas and packages: never a renderer, a page, an island, the CLI or Node helpers.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/(core|schemas|i18n)/' },
    },
    {
      name: 'core-has-no-words',
      severity: 'error',
      comment:
        'The engine returns data and message codes; words are applied at the edge (src/render, the pages, the CLI).',
      from: { path: '^src/core/' },
      to: { path: '^src/i18n/' },
    },
    {
      name: 'design-is-data',
      severity: 'error',
      comment: 'src/design holds the design tokens and their arithmetic: it imports nothing of crmkit.',
      from: { path: '^src/design/' },
      to: { path: '^src/', pathNot: '^src/design/' },
    },
    {
      name: 'render-is-pure',
      severity: 'error',
      comment:
        'src/render turns engine data into words and files (HTML, Markdown, Mermaid, CSV, iCalendar, MSPDI, workbook layout): it imports the engine, the schemas, the words and the design tokens, never a page, an island, the CLI or Node helpers.',
      from: { path: '^src/render/' },
      to: { path: '^src/', pathNot: '^src/(core|schemas|i18n|render|design)/' },
    },
    {
      name: 'live-client-is-a-client',
      severity: 'error',
      comment:
        'src/live-client wires the live room to the sync provider for the pages, the tests and the bench: it imports the engine and packages, never the server, Node helpers, the CLI or a page.',
      from: { path: '^src/live-client/' },
      to: { path: '^src/', pathNot: '^src/(core|schemas|live-client)/' },
    },
    {
      name: 'live-client-not-in-node',
      severity: 'error',
      comment: 'src/live-client runs in the browser too: no Node built-in modules.',
      from: { path: '^src/live-client/' },
      to: { dependencyTypes: ['core'] },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type cycle ties two files together as much as a value one.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/schemas/generated/' },
  },
};
