// The "Your data" footer on every page: theme choice, export / import of everything Proximity
// saved in this browser (./lib/store.js), the list of saved items that could not be read
// and were kept aside (they travel in the export file too), and storage and sync
// (./sync/panel.js).
import { readSettings, writeSettings, checkImport } from './lib/settings-store.js';
import { el } from './lib/dom.js';
import { download } from './lib/download.js';
import { plural } from './lib/format.js';
import { KEY, itemName } from './lib/store-keys.js';

const THEMES = [['auto', 'Match device'], ['light', 'Light'], ['dark', 'Dark']];
const when = (iso) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * @param {Awaited<ReturnType<import('./lib/store.js').getStore>>} store
 * @param {{onTheme: (theme: string) => void}} hooks
 */
export async function mountDataControls(store, { onTheme }) {
  const status = el('p', { class: 'data-status', role: 'status' });
  const say = (text) => { status.textContent = text; };

  const theme = el('select', { id: 'px-theme', name: 'theme' },
    ...THEMES.map(([value, text]) => el('option', { value, text: text })));
  const showTheme = async () => {
    const { settings } = await readSettings(store);
    theme.value = settings.theme;
    onTheme(settings.theme);
  };
  theme.addEventListener('change', async () => {
    const chosen = theme.value;
    onTheme(chosen);  // shown at once; the message below says if it could not be kept
    const answer = await writeSettings(store, { theme: chosen });
    say(answer.ok ? '' : `${answer.error}. The theme applies until you close this page.`);
  });

  const exportButton = el('button', { type: 'button', text: 'Export data' });
  exportButton.addEventListener('click', async () => {
    const doc = await store.exportAll();
    download(`proximity-data-${doc.exportedAt.slice(0, 10)}.json`, JSON.stringify(doc, null, 2));
    const aside = doc.quarantine.length ? ` and ${plural(doc.quarantine.length, 'kept-aside item')}` : '';
    say(`Exported ${plural(Object.keys(doc.records).length, 'saved item')}${aside}.`);
  });

  const file = el('input', { type: 'file', accept: 'application/json,.json', hidden: true, id: 'px-import-file' });
  const importButton = el('button', { type: 'button', text: 'Import data…' });
  importButton.addEventListener('click', () => file.click());
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    let doc;
    try { doc = JSON.parse(await chosen.text()); } catch { say('Nothing was imported: the file is not valid JSON.'); return; }
    const answer = await store.importAll(doc, checkImport);
    if (!answer.ok) { say(`Nothing was imported: ${answer.message}.`); return; }
    say(`Imported ${plural(answer.count, 'item')}. Open Proximity pages now show them.`);
  });

  const asideList = el('ul', { class: 'data-aside-list' });
  const aside = el('details', { class: 'data-aside', hidden: true },
    el('summary', {}), el('p', { text: 'These could not be read and were kept aside unchanged. Export data includes them.' }), asideList);
  const showAside = async () => {
    const entries = await store.quarantined();
    aside.hidden = entries.length === 0;
    aside.querySelector('summary').textContent = `Kept aside: ${plural(entries.length, 'item')} that could not be read`;
    asideList.replaceChildren(...entries.map((q) => el('li', { text: `${itemName(q.key)}, ${when(q.at)}: ${q.reason}` })));
  };

  store.subscribe(({ cause, key }) => {
    if (cause === 'import' || key === KEY.settings) showTheme();
    showAside();
  });

  // Storage and sync: loaded after the page's own modules (it is below the fold).
  const intro = el('p');  // the panel says where the data is kept
  const { mountSyncPanel } = await import('./sync/panel.js');
  const sync = mountSyncPanel(store, { itemName, say, intro });
  const footer = el('footer', { class: 'app-footer' },
    el('h2', { text: 'Your data' }), intro,
    el('div', { class: 'data-actions' },
      el('label', { for: 'px-theme', text: 'Theme' }), theme, exportButton, importButton, file),
    status, aside, sync.node);
  document.body.append(footer);
  if (store.problem) say(`Nothing can be saved: ${store.problem}. Everything works until you close the page.`);
  await Promise.all([showTheme(), showAside(), sync.ready]);
  return footer;
}
