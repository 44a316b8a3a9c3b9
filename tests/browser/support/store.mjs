// Reading and writing the app's saved data (web/js/lib/store.js) from a test, through the
// page's own store module (same origin, same IndexedDB database).
export const readRecord = (page, key) => page.evaluate(async (k) => {
  const { getStore } = await import('./js/lib/store.js');
  return (await getStore()).read(k);
}, key);

/** The saved value as JSON text (null when nothing is saved), for equality checks. */
export const savedText = async (page, key) => {
  const record = await readRecord(page, key);
  return record ? JSON.stringify(record.value) : null;
};

export const writeRecord = (page, key, value, options) => page.evaluate(async ([k, v, o]) => {
  const { getStore } = await import('./js/lib/store.js');
  return (await getStore()).write(k, v, o);
}, [key, value, options]);

export const quarantined = (page) => page.evaluate(async () => {
  const { getStore } = await import('./js/lib/store.js');
  return (await getStore()).quarantined();
});

/** Waits until the saved value of `key` satisfies `test` (polls; throws after `timeout` ms). */
export async function waitRecord(page, key, test, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const record = await readRecord(page, key);
    if (record && test(record.value)) return record;
    if (Date.now() > end) throw new Error(`saved ${key} never matched: ${JSON.stringify(record?.value)?.slice(0, 200)}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** The saved training history as one document (web/js/lib/history-records.js), or null. */
export const readHistory = (page) => page.evaluate(async () => {
  const { getStore } = await import('./js/lib/store.js');
  const { historyRecords } = await import('./js/lib/history-records.js');
  return historyRecords(await getStore()).load();
});

/** Saves a whole history document as its records (one per workout), as another tab would. */
export const writeHistory = (page, history) => page.evaluate(async (h) => {
  const { getStore } = await import('./js/lib/store.js');
  const { splitHistoryDocument, HISTORY_TOPIC } = await import('./js/lib/history-records.js');
  const records = splitHistoryDocument({ history: h });
  return (await getStore()).writeAll(Object.entries(records).map(([key, value]) => ({ key, value })), HISTORY_TOPIC);
}, history);
