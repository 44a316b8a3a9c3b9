// Number display for the calculator (presentation only: the values come from the core).

// Up to `decimals` decimals, trailing zeros dropped: 122.5, 120, 121.25.
export function formatNumber(value, decimals = 2) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  return String(Number(value.toFixed(decimals)));
}

// The e1RM and other estimates: always one decimal (116.7).
export function formatEstimate(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(1) : '–';
}
