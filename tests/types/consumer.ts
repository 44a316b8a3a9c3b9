// A small embedder of Proximity, type-checked by `tsc --noEmit` (scripts/test): it uses
// the types of web/js/proximity.d.ts as someone embedding the core would, and marks the
// mistakes the types must catch with @ts-expect-error (tsc fails if one is not caught).
import {
  createProximity,
  loadProximity,
  ProximityError,
  type CalculatorProximity,
  type DescribeResult,
  type Formula,
  type History,
  type LoggedSet,
  type Plan,
  type Profile,
  type Proximity,
} from '../../web/js/proximity.js';

export async function oneRepMax(load: number, reps: number, rir: number): Promise<number> {
  const px: Proximity = await loadProximity();
  const result = px.estimateOneRepMax({ load, reps, rir, formula: 'mayhew' });
  const e1rm: number = result.e1rm;
  const warnings: string[] = result.warnings;
  return warnings.length ? e1rm : Math.round(e1rm * 10) / 10;
}

export async function tableForThePage(e1rm: number): Promise<number[]> {
  const calc: CalculatorProximity = await createProximity({ module: 'calculator' });
  const table = calc.loadTable({ e1rm, maxReps: 10 });
  // @ts-expect-error the calculator module carries no failure advice
  calc.adviseSet({ exercise: 'back-squat' });
  return table.rpe;
}

export async function formulaOptions(): Promise<Array<[Formula, string]>> {
  const px = await loadProximity();
  const d: DescribeResult = px.describe();
  const maxReps: number = d.limits.reps.max;
  const options = d.enums.formula.map((f): [Formula, string] => [f.value, f.short]);
  return maxReps > 0 ? options : [];
}

export async function mistakesTheTypesCatch(): Promise<void> {
  const px = await loadProximity();
  // @ts-expect-error load must be a number
  px.estimateOneRepMax({ load: '100', reps: 5, rir: 2 });
  // @ts-expect-error not a formula
  px.estimateOneRepMax({ load: 100, reps: 5, rir: 2, formula: 'epely' });
  // @ts-expect-error e1rm is required
  px.loadForTarget({ reps: 5, rir: 2 });
  // @ts-expect-error no such method
  px.estimateOneRepMaximum({ load: 100, reps: 5, rir: 2 });
  // @ts-expect-error week must be a number (a whole number, from 0)
  px.prepareSession({ plan: {}, week: '2' });
  // @ts-expect-error measurement methods are not in the shipped modules
  px.benchRecompute({ iterations: 10 });
  try {
    px.convertUnit({ value: 100, from: 'kg', to: 'lb' });
  } catch (err) {
    if (err instanceof ProximityError) console.log(err.field.toUpperCase(), err.message);
  }
}

export async function exerciseIds(): Promise<string[]> {
  const px = await loadProximity();
  // exercises() answers a list of typed items.
  return px.exercises().map((e) => e.id);
}

export async function nestedShapes(): Promise<number> {
  const px = await loadProximity();
  // A history's nested shapes are typed: workouts, their exercises, their sets.
  const history: History = {
    version: 1,
    workouts: [{
      start: '2026-12-01T18:00:00',
      exercises: [{ exercise: 'back-squat', sets: [{ load: 100, unit: 'kg', reps: 5, rir: 2 }] }],
    }],
  };
  const read = px.readHistory({ history });
  const firstSet: LoggedSet = read.history.workouts[0].exercises[0].sets[0];
  px.appendWorkout({
    workout: {
      start: '2026-12-02T18:00:00',
      // @ts-expect-error a set's reps in reserve is `rir`, not `rri`
      exercises: [{ exercise: 'back-squat', sets: [{ load: 100, unit: 'kg', reps: 5, rri: 2 }] }],
    },
  });
  px.appendWorkout({
    workout: {
      start: '2026-12-02T18:00:00',
      // @ts-expect-error a set's load is a number
      exercises: [{ exercise: 'back-squat', sets: [{ load: '100', unit: 'kg', reps: 5 }] }],
    },
  });
  // @ts-expect-error a plate is {weight, count}
  px.roundLoad({ load: 100, equipment: { type: 'barbell', plates: [{ weight: 20, number: 2 }] } });
  const plan: Plan = px.exportPlan({ text: '{}' }).plan;
  // @ts-expect-error not a phase
  plan.weeks[0].phase = 'bulk';
  const profile: Profile = px.readProfile({ profile: { version: 2, e1rm: { 'back-squat': { value: 140, date: '2026-12-01', source: 'typed' } } } }).profile;
  // An input of several forms: a plan's text, or a plan with the fatigue reported now.
  px.evaluatePlan({ text: '{}' });
  px.evaluatePlan({ plan: { text: '{}' }, fatigue: { signs: ['performanceDrop'] } });
  // @ts-expect-error the fatigue signs are a list
  px.evaluatePlan({ plan: { text: '{}' }, fatigue: { signs: 'performanceDrop' } });
  // A phase by name, or with the week of a failure block.
  px.adviseSet({ exercise: 'back-squat', phase: 'deload' });
  px.adviseSet({ exercise: 'back-squat', phase: { name: 'failure-block', week: 2 } });
  // @ts-expect-error a failure block's week is `week`, not `weeks`
  px.adviseSet({ exercise: 'back-squat', phase: { name: 'failure-block', weeks: 2 } });
  const rules = px.ruleSet();
  // @ts-expect-error a rule's effect says `verdict`
  rules.rules[0].effect = { verdikt: 'failure' };
  rules.rules[0].condition = { all: [{ fact: 'lifter.status', eq: 'beginner' }, { not: { fact: 'session.spotter', eq: true } }] };
  // @ts-expect-error a condition's list of all is `all`
  rules.rules[0].condition = { al: [{ fact: 'lifter.status', eq: 'beginner' }] };
  return firstSet.reps + (profile.e1rm?.['back-squat']?.value ?? 0);
}
