import { readFileSync, readdirSync } from 'node:fs';
import { loadContent } from './core/content/load-content.ts';
import { formatProblem } from './core/load/problem.ts';
import { yamlFilesUnder, readSources } from './node/content-files.ts';
const ctx = readSources(yamlFilesUnder('tests/fixtures/context')).sources;
for (const f of readdirSync('tests/fixtures/broken').sort()) {
  const path = `tests/fixtures/broken/${f}`;
  const r = loadContent([...ctx, { path, text: readFileSync(path, 'utf8') }]);
  console.log(`== ${f}`);
  for (const p of r.problems) console.log('   ' + formatProblem(p).replace(path + ':', ''));
}
