// The page shell: what every page of the app carries the same, written once here and stamped
// into each page by the build (scripts/lib/bundle.mjs), in place of a marker in the page's
// source:
//   <!-- shell: head -->           the security policy, viewport, theme, manifest, icons and
//                                  the app's style sheet (the policy first, before any link)
//   <!-- shell: policy -->         the security policy alone (the embed frame: no app chrome)
//   <!-- shell: wasm NAME -->      preload of the page's WebAssembly module (web/wasm/NAME.js
//                                  and .wasm), fetched with the page rather than after its JS
//   <!-- shell: nav -->            the sections bar, the page's own entry marked current
// The modules a page's scripts import are preloaded from the bundle's module graph
// (bundle.mjs), not listed here.
import { PAGE_CSP } from './static-server.mjs';

// The sections bar, in order. A page listed `own: true` shows only on itself (the coach page
// is reached from "Your data", not from every page's bar).
export const SECTIONS = [
  { page: 'index.html', href: './', label: 'Calculator' },
  { page: 'advisor.html', label: 'Advisor' },
  { page: 'planner.html', label: 'Planner' },
  { page: 'today.html', label: 'Today' },
  { page: 'history.html', label: 'Progress' },
  { page: 'coach.html', label: 'Coach', own: true },
  { page: 'embed.html', label: 'Embed' },
];

const policy = `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`;

const head = [
  policy,
  '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
  '<meta name="theme-color" content="#0a6e50">',
  '<link rel="manifest" href="manifest.webmanifest">',
  '<link rel="icon" href="icons/icon-192.png">',
  '<link rel="apple-touch-icon" href="icons/icon-192.png">',
  '<link rel="stylesheet" href="css/app.css">',
];

const wasm = (name) => [
  `<link rel="modulepreload" href="wasm/${name}.js">`,
  `<link rel="preload" href="wasm/${name}.wasm" as="fetch" type="application/wasm" crossorigin>`,
];

function nav(page) {
  const links = SECTIONS.filter((s) => !s.own || s.page === page).map((s) =>
    `<a href="${s.href ?? s.page}"${s.page === page ? ' aria-current="page"' : ''}>${s.label}</a>`);
  return [`<nav class="site-nav" aria-label="Sections">${links.join('')}</nav>`];
}

const MARKER = /^([ \t]*)<!-- shell: (head|policy|nav|wasm) ?([\w-]*) -->$/gm;

/** The page `page` (its file name in web/) with every shell marker replaced; an unknown marker is refused. */
export function stampShell(html, page) {
  const stamped = html.replace(MARKER, (_, indent, part, arg) => {
    if ((part === 'wasm') !== Boolean(arg)) throw new Error(`${page}: page-shell marker "${part}" ${arg ? 'takes no name' : 'needs a module name'}`);
    const lines = { head: () => head, policy: () => [policy], nav: () => nav(page), wasm: () => wasm(arg) }[part]();
    return lines.map((line) => indent + line).join('\n');
  });
  const left = stamped.match(/<!-- shell:[^>]*-->/);
  if (left) throw new Error(`${page}: unknown page-shell marker ${left[0]} (scripts/lib/page-shell.mjs)`);
  return stamped;
}
