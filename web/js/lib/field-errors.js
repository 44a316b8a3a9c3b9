// @ts-check
// The one way a page shows a core error (ProximityError: {field, message}) next to the
// input it names: the input is marked aria-invalid and described by a note beside it that
// says the problem in words; nothing else on the page changes. An error naming no known
// input is said in the page's fallback line.
//
//   const errors = fieldErrors({
//     inputs: { 'set.reps': $('reps'), load: { input: $('load'), note: $('load-error') } },
//     words: { 'set.of': 'the number of sets' },   // paths inside messages, as words
//     fallback: $('form-error'),
//   });
//   try { ... } catch (err) { errors.show(err); }    // errors.clear() when the input is good
//
// `inputs` maps a field path to its input (or {input, note}); a path is looked up as given,
// without its list indices ("plates[2].weight" -> "plates.weight"), then by its last part.
// `find(field)` may answer instead, for paths a map cannot list; a target may be a note
// alone (a list with no single input). Without a `note`, one is
// created after the input's label (class "field-error"). A target's `label` starts the note
// (for a note shared by several inputs). A target `withField` keeps the field's name in the
// message (a note that is not beside its input: the planner's one error line).

let nextId = 0;

const asTarget = (entry) => (!entry ? null : entry instanceof Element ? { input: entry } : entry);

function lookup(inputs, field) {
  const bare = field.replace(/\[\d+\]/g, '');
  return inputs[field] ?? inputs[bare] ?? inputs[bare.split('.').pop()];
}

/** The core's message as a sentence for a person: paths in `words` said as words; the field's
 *  own path otherwise dropped (the note stands beside its input). */
export function readableMessage(error, words = {}, { withField = false } = {}) {
  const field = String(error.field ?? '');
  let message = String(error.message ?? '');
  if (!withField && field && !(field in words) && message.startsWith(`${field} `)) message = message.slice(field.length + 1);
  for (const [path, word] of Object.entries(words).sort((a, b) => b[0].length - a[0].length))
    message = message.split(path).join(word);
  if (message === 'is required') message = 'required';
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** @param {{inputs?: object, find?: (field: string) => any, words?: object, fallback?: Element, onShow?: (target: object, field: string) => void}} options */
export function fieldErrors({ inputs = {}, find, words = {}, fallback, onShow } = {}) {
  const marked = new Map();   // inputs marked invalid -> their aria-describedby before
  const notes = new Set();    // notes written (or created) for them

  function clear() {
    for (const [input, before] of marked) {
      input.removeAttribute('aria-invalid');
      if (before === null) input.removeAttribute('aria-describedby');
      else input.setAttribute('aria-describedby', before);
    }
    for (const note of notes) {
      if (note.dataset.created) note.remove();
      else note.textContent = '';
    }
    marked.clear();
    notes.clear();
    if (fallback) fallback.textContent = '';
  }

  /** Shows `error` beside its input (or in the fallback line); `suffix` is added to the words. */
  function show(error, { suffix = '', fallback: line = fallback } = {}) {
    clear();
    if (!error) return null;
    const field = String(error.field ?? '');
    const target = asTarget(find?.(field) ?? (field ? lookup(inputs, field) : null));
    if (!target?.input && !target?.note) {
      if (line) {
        line.textContent = readableMessage(error, words, { withField: true }) + suffix;
        notes.add(line);
      }
      return null;
    }
    let note = target.note;
    if (!note) {
      note = document.createElement('p');
      note.className = 'field-error';
      note.dataset.created = 'true';
      note.setAttribute('role', 'alert');
      (target.after ?? target.input.closest('label') ?? target.input).after(note);
    }
    if (!note.id) note.id = target.input?.id ? `${target.input.id}-error` : `field-error-${++nextId}`;
    const sentence = readableMessage(error, words, { withField: !!target.withField });
    // A note shared by several inputs names the one it is about: "Reps must be 1-30".
    note.textContent = (target.label ? `${target.label} ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence) + suffix;
    const input = target.input;
    if (input) {
      const before = input.getAttribute('aria-describedby');
      const ids = (before ?? '').split(/\s+/).filter(Boolean);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', ids.includes(note.id) ? ids.join(' ') : [...ids, note.id].join(' '));
      marked.set(input, before);
    }
    notes.add(note);
    onShow?.(target, field);
    return target;
  }

  return { show, clear };
}
