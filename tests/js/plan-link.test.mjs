// Share links (web/js/plan-link.js): a plan survives the round trip, and a link that
// inflates past the core's file limit (a "deflate bomb") is refused with a message once
// the limit is reached, without inflating the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFragment, planFromFragment } from '../../web/js/plan-link.js';
import { createProximity } from '../../web/js/proximity.js';

const { fileBytes } = (await createProximity()).planDefaults().limits;

test('a plan survives the round trip through a link', async () => {
  const text = JSON.stringify({ version: 1, name: 'Силовой план', weeks: [] });
  assert.equal(await planFromFragment(await planFragment(text), fileBytes), text);
});

test('a link that inflates past the file limit is refused', async () => {
  const bomb = await planFragment(' '.repeat(64 * 1024 * 1024));  // 64 MB, a few dozen KB deflated
  assert.ok(bomb.length < 200000, `the bomb link is ${bomb.length} characters`);
  await assert.rejects(planFromFragment(bomb, fileBytes), /the plan in the link is too large \(over 4 MB\)/);
});

test('a damaged link says so', async () => {
  await assert.rejects(planFromFragment('#plan=z.AAAA', fileBytes), /the link is damaged/);
});
