// The pure parts of saved data, in Node: settings are checked field by field
// (web/js/lib/settings-store.js), and every localStorage-era key maps to a record or a
// quarantine entry (web/js/lib/legacy-storage.js). The store itself (IndexedDB) is tested
// in the browser: tests/browser/storage.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSettings, checkImport, checkField, DEFAULT_SETTINGS } from '../../web/js/lib/settings-store.js';
import { recordFromExportKey, legacyEntries } from '../../web/js/lib/legacy-storage.js';

test('settings: nothing saved gives the defaults; a bad field falls back alone', () => {
  assert.deepEqual(parseSettings(null), { settings: { ...DEFAULT_SETTINGS }, problems: [] });
  assert.deepEqual(parseSettings({ version: 1, theme: 'dark' }), { settings: { theme: 'dark' }, problems: [] });
  assert.deepEqual(parseSettings({ theme: 'sepia' }), { settings: { theme: 'auto' }, problems: ['theme must be one of auto, light, dark'] });
  assert.deepEqual(parseSettings('dark').problems, ['saved settings are not an object']);
  assert.deepEqual(parseSettings([]).problems, ['saved settings are not an object']);
  assert.equal(checkField('colour', 'red'), 'colour is not a setting');
});

test('an import is refused when its settings are invalid; other records pass to their page', () => {
  assert.equal(checkImport('settings', { theme: 'sepia' }), 'settings: theme must be one of auto, light, dark');
  assert.equal(checkImport('settings', { version: 1, theme: 'light' }), null);
  assert.equal(checkImport('plan', { anything: true }), null);
});

test('old keys map to records; unreadable text and old backups go to quarantine, verbatim', () => {
  assert.deepEqual(recordFromExportKey('proximity.settings.v1', '{"version":1,"theme":"dark"}'), { key: 'settings', value: { version: 1, theme: 'dark' } });
  assert.deepEqual(recordFromExportKey('proximity.calculator.v1', '{"load":"140"}'), { key: 'calculator', value: { load: '140' } });
  assert.deepEqual(recordFromExportKey('proximity.plan.v1', '{"version":1,"weeks":[]}'), { key: 'plan', value: { version: 1, weeks: [] } });
  // The advisor kept the rule set as pasted: it stays text, even when it is not JSON.
  assert.deepEqual(recordFromExportKey('proximity.advisor.ruleSet', '{ "rules": ['), { key: 'advisor.ruleSet', value: '{ "rules": [' });
  const broken = recordFromExportKey('proximity.plan.v1', '{"version": 1,');
  assert.equal(broken.key, 'plan');
  assert.equal(broken.value, '{"version": 1,');
  assert.match(broken.aside, /could not be read/);
  const backup = recordFromExportKey('proximity.backup.settings.v1', '{"theme":"dark",');
  assert.deepEqual([backup.key, backup.value], ['settings', '{"theme":"dark",']);
  assert.match(backup.aside, /earlier version/);
  assert.deepEqual(recordFromExportKey('proximity.plans.v1', '[1]'), { key: 'plans.v1', value: [1] });
  assert.equal(recordFromExportKey('other.app', '1'), null);
});

test('legacyEntries reads every proximity.* item of a Storage, and nothing when storage is blocked', () => {
  const items = { 'proximity.settings.v1': '{"theme":"light"}', 'other': 'x', 'proximity.backup.plan.v1': 'oops' };
  const storage = { length: 3, key: (i) => Object.keys(items)[i], getItem: (k) => items[k] };
  assert.deepEqual(legacyEntries(storage).map((e) => [e.key, Boolean(e.aside)]), [['settings', false], ['plan', true]]);
  assert.deepEqual(legacyEntries(undefined), []);
  assert.deepEqual(legacyEntries({ get length() { throw new Error('SecurityError'); } }), []);
});
