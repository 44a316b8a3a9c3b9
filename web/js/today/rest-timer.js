// The rest timer: computed from time stamps kept in the session record ({startedAt, seconds}),
// so a reload or a locked screen does not lose it. Vibrates once at the end where allowed.
import { clock } from './format.js';

export function restTimer({ bar, left, onChange }) {
  let rest = null;
  let vibrate = true;
  let buzzed = false;
  const remaining = () => (rest ? rest.seconds - (Date.now() - rest.startedAt) / 1000 : 0);
  const tick = () => {
    if (!rest) { bar.hidden = true; return; }
    const r = remaining();
    bar.hidden = false;
    bar.classList.toggle('over', r <= 0);
    left.textContent = r > 0 ? clock(r) : `over by ${clock(-r)}`;
    if (r <= 0 && !buzzed) {
      buzzed = true;
      if (vibrate) navigator.vibrate?.([200, 100, 200]);
    }
  };
  setInterval(tick, 250);
  return {
    set(next, { vibrate: v = true } = {}) {
      rest = next;
      vibrate = v;
      buzzed = !next || remaining() <= 0;
      tick();
    },
    adjust(delta) {
      if (!rest) return;
      rest = { ...rest, seconds: Math.max(0, rest.seconds + delta) };
      buzzed = remaining() <= 0;
      tick();
      onChange(rest);
    },
    stop() { rest = null; tick(); onChange(null); },
  };
}
