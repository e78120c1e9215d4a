/**
 * `npm run gen`: writes src/styles/tokens.css from the design tokens (src/design/tokens.ts).
 * `--check`: fails if the committed stylesheet is not what the tokens give.
 */
import { tokensCss } from '../design/tokens.ts';
import { writeOrCheck } from './generated-files.ts';

writeOrCheck({ 'src/styles/tokens.css': tokensCss() }, 'npm run gen');
