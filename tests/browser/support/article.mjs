// A third-party "article" that embeds the widget, for the browser tests and the bench.
// It is served from its own 127.0.0.1 port (another origin than the widget's), with a
// strict Content-Security-Policy (scripts only from the widget's origin, no inline script
// or style, no eval) and hostile global CSS that would wreck an unisolated widget.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';

export const HOSTILE_CSS = `
* { all: unset; color: red !important; font-size: 9px !important; letter-spacing: 4px !important;
    text-transform: uppercase !important; line-height: 3 !important; }
html, body, article, h1, p, div { display: block; }
body { margin: 0.5rem; }
div.host { visibility: hidden !important; direction: rtl !important; }
input, select, table, button, span, p { background: yellow !important; border: 5px dashed red !important; }
p.after { display: block; color: rgb(255, 0, 0) !important; }
`;

/** The article's CSP: only the widget's origin may supply scripts, data and frames. */
export function articleCsp(widgetOrigin) {
  return [
    "default-src 'none'", `script-src ${widgetOrigin} 'wasm-unsafe-eval'`, "style-src 'self'",
    `connect-src ${widgetOrigin}`, "img-src 'self' data:", `frame-src ${widgetOrigin}`,
    "base-uri 'none'", "form-action 'none'", "object-src 'none'",
  ].join('; ');
}

function page(title, widgetScript, body, { hostile = true } = {}) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${hostile ? '<link rel="stylesheet" href="hostile.css">' : ''}
${widgetScript ? `<script type="module" src="${widgetScript}"></script>` : ''}
</head><body><article><h1>${title}</h1><p>Some article text before the widget.</p>
${body}
<p class="after">Text after the widget stays red: the widget's styles do not leak out.</p>
</article></body></html>`;
}

/**
 * Serves article pages that embed the widget from `widgetBase` (the URL of web/).
 * @param {string} widgetBase e.g. http://127.0.0.1:4000/
 * @param {Record<string, string>} [extraPages] name -> body HTML (the widget script is added)
 */
export async function serveArticle(widgetBase, extraPages = {}) {
  const widgetOrigin = new URL(widgetBase).origin;
  const script = new URL('widget/proximity-widget.js', widgetBase).href;
  const dir = mkdtempSync(join(tmpdir(), 'proximity-article-'));
  writeFileSync(join(dir, 'hostile.css'), HOSTILE_CSS);
  const pages = {
    'article.html': page('Two widgets in an article', script, `
<div class="host"><proximity-calculator id="first" mode="e1rm" unit="kg" load="100" reps="5" rir="0"></proximity-calculator></div>
<proximity-calculator id="second" mode="table" unit="lb" effort="rpe" load="225" reps="3" rpe="8" theme="dark"></proximity-calculator>`),
    'invalid.html': page('A widget with bad attributes', script, `
<proximity-calculator id="bad-mode" mode="e1rn"></proximity-calculator>
<proximity-calculator id="bad-reps" mode="e1rm" load="100" reps="40"></proximity-calculator>`),
    'iframe.html': page('The iframe embed', null, `
<iframe id="frame" title="Proximity calculator" width="360" height="560"
  src="${new URL('embed-frame.html?mode=e1rm&unit=kg&load=140&reps=3&rir=1', widgetBase).href}"></iframe>`,
      { hostile: false }),
    ...Object.fromEntries(Object.entries(extraPages).map(([name, body]) => [name, page(name, script, body)])),
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  const csp = articleCsp(widgetOrigin);
  const server = await startStaticServer({
    root: dir,
    headers: (_path, type) => (type.startsWith('text/html') ? { 'Content-Security-Policy': csp } : {}),
  });
  return {
    url: server.url, csp,
    close: async () => { await server.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}
