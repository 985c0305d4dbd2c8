/**
 * Inputs for every method of the contract, read off its zod schemas so that a method added
 * later is covered without editing this file: one valid input per method, and malformed
 * variants of it that each break exactly one thing.
 */
import { z } from 'zod';
import { serviceSchemas, type ServiceMethod } from '../../shared/contract';

export const HUGE_STRING = 'x'.repeat(1_000_000);

/** Values a valid string field could want, tried in order against the field's own schema. */
const STRING_CANDIDATES = [
  'test-role',
  '2026-03-10',
  '2026-03-10T09:00:00.000Z',
  '19:00',
  'https://example.com/',
  'role.md',
  'Some words',
];

const NUMBER_CANDIDATES = [1, 60, 5];

function withoutWrappers(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

function firstValid(schema: z.ZodType, candidates: readonly unknown[]): unknown {
  const found = candidates.find((candidate) => schema.safeParse(candidate).success);
  if (found === undefined) throw new Error(`no valid sample for a ${schema.type} field`);
  return found;
}

/** A value the field accepts; throws when none of the known shapes fits (extend the candidates). */
function validValue(schema: z.ZodType): unknown {
  const inner = withoutWrappers(schema);
  // By type name: string formats such as z.iso.datetime() are not ZodString instances.
  if (inner.type === 'string') return firstValid(inner, STRING_CANDIDATES);
  if (inner.type === 'number') return firstValid(inner, NUMBER_CANDIDATES);
  if (inner.type === 'boolean') return true;
  if (inner instanceof z.ZodEnum) return inner.options[0];
  if (inner instanceof z.ZodArray) {
    return inner.safeParse([]).success ? [] : [validValue(inner.element as z.ZodType)];
  }
  if (inner instanceof z.ZodTuple) return (inner.def.items as z.ZodType[]).map(validValue);
  if (inner instanceof z.ZodCustom) return firstValid(inner, [new Uint8Array([123, 125])]);
  throw new Error(`no valid sample for a ${inner.type} field`);
}

function shapeOf(method: ServiceMethod): Record<string, z.ZodType> {
  return (serviceSchemas[method] as z.ZodObject).shape as Record<string, z.ZodType>;
}

/** The smallest valid input: every required field filled, optional ones left out. */
export function validInput(method: ServiceMethod): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(shapeOf(method))) {
    if (!(schema instanceof z.ZodOptional)) input[field] = validValue(schema);
  }
  return input;
}

export interface MalformedInput {
  /** What is wrong with it, for the failure message. */
  problem: string;
  input: unknown;
}

function numericMutations(schema: z.ZodNumber): { problem: string; value: unknown }[] {
  const values: { problem: string; value: unknown }[] = [
    { problem: 'not a finite number', value: Number.NaN },
    { problem: 'infinite', value: Number.POSITIVE_INFINITY },
    { problem: 'a number as text', value: '1' },
  ];
  if ((schema.minValue ?? Number.NEGATIVE_INFINITY) > -1) values.push({ problem: 'negative', value: -1 });
  if (schema.isInt) values.push({ problem: 'a fraction', value: 1.5 });
  if ((schema.maxValue ?? Number.POSITIVE_INFINITY) < 2 ** 60)
    values.push({ problem: 'too large', value: 2 ** 60 });
  return values;
}

/** Values that break one field, whatever its type. */
function fieldMutations(schema: z.ZodType): { problem: string; value: unknown }[] {
  const inner = withoutWrappers(schema);
  const values: { problem: string; value: unknown }[] = [
    { problem: 'an object instead of a value', value: { nested: { deeper: true } } },
    { problem: 'a 1 MB string', value: HUGE_STRING },
  ];
  if (!schema.safeParse(null).success) values.push({ problem: 'null', value: null });
  if (inner instanceof z.ZodNumber) values.push(...numericMutations(inner));
  if (inner instanceof z.ZodArray) {
    const element = withoutWrappers(inner.element as z.ZodType);
    values.push({ problem: 'a list of 100,000 entries', value: Array.from({ length: 100_000 }, () => 1) });
    if (element instanceof z.ZodNumber) {
      values.push(
        ...numericMutations(element).map(({ problem, value }) => ({
          problem: `an entry ${problem}`,
          value: [value],
        })),
      );
    }
  }
  if (inner instanceof z.ZodTuple) {
    const items = inner.def.items as z.ZodType[];
    const valid = items.map(validValue);
    values.push({ problem: 'one entry short', value: valid.slice(1) });
    values.push({ problem: 'one entry too many', value: [...valid, valid[0]] });
    const first = items[0] === undefined ? undefined : withoutWrappers(items[0]);
    if (first instanceof z.ZodNumber) {
      for (const { problem, value } of numericMutations(first)) {
        values.push({ problem: `a first entry ${problem}`, value: [value, ...valid.slice(1)] });
      }
    }
  }
  if (inner instanceof z.ZodEnum) values.push({ problem: 'not one of the choices', value: 'no-such-choice' });
  if (inner instanceof z.ZodCustom) values.push({ problem: 'a plain array of bytes', value: [1, 2, 3] });
  return values;
}

/** Whole inputs that are not an object of this method's shape at all. */
const WRONG_SHAPES: MalformedInput[] = [
  { problem: 'nothing', input: undefined },
  { problem: 'null', input: null },
  { problem: 'a string', input: 'all' },
  { problem: 'a number', input: 42 },
  { problem: 'an array', input: [] },
  { problem: 'a boolean', input: true },
];

/** Malformed inputs for `method`, each differing from a valid input in one way. */
export function malformedInputs(method: ServiceMethod): MalformedInput[] {
  const base = validInput(method);
  const shape = shapeOf(method);
  const inputs: MalformedInput[] = [
    ...WRONG_SHAPES,
    { problem: 'an unknown field', input: { ...base, unexpected: 1 } },
    { problem: 'an unknown 1 MB field', input: { ...base, [HUGE_STRING.slice(0, 10_000)]: HUGE_STRING } },
  ];
  for (const [field, schema] of Object.entries(shape)) {
    if (!(schema instanceof z.ZodOptional)) {
      const { [field]: _dropped, ...rest } = base;
      inputs.push({ problem: `${field} missing`, input: rest });
    }
    for (const { problem, value } of fieldMutations(schema)) {
      inputs.push({ problem: `${field} ${problem}`, input: { ...base, [field]: value } });
    }
  }
  return inputs;
}

/** Ids that pass validation but match nothing. */
export const unknownIdInputs: Partial<Record<ServiceMethod, unknown>> = {
  getPath: { pathId: 'no-such-path' },
  getPlan: { planId: 9999 },
  updatePlan: { planId: 9999, name: 'x' },
  deletePlan: { planId: 9999 },
  setItemStatus: { itemId: 9999, status: 'done' },
  updateItem: { itemId: 9999, notes: 'x' },
  addCustomItem: { planId: 9999, title: 'x' },
  deleteItem: { itemId: 9999 },
  restoreItem: { itemId: 9999 },
  removePath: { pathId: 'no-such-path', plans: 'delete' },
  getRelatedPaths: { pathId: 'no-such-path' },
  restoreBackup: { fileName: 'studypath-2020-01-01T00-00-00.000Z-manual.sqlite' },
  updatePlanSchedule: { planId: 9999, mode: 'asap' },
  replanFromToday: { planId: 9999 },
  pausePlan: { planId: 9999 },
  resumePlan: { planId: 9999 },
  reorderItems: { planId: 9999, itemIds: [1] },
  updateCertification: { itemId: 9999, bookingNote: 'x' },
  addDeliverable: { itemId: 9999, title: 'x' },
  updateDeliverable: { deliverableId: 9999, done: true },
  deleteDeliverable: { deliverableId: 9999 },
  addEvidenceLink: { itemId: 9999, kind: 'demo', url: 'https://example.com/' },
  deleteEvidenceLink: { linkId: 9999 },
  snoozeReminder: { itemId: 9999, until: '2026-03-03T09:00:00.000Z' },
  setStudySessions: { planId: 9999, enabled: true, weekdays: [1], time: '19:00' },
  exportPlanIcs: { planId: 9999 },
};
