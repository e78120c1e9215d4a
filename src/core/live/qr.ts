/**
 * The QR code of a join address, as one SVG path (a run of dark modules per row), from
 * uqr's encoder: no HTML string, no canvas; the page draws the path. Medium error
 * correction, so a screen's glare or a projector's blur still scans. Pure.
 */
import { encode } from 'uqr';

export interface QrDrawing {
  /** Modules per side, the quiet border included. */
  size: number;
  /** SVG path data in module units. */
  path: string;
}

export function qrDrawing(text: string): QrDrawing {
  const { size, data } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return { size, path };
}
