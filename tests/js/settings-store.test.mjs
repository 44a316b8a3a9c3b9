// web/js/settings-store.js: saved settings never break the app, and export/import move
// every saved item. Runs in Node on an in-memory Storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, parseSettings, DEFAULT_SETTINGS, SETTINGS_KEY, BACKUP_KEY } from '../../web/js/settings-store.js';

class FakeStorage {
  constructor(entries = {}, { failWrites = false } = {}) { this.map = new Map(Object.entries(entries)); this.failWrites = failWrites; }
  get length() { return this.map.size; }
  key(i) { return [...this.map.keys()][i] ?? null; }
  getItem(k) { return this.map.has(k) ? this.map.get(k) : null; }
  setItem(k, v) {
    if (this.failWrites) { const e = new Error('full'); e.name = 'QuotaExceededError'; throw e; }
    this.map.set(k, String(v));
  }
  removeItem(k) { this.map.delete(k); }
}

test('nothing saved: the defaults', () => {
  const store = openStore(new FakeStorage());
  assert.deepEqual(store.read(), { theme: 'auto' });
});

test('a write is validated, saved under the versioned key and read back', () => {
  const storage = new FakeStorage();
  const store = openStore(storage);
  const answer = store.write({ theme: 'dark' });
  assert.deepEqual(answer, { ok: true, settings: { theme: 'dark' } });
  assert.deepEqual(JSON.parse(storage.getItem(SETTINGS_KEY)), { version: 1, theme: 'dark' });
  assert.equal(openStore(storage).read().theme, 'dark');
});

test('an invalid write is refused with a reason and changes nothing', () => {
  const storage = new FakeStorage();
  const store = openStore(storage);
  store.write({ theme: 'light' });
  const before = storage.getItem(SETTINGS_KEY);
  assert.deepEqual(store.write({ theme: 'sepia' }), { ok: false, error: 'theme must be one of auto, light, dark' });
  assert.deepEqual(store.write({ theme: 'dark', colour: 'red' }), { ok: false, error: 'colour is not a setting' });
  assert.equal(store.write('dark').ok, false);
  assert.equal(storage.getItem(SETTINGS_KEY), before);
});

test('corrupt JSON: defaults, no throw, and the corrupt text kept under the backup key', () => {
  const storage = new FakeStorage({ [SETTINGS_KEY]: '{"theme":"dark",' });
  const settings = openStore(storage).read();
  assert.deepEqual(settings, { ...DEFAULT_SETTINGS });
  assert.equal(BACKUP_KEY, 'proximity.backup.settings.v1');
  assert.equal(storage.getItem(BACKUP_KEY), '{"theme":"dark",');
  assert.equal(storage.getItem(SETTINGS_KEY), '{"theme":"dark",', 'reading does not overwrite the original');
});

test('an invalid field falls back to its default; unknown fields are ignored', () => {
  const text = JSON.stringify({ version: 1, theme: 'neon', future: true });
  const { settings, problems } = parseSettings(text);
  assert.deepEqual(settings, { theme: 'auto' });
  assert.deepEqual(problems, ['theme must be one of auto, light, dark']);
  assert.deepEqual(parseSettings(JSON.stringify({ version: 1, theme: 'dark', future: true })), { settings: { theme: 'dark' }, problems: [] });
  const storage = new FakeStorage({ [SETTINGS_KEY]: text });
  openStore(storage).read();
  assert.equal(storage.getItem(BACKUP_KEY), text);
});

test('non-object JSON (array, number, null) reads as defaults', () => {
  for (const text of ['[1,2]', '7', 'null', '"kg"']) {
    assert.deepEqual(openStore(new FakeStorage({ [SETTINGS_KEY]: text })).read(), { ...DEFAULT_SETTINGS }, text);
  }
});

test('storage that throws on every access still reads defaults', () => {
  const hostile = { get length() { throw new Error('denied'); }, key() { throw new Error('denied'); },
    getItem() { throw new Error('denied'); }, setItem() { throw new Error('denied'); }, removeItem() {} };
  const store = openStore(hostile);
  assert.deepEqual(store.read(), { ...DEFAULT_SETTINGS });
  assert.equal(store.write({ theme: 'dark' }).ok, false);
});

test('a full storage makes write fail with a readable reason', () => {
  const store = openStore(new FakeStorage({}, { failWrites: true }));
  assert.deepEqual(store.write({ theme: 'dark' }), { ok: false, error: 'could not save settings (storage is full)' });
});

test('export carries every proximity.* key (corrupt ones verbatim) and import restores them', () => {
  const storage = new FakeStorage({
    [SETTINGS_KEY]: JSON.stringify({ version: 1, theme: 'dark' }),
    'proximity.plans.v1': JSON.stringify([{ name: 'Block A' }]),
    [BACKUP_KEY]: '{oops',
    'someone-else': 'not ours',
  });
  const doc = openStore(storage).exportData(new Date('2024-05-01T10:00:00Z'));
  assert.deepEqual(doc, {
    app: 'proximity', format: 1, exportedAt: '2024-05-01T10:00:00.000Z',
    data: { [SETTINGS_KEY]: { version: 1, theme: 'dark' }, 'proximity.plans.v1': [{ name: 'Block A' }] },
    text: { [BACKUP_KEY]: '{oops' },
  });
  const fresh = new FakeStorage();
  const answer = openStore(fresh).importData(JSON.stringify(doc));
  assert.deepEqual(answer, { ok: true, keys: ['proximity.plans.v1', SETTINGS_KEY, BACKUP_KEY] });
  assert.equal(openStore(fresh).read().theme, 'dark');
  assert.equal(fresh.getItem(BACKUP_KEY), '{oops');
  assert.deepEqual(JSON.parse(fresh.getItem('proximity.plans.v1')), [{ name: 'Block A' }]);
  assert.equal(fresh.getItem('someone-else'), null);
});

test('a bad import is refused with its reason and changes nothing', () => {
  const storage = new FakeStorage({ [SETTINGS_KEY]: JSON.stringify({ theme: 'light' }) });
  const store = openStore(storage);
  const before = [...storage.map];
  const cases = [
    ['not json', 'the file is not valid JSON'],
    [JSON.stringify({ app: 'other', format: 1, data: {} }), 'the file is not a Proximity export'],
    [JSON.stringify({ app: 'proximity', format: 2, data: {} }), 'export format 2 is not supported (expected 1)'],
    [JSON.stringify({ app: 'proximity', format: 1 }), 'the export has no data object'],
    [JSON.stringify({ app: 'proximity', format: 1, data: { 'evil.key': 1 } }), 'data key "evil.key" is not a Proximity key'],
    [JSON.stringify({ app: 'proximity', format: 1, data: { [SETTINGS_KEY]: { theme: 'sepia' } } }), 'settings: theme must be one of auto, light, dark'],
    [JSON.stringify({ app: 'proximity', format: 1, data: {}, text: { [BACKUP_KEY]: 5 } }), "the export's text entries must be strings"],
  ];
  for (const [text, error] of cases) assert.deepEqual(store.importData(text), { ok: false, error }, text);
  assert.deepEqual([...storage.map], before);
});

test('an import that fails half-way puts every key back', () => {
  const storage = new FakeStorage({ [SETTINGS_KEY]: JSON.stringify({ theme: 'light' }) });
  let writes = 0;
  const original = storage.setItem.bind(storage);
  storage.setItem = (k, v) => { if (++writes === 2) { const e = new Error('full'); e.name = 'QuotaExceededError'; throw e; } original(k, v); };
  const doc = { app: 'proximity', format: 1, data: { [SETTINGS_KEY]: { theme: 'dark' }, 'proximity.plans.v1': [] } };
  assert.deepEqual(openStore(storage).importData(JSON.stringify(doc)),
    { ok: false, error: 'could not save the import (storage is full)' });
  assert.equal(storage.getItem(SETTINGS_KEY), JSON.stringify({ theme: 'light' }));
  assert.equal(storage.getItem('proximity.plans.v1'), null);
});

test('opening the store copies any unreadable proximity.* value aside before a page can overwrite it', () => {
  const storage = new FakeStorage({
    'proximity.calculator.v1': '{"unit":"lb","equipment":',
    'proximity.plans.v1': '[]',
    'other.app': '{broken',
  });
  openStore(storage);
  assert.equal(storage.getItem('proximity.backup.calculator.v1'), '{"unit":"lb","equipment":');
  assert.equal(storage.getItem('proximity.calculator.v1'), '{"unit":"lb","equipment":', 'the original stays');
  assert.equal(storage.getItem('proximity.backup.plans.v1'), null, 'valid data is not copied');
  assert.equal(storage.getItem('proximity.backup.other.app'), null, 'other apps\' keys are not ours');
  // The page then saves over it; the backup keeps what the lifter had.
  storage.setItem('proximity.calculator.v1', '{"unit":"kg"}');
  openStore(storage);
  assert.equal(storage.getItem('proximity.backup.calculator.v1'), '{"unit":"lb","equipment":');
});
