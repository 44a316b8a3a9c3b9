// The installed, offline app: every page includes
//   <link rel="manifest" href="manifest.webmanifest">
//   <script type="module" src="js/pwa.js"></script>
// It registers the service worker (web/sw.js, generated at build time by
// scripts/lib/build-sw.mjs with Workbox: every file precached with a content revision),
// says "Ready to work offline" after the first install, and "Update available" with a
// Reload button when a new deployment is waiting (SKIP_WAITING, then one reload on
// controllerchange); when the page holds edits that are not saved yet it asks first (the
// edits are kept as a draft and come back after the reload). It also applies the saved
// theme and adds the "Your data" footer.
import { getStore } from './lib/store.js';
import { hasUnsaved, flushDrafts } from './lib/unsaved.js';

const SW_URL = new URL('../sw.js', import.meta.url);
const SCOPE = new URL('../', import.meta.url);
const UPDATE_CHECK_MS = 30 * 60 * 1000;  // an app left open in the gym still hears of updates

// The shell's styles come with it, so a page needs only the two lines above.
const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL('../css/pwa.css', import.meta.url).href });
document.head.append(sheet);

export const applyTheme = (theme) => { document.documentElement.dataset.theme = theme; };
// The footer's code is a chunk of its own (scripts/lib/bundle.mjs), fetched beside the page's.
getStore().then(async (store) => (await import('./data-controls.js')).mountDataControls(store, { onTheme: applyTheme }));

const NOTICE_MS = 6000;  // a notice without an action goes away by itself
let banner = null;
let bannerTimer = 0;
// The banner sits in the page's flow, under the site nav, so it never covers content
// (the advisor's verdict bar, the calculator's selected cell).
function showBanner(text, action, second) {
  banner?.remove();
  clearTimeout(bannerTimer);
  banner = document.createElement('div');
  banner.className = 'pwa-banner';
  banner.setAttribute('role', 'status');
  const message = document.createElement('span');
  message.textContent = text;
  banner.append(message);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', () => { button.disabled = true; action.run(); });
    banner.append(button);
  }
  if (second) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = second.label;
    button.addEventListener('click', second.run);
    banner.append(button);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'pwa-close';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '×';
  close.addEventListener('click', () => { banner?.remove(); banner = null; });
  banner.append(close);
  const nav = document.querySelector('.site-nav');
  if (nav) nav.after(banner); else document.body.prepend(banner);
  if (!action) bannerTimer = setTimeout(() => { banner?.remove(); banner = null; }, NOTICE_MS);
}

async function register() {
  const sw = navigator.serviceWorker;
  let updateRequested = false;
  sw.addEventListener('controllerchange', () => {
    if (updateRequested) window.location.reload();
  });
  const apply = async (worker) => {
    await flushDrafts();
    updateRequested = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
  const offerUpdate = (worker) => showBanner('Update available.', {
    label: 'Reload',
    run: () => {
      if (!hasUnsaved()) { apply(worker); return; }
      showBanner('This page has changes that are not saved yet. They are kept as a draft and come back after the update. Reload now?',
        { label: 'Reload now', run: () => apply(worker) },
        { label: 'Not now', run: () => offerUpdate(worker) });
    },
  });
  let registration;
  try {
    registration = await sw.register(SW_URL.href, { scope: SCOPE.href });
  } catch {
    return;  // offline before the first install, or no sw.js in a dev tree: the page still works
  }
  if (!registration) return;  // a browser that blocks service workers may answer none: no offline, no updates to offer
  if (registration.waiting && sw.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      if (sw.controller) offerUpdate(worker);
      else showBanner('Ready to work offline.');
    });
  });
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < UPDATE_CHECK_MS) return;
    lastCheck = Date.now();
    registration.update().catch(() => {});
  });
}

// After the page has loaded, so that the first visit's precaching never competes with it.
if ('serviceWorker' in navigator) {
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
