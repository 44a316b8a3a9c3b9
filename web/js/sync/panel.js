// @ts-check
// The storage and sync part of "Your data" (../data-controls.js): whether the browser keeps
// the data (./persist.js), and sync with the lifter's own CouchDB: set-up (address, user
// name, password), its state, changes made on two devices for the person to choose between,
// and who else (a coach) may read the database. The sync client (./engine.js and PouchDB)
// is imported only when sync is on: a page of someone who does not sync loads none of it.
import { el, clear } from '../lib/dom.js';
import { isTrainingData, askToKeep, storageState, STORAGE_WORDS, WHY_ASKED } from './persist.js';
import { readConnection, saveConnection, checkAddress } from './connection.js';

const time = (date) => date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
const STATES = {
  starting: () => 'Starting sync…',
  waiting: () => 'Sync runs in another Proximity tab of this browser.',
  syncing: () => 'Syncing…',
  synced: (s) => `Up to date with your database (${time(s.at)}).`,
  offline: () => 'Offline: changes are kept on this device and sent when the server can be reached again.',
  problem: (s) => `Sync problem: ${s.problem}. Your data on this device is unchanged.`,
  refused: (s) => `Sync stopped: ${s.problem}. Your data on this device is unchanged.`,
};

/**
 * @param {any} store @param {{itemName: (key: string) => string, say: (text: string) => void, intro: HTMLElement}} hooks
 */
export function mountSyncPanel(store, { itemName, say, intro }) {
  intro.textContent = INTRO_OFF;
  const storageLine = el('p', { class: 'data-storage' });
  const showStorage = async (asked = false) => {
    const state = await storageState();
    storageLine.textContent = `${asked && state === 'kept' ? `${WHY_ASKED} ` : ''}${STORAGE_WORDS[state]}`;
  };
  let asked = false;
  const unwatch = store.subscribe(async ({ key, local }) => {
    if (asked || !local || !isTrainingData(key)) return;
    asked = true;
    unwatch();
    await askToKeep();
    await showStorage(true);
  });

  const state = el('p', { class: 'sync-state', role: 'status' });
  const conflictList = el('div', { class: 'sync-conflicts' });
  const form = setupForm();
  const access = accessForm();
  const stopButton = el('button', { type: 'button', text: 'Stop syncing', onclick: stop });
  const onView = el('div', { class: 'sync-on', hidden: true }, state, conflictList, access.node, el('div', { class: 'data-actions' }, stopButton));
  const section = el('details', { class: 'data-sync' },
    el('summary', { text: 'Sync with your own database' }), form.node, onView);

  let engine = null;  // {stop, resolve, conflicts} while on
  let connection = null;

  async function start(chosen) {
    connection = chosen;
    const { startSync } = await import('./engine.js');
    engine = startSync({
      store, connection,
      onStatus: (s) => { state.textContent = (STATES[s.state] ?? STATES.problem)(s); },
      onConflicts: showConflicts,
    });
    form.node.hidden = true;
    onView.hidden = false;
    intro.textContent = 'Settings, plans, your profile and your history are saved in this browser and synced with your database.';
    access.show();
  }

  async function stop() {
    await engine?.stop();
    engine = null;
    await saveConnection(null);
    const { forgetMirror } = await import('./engine.js');
    await forgetMirror();
    onView.hidden = true;
    form.node.hidden = false;
    clear(conflictList);
    intro.textContent = INTRO_OFF;
    say('Sync is off. Everything stays saved in this browser; your database keeps its copy.');
  }

  function showConflicts(list) {
    clear(conflictList, list.map((c) => {
      const other = c.others[0];
      const when = other.savedAt ? ` (saved ${new Date(other.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })})` : '';
      const choose = (choice) => async () => {
        const answer = await engine.resolve(c.key, choice);
        say(answer.ok ? `Kept. The other version is listed under "Kept aside".` : `Not changed: ${answer.message}.`);
      };
      return el('div', { class: 'notice sync-conflict', dataset: { key: c.key } },
        el('p', { text: `${itemName(c.key)} was changed on this device and on another one${when}. Which version do you keep? The other is kept aside, not lost.` }),
        el('div', { class: 'data-actions' },
          el('button', { type: 'button', text: 'Keep this device\'s version', onclick: choose('mine') }),
          el('button', { type: 'button', text: 'Use the other device\'s version', onclick: choose(0) })));
    }));
  }

  function setupForm() {
    const address = el('input', { id: 'px-sync-url', type: 'url', inputmode: 'url', autocomplete: 'url', placeholder: 'https://example.org/couchdb/your-name', spellcheck: 'false' });
    const user = el('input', { id: 'px-sync-user', autocomplete: 'username', spellcheck: 'false' });
    const password = el('input', { id: 'px-sync-password', type: 'password', autocomplete: 'current-password' });
    const problem = el('p', { class: 'field-error', role: 'alert' });
    const submit = async (event) => {
      event.preventDefault();
      const checked = checkAddress(address.value, { database: true });
      if (checked.problem) { problem.textContent = checked.problem; address.focus(); return; }
      if (!user.value.trim() || !password.value) { problem.textContent = 'Enter the user name and password of your database.'; return; }
      problem.textContent = '';
      const chosen = { url: String(checked.url), user: user.value.trim(), password: password.value };
      try { await saveConnection(chosen); } catch { problem.textContent = 'This browser did not let Proximity keep the sync settings.'; return; }
      password.value = '';
      await start(chosen);
    };
    // Nothing to start until the three fields are filled in: an empty form is not an error.
    const button = el('button', { type: 'submit', text: 'Start syncing', disabled: true });
    const filled = () => { button.disabled = !(address.value.trim() && user.value.trim() && password.value); };
    const node = el('form', { class: 'sync-setup', onsubmit: submit, oninput: filled },
      el('p', { text: 'Your profile, plans, settings and history are copied to the CouchDB database you name here, and from it to your other devices. Nothing else is sent, and nowhere else. The password stays on this device: never in an export or a link.' }),
      el('label', { for: 'px-sync-url', text: 'Database address' }), address,
      el('label', { for: 'px-sync-user', text: 'User name' }), user,
      el('label', { for: 'px-sync-password', text: 'Password' }), password,
      problem, el('div', { class: 'data-actions' }, button));
    return { node };
  }

  function accessForm() {
    const list = el('ul', { class: 'sync-readers' });
    const name = el('input', { id: 'px-coach-name', autocomplete: 'off', spellcheck: 'false' });
    const note = el('p', { class: 'hint', role: 'status' });
    const change = (who, allow) => async () => {
      if (!who) { note.textContent = 'Enter your coach\'s user name on the server.'; return; }
      const { setReader } = await import('./access.js');
      try {
        render(await setReader(connection, who, allow));
        note.textContent = allow ? `${who} can now read your training (never change it).` : `${who} can no longer read your training.`;
        name.value = '';
      } catch (/** @type {any} */ error) { note.textContent = `Not changed: ${error.message}.`; }
    };
    const render = (names) => clear(list, names.map((n) => el('li', {}, `${n} `,
      el('button', { type: 'button', text: `Withdraw ${n}'s access`, onclick: change(n, false) }))));
    const node = el('div', { class: 'sync-access' },
      el('h3', { text: 'Who else reads your training' }),
      el('p', { class: 'hint' }, 'A coach you name here can read your database on the ', el('a', { href: 'coach.html', text: 'coach page' }), '. Only you write to it.'),
      list,
      el('label', { for: 'px-coach-name', text: 'Coach\'s user name' }), name,
      el('div', { class: 'data-actions' }, el('button', { type: 'button', text: 'Let this coach read', onclick: () => change(name.value.trim(), true)() })),
      note);
    const show = async () => {
      const { readers } = await import('./access.js');
      try { render(await readers(connection)); } catch { clear(list); }
    };
    return { node, show };
  }

  const ready = (async () => {
    await showStorage();
    const saved = await readConnection();
    if (saved) { section.open = true; await start(saved); }
  })();
  return { node: el('div', { class: 'data-storage-sync' }, storageLine, section), ready };
}

export const INTRO_OFF = 'Settings and plans are saved in this browser only. Nothing is sent anywhere unless you turn on sync.';
