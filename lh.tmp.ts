import { startPreview } from './bench/browser.ts';
import { LIGHTHOUSE_PAGES, lighthouseScores } from './bench/lighthouse.ts';
const preview = await startPreview(4502);
const rows = await lighthouseScores(preview.origin, 'dist', LIGHTHOUSE_PAGES, undefined, 3);
await preview.stop();
console.log(JSON.stringify(rows, (k, v) => (k === 'runs' || k === 'losses' ? undefined : v), 1));
