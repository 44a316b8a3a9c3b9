// @ts-check
// The one number and unit formatter of the pages and the widget (presentation only: every
// value comes from the core). No trailing zeros ("294 lb", not "294.0 lb"), an en dash for a
// missing value, and counts that agree with their noun ("1 rep", "2 reps").

/** Up to `digits` decimals, trailing zeros dropped: 122.5, 120, 121.25; '–' if not a number. */
export function formatNumber(value, digits = 2) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  const text = String(Number(value.toFixed(digits)));
  return text === '-0' ? '0' : text;
}

/** An estimate (e1RM, exact loads, percents): one decimal at most. */
export const formatEstimate = (value) => formatNumber(value, 1);

/** A share as a whole percent: 0.414 "41 %". */
export const formatShare = (ratio) => `${Math.round(ratio * 100)}\u00a0%`;

/** A change in whole percent, signed: "+3 %", "−12 %", "0 %". */
export function formatChange(percent) {
  const r = Math.round(percent);
  return `${r > 0 ? '+' : r < 0 ? '\u2212' : ''}${Math.abs(r)}\u00a0%`;
}

/** A weight with its unit: "122.5 kg", "295 lb". */
export const formatLoad = (value, unit, digits = 2) => `${formatNumber(value, digits)} ${unit}`;

/** A range "1–2" (or "1" when both ends agree), each end formatted. */
export function formatRange(min, max, digits = 2) {
  const low = formatNumber(min, digits);
  const high = formatNumber(max, digits);
  return low === high ? low : `${low}–${high}`;
}

/** A count and its noun, agreeing: plural(1, 'rep') "1 rep", plural(2.5, 'rep') "2.5 reps". */
export function plural(count, one, many = `${one}s`, digits = 2) {
  const shown = formatNumber(count, digits);
  return `${shown} ${shown === '1' ? one : many}`;
}

/** A whole count with thousands separated, as the pages write counts: 36055 "36,055". */
export const formatCount = (count) => count.toLocaleString('en');

/** The noun alone, agreeing with `count`: noun(1, 'set') "set". */
export const noun = (count, one, many = `${one}s`) => (formatNumber(count) === '1' ? one : many);

/** Plates for one side, heaviest first as the core lists them: "2 × 20 + 10". */
export const plateText = (plates) =>
  plates.map((p) => (p.count > 1 ? `${p.count} × ${formatNumber(p.weight)}` : formatNumber(p.weight))).join(' + ');

/**
 * A source as a person reads it: "Grgic J, Schoenfeld BJ, et al. (2022)" and the title (a
 * link where the source has one). Without a title, the full citation stands instead.
 * @param {{citation: string, authors?: string, year?: number, title?: string, url?: string}} source
 */
export function sourceParts(source) {
  const who = source.authors ? `${source.authors}${source.year ? ` (${source.year})` : ''}` : '';
  return source.title && who ? { who, title: source.title, url: source.url ?? null }
    : { who: '', title: source.citation, url: source.url ?? null };
}
