// The coach page against a real CouchDB-compatible server (tests/browser/support/couch.mjs):
// four athletes, three of whom let the coach read (one through "Your data" as a person does,
// two through their database's _security); the coach sees those three, each analysed by the
// core as the athlete's own Progress page would, is refused the fourth, cannot write to an
// athlete's log, and loses an athlete who withdraws access.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, screenshot } from './support/browser.mjs';
import { startCouch } from './support/couch.mjs';
import { createProximity } from '../../web/js/proximity.js';
import { syntheticHevyYear } from '../../scripts/lib/synthetic-hevy.mjs';

let browser, server, couch, px;
before(async () => {
  couch = await startCouch();
  server = await serveWeb({ proxy: { prefix: '/couchdb/', target: couch.url } });
  browser = await launchBrowser();
  px = await createProximity();
});
after(async () => { await browser?.close(); await server?.close(); await couch?.close(); });

const doc = (id, value) => ({ _id: id, app: 'proximity', format: 1, value, savedAt: '2026-12-01T10:00:00Z' });
// Twelve weeks of the synthetic Hevy year, as the Progress page imports it.
const history = () => {
  const lines = syntheticHevyYear().split('\n');
  return px.importHistory({ text: lines.slice(0, 1 + 12 * 4 * 35).join('\n') }).history;
};

test('a coach reads the three athletes who share, is refused the fourth, and never writes', async () => {
  const athletes = [];
  for (const name of ['gus', 'hal', 'ivy', 'jon']) {
    const a = await couch.addAthlete(name, `${name}-secret`);
    const plan = px.generateMesocycle({ template: 'push', weeks: 3, name: `${name}'s block` });
    await couch.ask(`${a.db}/_bulk_docs`, { method: 'POST', who: a, body: { docs: [doc('history', history()), doc('plan', plan)] } });
    athletes.push(a);
  }
  const kim = await couch.addUser('kim', 'kim-secret');
  const [gus, hal, ivy, jon] = athletes;

  // Gus lets the coach read through "Your data".
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const gusPage = await phone.newPage();
  await gusPage.goto(`${server.url}history.html`);
  await gusPage.click('.data-sync summary');
  await gusPage.fill('#px-sync-url', `${server.url}couchdb/${gus.db}`);
  await gusPage.fill('#px-sync-user', gus.user);
  await gusPage.fill('#px-sync-password', gus.password);
  await gusPage.click('.sync-setup button[type=submit]');
  await gusPage.waitForSelector('.sync-state:text("Up to date")', { timeout: 20000 });
  await gusPage.fill('#px-coach-name', 'kim');
  await gusPage.click('button:text("Let this coach read")');
  await gusPage.waitForSelector('.sync-access p:text("kim can now read your training")');
  await gusPage.locator('.sync-access').scrollIntoViewIfNeeded();
  await screenshot(gusPage, 'sync-coach-access-phone');
  // Hal and Ivy through their database's security document, as CouchDB's own tools do.
  for (const a of [hal, ivy]) {
    const answer = await couch.ask(`${a.db}/_security`, { method: 'PUT', who: a,
      body: { admins: { names: [a.user], roles: [] }, members: { names: [a.user, 'kim'], roles: [] } } });
    assert.equal(answer.status, 200);
  }

  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const coach = await desk.newPage();
  const errors = [];
  coach.on('pageerror', (e) => errors.push(e.message));
  await coach.goto(`${server.url}coach.html`);
  await coach.fill('#coach-url', `${server.url}couchdb/`);
  await coach.fill('#coach-user', kim.user);
  await coach.fill('#coach-password', kim.password);
  await coach.click('#coach-form button[type=submit]');
  await coach.waitForSelector('#athletes[data-done]', { timeout: 30000 });
  const shown = await coach.locator('.coach-athlete h2').allTextContents();
  assert.deepEqual(shown, ['gus', 'hal', 'ivy']);
  // The figures are the core's: this week's hard sets as px.analyzeHistory gives them.
  const expected = px.analyzeHistory({ history: history(), profile: px.readProfile({ profile: { version: 1 } }).profile, exercise: null });
  const week = expected.weeks.at(-1);
  const card = coach.locator('.coach-athlete[data-athlete="hal"]');
  assert.match(await card.locator('h3').first().textContent(), new RegExp(`: ${week.hardSetCount} hard sets$`));
  const text = await card.textContent();
  assert.match(text, new RegExp(`the failure policy advised against ${week.advisedAgainst} of them`));
  assert.match(text, /Week 1, session 1 of the plan\./);
  await screenshot(coach, 'coach-desktop');

  // The fourth database is refused to the coach, and the coach cannot write to a shared one.
  assert.ok([401, 403].includes((await couch.ask(jon.db, { who: kim })).status));
  const write = await couch.ask(`${gus.db}/plan-by-coach`, { method: 'PUT', who: kim, body: doc('plan-by-coach', {}) });
  assert.equal(write.status, 403);

  // Gus withdraws: the coach no longer sees him.
  await gusPage.click('button:text("Withdraw kim\'s access")');
  await gusPage.waitForSelector('.sync-access p:text("kim can no longer read")');
  await coach.reload();
  await coach.waitForSelector('#athletes[data-done]', { timeout: 30000 });
  assert.deepEqual(await coach.locator('.coach-athlete h2').allTextContents(), ['hal', 'ivy']);
  const phoneCoach = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await phoneCoach.goto(`${server.url}coach.html`);  // another browser: asks to sign in
  await phoneCoach.waitForSelector('#coach-form:not([hidden])');
  assert.deepEqual(errors, []);
  await phone.close();
  await desk.close();
});
