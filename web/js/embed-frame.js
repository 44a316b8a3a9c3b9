// The iframe embed (embed-frame.html?mode=table&unit=lb...): one <proximity-calculator>
// whose attributes come from the query string, for host pages that allow no scripts; the
// formula, when the query names none, and the RIR calibration are the lifter's own
// (lib/lifter-formula.js).
// The only thing sent to the host page is the frame's content height, so a host that
// does run scripts may size the iframe (message {type: "proximity-embed-size", height}).
import '../widget/proximity-widget.js';

export const FRAME_ATTRIBUTES = ['mode', 'unit', 'effort', 'load', 'reps', 'rir', 'rpe', 'formula', 'exercise', 'theme'];

const params = new URLSearchParams(window.location.search);
const widget = document.createElement('proximity-calculator');
for (const name of FRAME_ATTRIBUTES) {
  if (params.has(name)) widget.setAttribute(name, params.get(name));
}
document.getElementById('widget-slot').append(widget);

// The lifter's own formula (when the query names none) and RIR calibration, as set on
// Proximity's calculator, when this frame can see Proximity's saved data (opened on
// Proximity's own site; on another site the browser gives the frame a storage of its own,
// empty, and the core's default formula and calls at face value stay). The frame never
// creates the store: with none saved it reads nothing and writes nothing.
Promise.all([import('./lib/store.js'), import('./lib/lifter-formula.js')])
  .then(async ([{ getStore, DB_NAME }, { lifterFormula, lifterCalibration }]) => {
    const saved = await indexedDB.databases?.();
    if (!saved?.some((db) => db.name === DB_NAME)) return;
    const store = await getStore();
    const [formula, calibration] = await Promise.all([lifterFormula(store), lifterCalibration(store)]);
    if (formula && !params.has('formula') && !widget.hasAttribute('formula')) widget.setAttribute('formula', formula);
    if (calibration) widget.calibration = calibration;
  })
  .catch(() => {});  // no storage: the defaults

// The content's own height (the slot's bottom edge), not the document's scroll height, which
// never drops below the frame's height and so could only grow.
if (window.parent !== window) {
  const slot = document.getElementById('widget-slot');
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(slot.getBoundingClientRect().bottom + window.scrollY);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'proximity-embed-size', height }, '*');
  }).observe(slot);
}
