// Shared by the scripts/bench.d sections: one heading per section and one line per
// target, in the format scripts/bench.d/README.md describes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function heading(title) {
  console.log(`\n== ${title}`);
}

export function target(what, limit, measured, ok) {
  console.log(`target: ${what} <= ${limit}  measured ${measured}  ${ok ? 'OK' : 'OVER'}`);
}

// The figures of the closing table (scripts/bench.d/99-table.mjs): each section records its
// own under a key; scripts/bench empties the file before a run, so the table is one run's.
export const FIGURES_FILE = new URL('../../build/bench-figures.json', import.meta.url).pathname;
export function record(key, text) {
  const figures = existsSync(FIGURES_FILE) ? JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) : {};
  figures[key] = text;
  mkdirSync(dirname(FIGURES_FILE), { recursive: true });
  writeFileSync(FIGURES_FILE, JSON.stringify(figures, null, 1));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
