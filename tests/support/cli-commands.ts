/** Every CLI command and format that writes to standard output, as typed: the fuzz and extremes tests run each. */
export const COMMANDS: string[][] = [
  ['assess'],
  ['assess', '--json'],
  ['risks'],
  ['risks', '--json'],
  ['vendors'],
  ['vendors', '--json'],
  ['roi'],
  ['roi', '--json'],
  ['plan'],
  ...['json', 'markdown', 'csv', 'ical', 'mspdi'].map((f) => ['plan', '--format', f]),
  ...['gantt', 'roadmap', 'flow'].map((m) => ['plan', '--mermaid', m]),
  ['report', '--lang', 'en'],
  ['report', '--lang', 'zh'],
];
