// Today's page state: the engine, the store, the lifter's profile and the workout in
// progress (the record "session.current"), and the page's two message lines. The page
// (../today-page.js) passes in how to draw itself (view), so the parts below can ask for it.
import { $ } from '../lib/dom.js';

/** How the page draws itself, passed in by ../today-page.js: {render()}. */
export const view = { render: () => {} };

export const state = { px: null, store: null, defaults: null, profile: null, spotter: false, profileRev: 0, session: null, rev: 0, mode: 'rir', exercises: [] };

export function show(message) { $('status').textContent = message; }

export function fail(message) { $('error').textContent = message; }
