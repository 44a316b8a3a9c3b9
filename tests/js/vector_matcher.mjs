// The JS twin of tests/core/support/vector_matcher.cpp: same vector format, same rules.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const VECTORS_DIR = new URL('../vectors/', import.meta.url).pathname;

export function loadAllVectors() {
  return readdirSync(VECTORS_DIR).filter((f) => f.endsWith('.json')).sort().flatMap((file) => {
    const doc = JSON.parse(readFileSync(join(VECTORS_DIR, file), 'utf8'));
    return doc.vectors.map((spec) => ({ file: file.replace(/\.json$/, ''), spec }));
  });
}

// '' when `actual` matches `expected` (objects by subset, numbers within tolerance).
export function mismatch(expected, actual, tolerance, where = 'result') {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return `${where}: expected a number, got ${JSON.stringify(actual)}`;
    return Math.abs(expected - actual) > tolerance ? `${where}: expected ${expected} +/- ${tolerance}, got ${actual}` : '';
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      return `${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(expected[i], actual[i], tolerance, `${where}[${i}]`);
      if (m) return m;
    }
    return '';
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return `${where}: expected an object, got ${JSON.stringify(actual)}`;
    for (const [key, value] of Object.entries(expected)) {
      if (!(key in actual)) return `${where}.${key}: missing`;
      const m = mismatch(value, actual[key], tolerance, `${where}.${key}`);
      if (m) return m;
    }
    return '';
  }
  return expected === actual ? '' : `${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}
