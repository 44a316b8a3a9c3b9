// The calculator page: reads the form, asks the core, shows the answer.
import { loadProximity } from './proximity.js';

const px = await loadProximity();
const $ = (id) => document.getElementById(id);

function recompute() {
  try {
    const result = px.estimateOneRepMax({
      load: Number($('load').value), reps: Number($('reps').value), rir: Number($('effort').value),
    });
    $('e1rm-value').textContent = result.e1rm.toFixed(1);
    $('message').textContent = result.warnings.join(' ');
  } catch (err) {
    $('e1rm-value').textContent = '–';
    $('message').textContent = err.message;
  }
}

$('set-form').addEventListener('input', recompute);
recompute();
