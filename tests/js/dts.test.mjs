// web/js/proximity.d.ts is what scripts/lib/gen-dts.mjs makes from the core's own
// description (px.describe()): a method, field, enum value or limit changed in the core
// without regenerating the types fails here.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createProximity } from '../../web/js/proximity.js';
import { DTS_FILE, generateDts } from '../../scripts/lib/gen-dts.mjs';

const description = (await createProximity()).describe();

test('the checked-in proximity.d.ts is what gen-dts makes from describe()', () => {
  const expected = generateDts(description);
  assert.equal(readFileSync(DTS_FILE, 'utf8'), expected,
    'web/js/proximity.d.ts is out of date: run node scripts/lib/gen-dts.mjs');
});

test('the types carry the core\'s enums, fields and method lists', () => {
  const text = generateDts(description);
  const formulas = description.enums.formula.map((f) => `'${f.value}'`).join(' | ');
  assert.match(text, new RegExp(`export type Formula = ${formulas.replace(/[|]/g, '\\|')};`));
  assert.match(text, /export interface EstimateOneRepMaxInput \{[^}]*\n {2}load: number;[^}]*\n {2}rir\?: number;/s);
  assert.match(text, /estimateOneRepMax\(input: EstimateOneRepMaxInput \| string\): EstimateOneRepMaxResult;/);
  // Every method is typed from its description, a list answer as a list of its items.
  assert.match(text, /prepareSession\(input: PrepareSessionInput \| string\): PrepareSessionResult;/);
  assert.match(text, /export interface PrepareSessionInput \{[^}]*\n {2}plan: Plan;[^}]*\n {2}week\?: number;/s);
  // Nested shapes are interfaces of their own, down to a logged set.
  assert.match(text, /export interface History \{[^}]*\n {2}workouts: Workout\[\];/s);
  assert.match(text, /export interface Workout \{[^}]*\n {2}exercises: LoggedExercise\[\];/s);
  assert.match(text, /export interface LoggedExercise \{[^}]*\n {2}sets: LoggedSet\[\];/s);
  assert.match(text, /export interface LoggedSet \{[^}]*\n {2}rir\?: number;/s);
  assert.match(text, /export interface Profile \{[^}]*\n {2}e1rm\?: Record<string, WorkingMax>;/s);
  // Every object the core answers or takes is described: no field is typed as "anything".
  assert.equal(text.match(/Record<string, any>/g), null);
  assert.match(text, /export type EvaluatePlanInput = PlanText \| PlanWithFatigue \| Plan;/);
  assert.match(text, /export interface RuleCondition \{[^}]*\n {2}all\?: RuleCondition\[\];/s);
  assert.match(text, /export interface AnalyzeHistoryResult \{[^}]*\n {2}exercises: AnalysedExercise\[\];/s);
  assert.match(text, /exercises\(input\?: ExercisesInput \| string\): ExercisesItem\[\];/);
  assert.match(text, /muscles\(input\?: MusclesInput \| string\): MusclesItem\[\];/);
  for (const m of description.methods) assert.ok(Array.isArray(m.input) && Array.isArray(m.output), m.name);
  const calculator = description.methods.filter((m) => m.builds.includes('calculator')).map((m) => `'${m.name}'`);
  assert.ok(text.includes(`export type CalculatorMethodName = ${calculator.join(' | ')};`));
  assert.ok(!/bench[A-Z]\w*\(/.test(text), 'no measurement method in the shipped API types');
  // A changed description changes the types: the test above cannot pass by accident.
  const changed = structuredClone(description);
  changed.enums.formula.push({ value: 'newFormula', label: 'New', short: 'New' });
  assert.notEqual(generateDts(changed), text);
});

test('the calculator module answers describe() with its own build and methods', async () => {
  const calc = await createProximity({ module: 'calculator' });
  const d = calc.describe();
  assert.equal(d.build, 'calculator');
  assert.deepEqual(d.methods.map((m) => m.name), calc.methods);
  assert.deepEqual(d.enums.formula, description.enums.formula);
  assert.deepEqual(d.limits.reps, description.limits.reps);
});
