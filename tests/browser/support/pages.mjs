// The app's pages that exist in this tree (others' pages join as they land).
import { existsSync } from 'node:fs';
import { WEB_ROOT } from './browser.mjs';

export const APP_PAGES = ['index.html', 'advisor.html', 'planner.html', 'today.html', 'history.html', 'coach.html', 'embed.html']
  .filter((name) => existsSync(`${WEB_ROOT}${name}`));
