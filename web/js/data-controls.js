// The "Your data" footer on every page: theme choice, and export / import of everything
// Proximity saved in this browser (settings, plans: every "proximity.*" key).
const THEMES = [['auto', 'Match device'], ['light', 'Light'], ['dark', 'Dark']];

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * @param {ReturnType<import('./settings-store.js').openStore>} store
 * @param {{onTheme: (theme: string) => void}} hooks
 */
export function mountDataControls(store, { onTheme }) {
  const status = el('p', { className: 'data-status', role: 'status' });
  const say = (text) => { status.textContent = text; };

  const theme = el('select', { id: 'px-theme', name: 'theme' },
    ...THEMES.map(([value, text]) => el('option', { value, textContent: text })));
  theme.value = store.read().theme;
  theme.addEventListener('change', () => {
    const answer = store.write({ theme: theme.value });
    if (answer.ok) { onTheme(theme.value); say(''); } else say(answer.error);
  });

  const exportButton = el('button', { type: 'button', textContent: 'Export data' });
  exportButton.addEventListener('click', () => {
    const doc = store.exportData();
    download(`proximity-data-${doc.exportedAt.slice(0, 10)}.json`, JSON.stringify(doc, null, 2));
    say(`Exported ${Object.keys(doc.data).length + Object.keys(doc.text).length} saved item(s).`);
  });

  const file = el('input', { type: 'file', accept: 'application/json,.json', hidden: true, id: 'px-import-file' });
  const importButton = el('button', { type: 'button', textContent: 'Import data…' });
  importButton.addEventListener('click', () => file.click());
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    const answer = store.importData(await chosen.text());
    if (!answer.ok) { say(`Nothing was imported: ${answer.error}.`); return; }
    say(`Imported ${answer.keys.length} item(s). Reload the page to use them.`);
    const settings = store.read();
    theme.value = settings.theme;
    onTheme(settings.theme);
  });

  const footer = el('footer', { className: 'app-footer' },
    el('h2', { textContent: 'Your data' }),
    el('p', { textContent: 'Settings and plans are saved in this browser only. Nothing is sent anywhere.' }),
    el('div', { className: 'data-actions' },
      el('label', { htmlFor: 'px-theme', textContent: 'Theme' }), theme, exportButton, importButton, file),
    status);
  document.body.append(footer);
  return footer;
}
