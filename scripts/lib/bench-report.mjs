// Shared by the scripts/bench.d sections: one heading per section and one line per
// target, in the format scripts/bench.d/README.md describes.

export function heading(title) {
  console.log(`\n== ${title}`);
}

export function target(what, limit, measured, ok) {
  console.log(`target: ${what} <= ${limit}  measured ${measured}  ${ok ? 'OK' : 'OVER'}`);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
