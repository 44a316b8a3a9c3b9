// Writes web/js/proximity.d.ts, the types of the whole JS API, from the core's own
// description (px.describe(): methods with their builds and fields, enums, limits), so
// the types say what the core takes and never drift from it. tests/js/dts.test.mjs fails
// when the checked-in file differs from what this makes.
//   node scripts/lib/gen-dts.mjs          rewrite web/js/proximity.d.ts
//   node scripts/lib/gen-dts.mjs --check  exit 1 if it is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DTS_FILE = new URL('../../web/js/proximity.d.ts', import.meta.url);

const pascal = (name) => name.replace(/(^|[-_])([a-z])/g, (_m, _sep, c) => c.toUpperCase());
const quote = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const comment = (lines, indent = '') => {
  const body = lines.filter(Boolean);
  if (!body.length) return '';
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */\n`;
};
const range = (limit) => `${limit.min} to ${limit.max}${limit.step === 0.5 ? ' in half steps' : ''}` +
  `${limit.unit ? ` ${limit.unit}` : ''}: ${limit.reason}`;

const ITEM_TYPES = { number: 'number', string: 'string', array: 'number[]', object: 'Record<string, any>' };

function fieldType(field) {
  if (field.type === 'object' && field.items && !field.shape) {  // a map: names (of the enum, if one) -> items
    return `${field.enum ? 'Partial<Record<' + pascal(field.enum) : 'Record<string'}, ${ITEM_TYPES[field.items] ?? 'any'}>${field.enum ? '>' : ''}`;
  }
  if (field.type === 'any' && field.shape) return `${field.enum ? pascal(field.enum) : 'string'} | ${field.shape}`;
  if (field.enum) return field.type === 'array' ? `${pascal(field.enum)}[]` : pascal(field.enum);
  switch (field.type) {
    case 'number': case 'integer': return 'number';
    case 'boolean': return 'boolean';
    case 'string': return 'string';
    case 'object':  // with items: a map from names to items of the shape
      if (field.shape) return field.items ? `Record<string, ${field.shape}>` : field.shape;
      return 'Record<string, any>';
    case 'array': return `${field.shape ?? ITEM_TYPES[field.items] ?? 'any'}[]`;
    default: return 'any';
  }
}

function fieldsInterface(name, fields, d, about, base = null) {
  const lines = fields.map((f) => {
    const limit = f.limit ? d.limits[f.limit] : null;
    const doc = comment([`${f.about}${f.type === 'integer' ? ' (a whole number)' : ''}.`,
      limit ? `Range: ${range(limit)} (describe().limits.${f.limit}).` : ''], '  ');
    return `${doc}  ${f.name}${f.required ? '' : '?'}: ${fieldType(f)};`;
  });
  return `${comment([about])}export interface ${name}${base ? ` extends ${base}` : ''} {\n${lines.join('\n')}\n}\n`;
}

// An object of several forms (describe()'s inputForms / forms): the union of its shapes.
function formsType(name, forms, about) {
  const when = forms.map((f) => `${f.shape}${f.when ? ` (with ${f.when})` : ' (otherwise)'}`).join(', ');
  return `${comment([about, `One of: ${when}.`])}export type ${name} = ${forms.map((f) => f.shape).join(' | ')};\n`;
}

// The described shape whose fields are the first of `fields` (all of them, or the most),
// if one is: a method that takes or answers a whole shape (addExercise, defaultEquipment)
// is typed as that shape, one that adds fields to a shape (roundLoad) extends it.
function shapeOf(fields, d) {
  let best = null;
  for (const [name, shape] of Object.entries(d.shapes)) {
    const n = shape.fields.length;
    if (shape.forms || n < 2 || n > fields.length || (best && n <= best.n)) continue;
    if (JSON.stringify(shape.fields) === JSON.stringify(fields.slice(0, n))) best = { name, n };
  }
  return best;
}

// The interface of `fields`, an alias of the shape they are, or an extension of it.
function fieldsType(name, fields, d, about) {
  const shape = shapeOf(fields, d);
  if (shape && shape.n === fields.length) return `${comment([about])}export type ${name} = ${shape.name};\n`;
  return shape ? fieldsInterface(name, fields.slice(shape.n), d, about, shape.name) : fieldsInterface(name, fields, d, about);
}

function methodTypes(m, d) {
  const base = pascal(m.name);
  const out = [];
  const input = `${base}Input`;
  const item = `${base}Item`;
  const result = m.outputList ? `${item}[]` : `${base}Result`;
  if (m.inputForms) out.push(formsType(input, m.inputForms, `The input of px.${m.name}().`));
  else if (m.input.length) out.push(fieldsType(input, m.input, d, `The input of px.${m.name}().`));
  else out.push(`/** px.${m.name}() takes no fields. */\nexport type ${input} = Record<string, never>;\n`);
  if (m.outputList) out.push(fieldsType(item, m.output, d, `One item of the list px.${m.name}() answers.`));
  else out.push(fieldsType(result, m.output, d, `What px.${m.name}() answers.`));
  const optional = !m.inputForms && m.input.every((f) => !f.required);
  const signature = `  ${m.name}(input${optional ? '?' : ''}: ${input} | string): ${result};`;
  return { types: out.join('\n'), signature };
}

/** The text of proximity.d.ts for a describe() answer of the full build. */
export function generateDts(d) {
  const parts = [
    '// Types of web/js/proximity.js, generated by scripts/lib/gen-dts.mjs from px.describe()',
    '// (the core\'s own description of its methods, enums and limits). Do not edit: run',
    '// `node scripts/lib/gen-dts.mjs` after changing a method in core/api/method_table.hpp.',
    '',
  ];
  for (const [name, choices] of Object.entries(d.enums)) {
    parts.push(comment([`describe().enums.${name}: ${choices.map((c) => `${c.value} (${c.label})`).join(', ')}.`]) +
      `export type ${pascal(name)} = ${choices.map((c) => quote(c.value)).join(' | ')};\n`);
  }
  parts.push(`/** A build of the core: which module carries a method. */
export type Build = 'calculator' | 'full' | 'bench';

/** One choice of an enum, with the labels pages show. */
export interface EnumChoice<V extends string = string> {
  value: V;
  label: string;
  short: string;
}

/** A range an input must lie in, with its reason in words. */
export interface LimitDescription {
  min: number;
  max: number;
  /** 1 = whole numbers, 0.5 = half steps, 0 = any value. */
  step: number;
  unit?: string;
  reason: string;
}

/** One input or output field of a method. */
export interface FieldDescription {
  name: string;
  type: 'number' | 'integer' | 'boolean' | 'string' | 'object' | 'array' | 'any';
  required: boolean;
  about: string;
  /** A key of Description['enums']. */
  enum?: string;
  /** A key of Description['limits']. */
  limit?: string;
  items?: string;
  /** The object's (or each item's) shape: a key of Description['shapes']. */
  shape?: string;
}

/** One form of an object that takes several: the shape meant when its \`when\` field is given. */
export interface FormDescription {
  /** The field that says this form is meant; null: the form when no other form's field is given. */
  when: string | null;
  /** A key of Description['shapes']. */
  shape: string;
}

/** A nested shape: a set inside a workout, a plate inside equipment. */
export interface ShapeDescription {
  about: string;
  /** Its fields ([] when it is one of several forms). */
  fields: FieldDescription[];
  forms?: FormDescription[];
}

export interface MethodDescription {
  name: MethodName;
  builds: Build[];
  /** The fields it takes (none: it takes no input, or it takes one of inputForms); any other field is refused. */
  input: FieldDescription[];
  /** When the input may take several forms: each form's shape, and the field that says it is meant. */
  inputForms?: FormDescription[];
  /** The fields it answers, or with outputList those of each item of the list it answers. */
  output: FieldDescription[];
  outputList: boolean;
}
`);
  const enumsType = Object.keys(d.enums).map((n) => `    ${n}: EnumChoice<${pascal(n)}>[];`).join('\n');
  const limitsType = Object.entries(d.limits).map(([n, l]) =>
    `${comment([`${range(l)}.`], '    ')}    ${n}: LimitDescription;`).join('\n');
  for (const [name, shape] of Object.entries(d.shapes)) {
    parts.push(shape.forms ? formsType(name, shape.forms, shape.about) : fieldsInterface(name, shape.fields, d, shape.about));
  }
  const methods = d.methods.filter((m) => m.builds.includes('full'));
  const typed = methods.map((m) => ({ m, ...methodTypes(m, d) }));
  for (const t of typed) if (t.m.name !== 'describe' && t.types) parts.push(t.types);
  parts.push(`/** What px.describe() answers: the API's own machine-readable description. */
export interface DescribeResult {
  version: number;
  build: Build;
  methods: MethodDescription[];
  enums: {
${enumsType}
  };
  limits: {
${limitsType}
  };
  /** The nested shapes, each typed above as the interface of its name. */
  shapes: Record<string, ShapeDescription>;
  units: Unit[];
}
/** px.describe() takes no fields. */
export type DescribeInput = Record<string, never>;
`);
  const calculator = methods.filter((m) => m.builds.includes('calculator')).map((m) => quote(m.name));
  parts.push(`/** Every method of the full module ('full'). */
export type MethodName =
${methods.map((m) => `  | ${quote(m.name)}`).join('\n')};

/** The methods the calculator module ('calculator') carries. */
export type CalculatorMethodName = ${calculator.join(' | ')};

/** px.<method>(input): an object (or its JSON text) in, a plain object out; a bad input throws ProximityError. */
export interface ProximityMethods {
${typed.map((t) => t.signature).join('\n')}
}

interface ProximityBase<Name extends string> {
  /** Calls a method by name. */
  call(method: Name, input?: object | string): any;
  /** The methods this module carries, in the core's order. */
  readonly methods: Name[];
  /** Resolves once the instance can answer (at once, unless it is restarting after an internal error). */
  ready(): Promise<void>;
}

/** The full module: every method. */
export type Proximity = ProximityBase<MethodName> & Readonly<ProximityMethods>;
/** The calculator module: only the load methods, a much smaller download. */
export type CalculatorProximity = ProximityBase<CalculatorMethodName> &
  Readonly<Pick<ProximityMethods, CalculatorMethodName>>;

/**
 * A core error: \`kind\` is 'input' when the input was refused (\`field\` names it: "reps",
 * "rules[2].effect"; the message says what is wrong) and 'internal' for a fault of the core's own.
 */
export class ProximityError extends Error {
  constructor(error?: { kind?: 'input' | 'internal'; field?: string; message?: string });
  readonly name: 'ProximityError';
  kind: 'input' | 'internal';
  field: string;
}

/** Module name -> file name (without .js/.wasm) in web/wasm/. */
export const MODULE_FILES: Readonly<{ full: string; calculator: string }>;

export interface ProximityOptions<M extends 'full' | 'calculator' = 'full' | 'calculator'> {
  module?: M;
  /** The module's .wasm bytes, when the caller has them (no download). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Tools only: the URL of another build's glue (scripts/bench's build/wasm-bench); its .wasm lies beside it. */
  moduleUrl?: string | URL;
}

/** A new, separate instance with its own engine state (tests and tools; pages use loadProximity). */
export function createProximity(options: ProximityOptions<'calculator'> & { module: 'calculator' }): Promise<CalculatorProximity>;
export function createProximity(options?: ProximityOptions<'full'>): Promise<Proximity>;

/** The shared instance of a module (created once per page or process). */
export function loadProximity(options: ProximityOptions<'calculator'> & { module: 'calculator' }): Promise<CalculatorProximity>;
export function loadProximity(options?: ProximityOptions<'full'>): Promise<Proximity>;
`);
  return parts.join('\n');
}

async function liveDescription() {
  const { createProximity } = await import('../../web/js/proximity.js');
  return (await createProximity()).describe();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generateDts(await liveDescription());
  if (process.argv.includes('--check')) {
    const current = readFileSync(DTS_FILE, 'utf8');
    if (current !== text) {
      console.error('web/js/proximity.d.ts is out of date: run node scripts/lib/gen-dts.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(DTS_FILE, text);
    console.log(`wrote ${fileURLToPath(DTS_FILE)}`);
  }
}
