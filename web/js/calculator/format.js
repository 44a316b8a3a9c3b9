// Number display for the calculator (presentation only: the values come from the core).

// Up to `decimals` decimals, trailing zeros dropped: 122.5, 120, 121.25.
export function formatNumber(value, decimals = 2) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  return String(Number(value.toFixed(decimals)));
}

// The e1RM and other estimates: one decimal at most, no trailing zero (116.7, 294).
export function formatEstimate(value) {
  return formatNumber(value, 1);
}
