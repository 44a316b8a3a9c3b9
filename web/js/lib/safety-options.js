// @ts-check
// The one option set for "what catches a failed rep", shared by the advisor page and the
// widget. The values are the core's session.safety choices (core/policy/facts.cpp); only the
// words a lifter reads live here.
export const SAFETY_OPTIONS = [
  ['none', 'Nothing: training alone'],
  ['pins', 'Safety pins or arms are set'],
  ['spotter', 'A competent spotter is present'],
];
export const SAFETY_LABEL = 'What catches a failed rep';
