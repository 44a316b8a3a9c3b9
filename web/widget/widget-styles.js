// The widget's styles, applied inside its shadow root.
//
// Why constructable stylesheets: a host page whose CSP says `style-src 'self'` blocks a
// <style> element even inside a shadow root (checked in Chromium), but a CSSStyleSheet
// built with replaceSync() and adopted is CSSOM, which CSP does not govern. The <style>
// fallback is only for browsers without adoptedStyleSheets.
//
// Isolation: the host's selectors never match inside the shadow tree, but they do match
// the host element itself and inherited properties flow in. So :host forces only
// `display` (!important in the shadow context beats the page's !important), and the inner
// .box resets everything with `all: initial` before setting its own look. `all` leaves
// custom properties alone, which is how the host themes the widget (--proximity-*).

const DARK = `
  --_accent: var(--proximity-accent, #4fd1a1); --_on-accent: var(--proximity-on-accent, #0b1a14);
  --_bg: var(--proximity-bg, #16191d); --_fg: var(--proximity-fg, #e8ecef);
  --_muted: var(--proximity-muted, #a9b4bf); --_border: var(--proximity-border, #4a5561);
  --_field: var(--proximity-field-bg, #0f1215); --_error: var(--proximity-error, #ff8a80);
  color-scheme: dark;`;

export const WIDGET_CSS = `
:host { display: block !important; }
:host([hidden]) { display: none !important; }
.box {
  all: initial; display: block; box-sizing: border-box;
  --_accent: var(--proximity-accent, #0a6e50); --_on-accent: var(--proximity-on-accent, #fff);
  --_bg: var(--proximity-bg, #fff); --_fg: var(--proximity-fg, #1b1f23);
  --_muted: var(--proximity-muted, #56606a); --_border: var(--proximity-border, #aab4be);
  --_field: var(--proximity-field-bg, #fff); --_error: var(--proximity-error, #b42318);
  font: var(--proximity-font, 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  color: var(--_fg); background: var(--_bg); color-scheme: light;
  border: 1px solid var(--_border); border-radius: var(--proximity-radius, 12px);
  padding: 0.9em 1em; text-align: start; overflow-wrap: anywhere;
  direction: ltr; unicode-bidi: isolate; /* "all" leaves these two inherited */
}
:host([theme="dark" i]) .box { ${DARK} }
@media (prefers-color-scheme: dark) { :host([theme="auto" i]) .box { ${DARK} } }
*, *::before, *::after { box-sizing: border-box; }
.title { font-weight: 700; font-size: 1.05em; margin: 0 0 0.5em; }
.fields { display: flex; flex-wrap: wrap; gap: 0.5em 0.75em; margin: 0; padding: 0; border: 0; min-width: 0; }
.fields legend { padding: 0; margin-bottom: 0.25em; font-weight: 600; }
.fields + .fields { margin-top: 0.6em; }
.field { display: flex; flex-direction: column; gap: 0.15em; flex: 1 1 5.5em; min-width: 0;
  font-size: 0.9em; color: var(--_muted); }
.field.check { flex-direction: row; align-items: center; gap: 0.4em; flex-basis: 100%; color: var(--_fg); }
input, select, button { font: inherit; color: inherit; }
input[type="number"], select {
  width: 100%; min-height: 2.5em; padding: 0.3em 0.5em; font-size: 1.1em;
  color: var(--_fg); background: var(--_field); border: 1px solid var(--_border); border-radius: 8px;
}
input[type="checkbox"] { width: 1.25em; height: 1.25em; accent-color: var(--_accent); margin: 0; }
input:focus-visible, select:focus-visible, summary:focus-visible {
  outline: 3px solid var(--_accent); outline-offset: 2px;
}
input[aria-invalid="true"] { border-color: var(--_error); border-width: 2px; }
.result { margin: 0.75em 0 0; }
.value { display: block; font-size: 2em; font-weight: 700; line-height: 1.15; color: var(--_fg); }
.value .unit { font-size: 0.55em; font-weight: 600; color: var(--_muted); margin-inline-start: 0.2em; }
.detail { margin: 0.2em 0 0; color: var(--_muted); font-size: 0.9em; }
.warning { margin: 0.4em 0 0; font-size: 0.9em; }
.error { margin: 0.5em 0 0; color: var(--_error); font-weight: 600; }
.error:empty, .warning:empty { display: none; }
.target { margin-top: 0.9em; padding-top: 0.75em; border-top: 1px solid var(--_border); }
.table-wrap { margin-top: 0.75em; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; font-size: 0.95em; }
caption { text-align: start; color: var(--_muted); font-size: 0.85em; padding-bottom: 0.3em; }
th, td { padding: 0.3em 0.35em; text-align: end; border-bottom: 1px solid var(--_border); white-space: nowrap; }
thead th { color: var(--_muted); font-weight: 600; }
tbody th { text-align: start; }
.badge { display: inline-block; padding: 0.2em 0.7em; border-radius: 999px; font-weight: 700;
  background: var(--_accent); color: var(--_on-accent); }
.badge[data-verdict] { color: var(--verdict-ink, var(--_on-accent)); }
.badge[data-verdict="failure"] { background: var(--proximity-verdict-failure, var(--verdict-failure, var(--_accent))); }
.badge[data-verdict="near-failure"] { background: var(--proximity-verdict-near-failure, var(--verdict-near-failure, var(--_accent))); }
.badge[data-verdict="stop-short"] { background: var(--proximity-verdict-stop-short, var(--verdict-stop-short, var(--_accent))); }
.badge[data-verdict="no-failure"] { background: var(--proximity-verdict-no-failure, var(--verdict-no-failure, var(--_accent))); }
details { margin-top: 0.6em; }
summary { cursor: pointer; color: var(--_accent); font-weight: 600; }
ol { margin: 0.4em 0 0; padding-inline-start: 1.3em; }
li { margin-block: 0.3em; }
.cite { color: var(--_muted); font-size: 0.85em; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

let shared = null;  // one CSSStyleSheet for every widget on the page

export function adoptStyles(root) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) { shared = new CSSStyleSheet(); shared.replaceSync(WIDGET_CSS); }
    root.adoptedStyleSheets = [shared];
  } else {
    const style = document.createElement('style');
    style.textContent = WIDGET_CSS;
    root.append(style);
  }
}

// The verdict colours are the pages' own palette (verdicts.css beside this file), loaded
// once, only by the modes that show a verdict.
let palette = null;
export function adoptVerdictPalette(root) {
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet !== 'function') return;
  palette ??= fetch(new URL('./verdicts.css', import.meta.url))
    .then((answer) => (answer.ok ? answer.text() : ''))
    .then((css) => new CSSStyleSheet().replace(css))
    .catch(() => null);   // without it the badges keep the accent colour, with their words
  palette.then((sheet) => { if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]; });
}
