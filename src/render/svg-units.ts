/** The units the server-drawn charts share: coordinates to a tenth of a pixel, and days as milliseconds from an ISO date. */

/** A coordinate to one decimal: enough for a sharp line, short in the file. */
export const round = (v: number): number => Math.round(v * 10) / 10;

export const DAY = 86_400_000;

/** Midnight UTC of an ISO date (YYYY-MM-DD), in milliseconds: dates as points on a time axis. */
export const dayTime = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
