// Sharing the plan as a link: the plan travels in the URL fragment (../plan-link.js),
// through the native share sheet where the browser has one, the clipboard otherwise. A
// plan opened from a link is not saved until the person says so.
import { planFragment } from '../plan-link.js';
import { $ } from '../lib/dom.js';
import { state } from './state.js';
import { setStatus } from './storage.js';

export async function shareLink() {
  const fragment = await planFragment(JSON.stringify(state.plan));
  const url = `${location.href.split('#')[0]}${fragment}`;
  $('share-box').hidden = false;
  $('share-url').value = url;
  $('share-url').select();
  if (navigator.share && navigator.canShare?.({ url })) {
    try {
      await navigator.share({ title: state.plan?.name || 'Training plan', url });
      setStatus('Plan shared.');
      return;
    } catch (error) {
      if (error?.name === 'AbortError') { setStatus('Sharing cancelled; the link is in the box below.'); return; }
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    setStatus(`Link copied (${url.length} characters).`);
  } catch {
    setStatus(`Link ready below (${url.length} characters): copy it from the box.`);
  }
}

export function leaveShared() {
  state.shared = false;
  $('shared-banner').hidden = true;
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}
