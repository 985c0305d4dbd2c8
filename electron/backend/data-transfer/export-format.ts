/**
 * The StudyPath data export: every plan with its ticks, notes, dates and reminders, and the
 * career paths the person imported (bundled paths ship with every install, so they are left
 * out). Versioned so a future format can refuse or convert an older one.
 */
import { z } from 'zod';
import { careerPathContentSchema, text } from './content-schema';

export const DATA_EXPORT_FORMAT = 'studypath-data' as const;
export const DATA_EXPORT_SCHEMA_VERSION = 1 as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date (yyyy-MM-dd)')
  // Date.parse rolls 2026-02-30 over into March; a real date survives the round trip.
  .refine((s) => {
    const time = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
  }, 'not a real date');

/** Stored as UTC with milliseconds, so instants compare correctly as text after the import. */
const isoDateTime = z.iso
  .datetime({ offset: true, error: 'not a date and time (ISO 8601)' })
  .transform((s) => new Date(s).toISOString());

const pathId = z.string().min(1, 'empty').max(200, 'longer than 200 characters');
const contentKey = z.string().min(1, 'empty').max(400, 'longer than 400 characters');
const position = z.number().int().min(0).max(1_000_000);

const contentItemSchema = z.object({
  key: contentKey,
  kind: z.enum(['certification', 'tool', 'project']),
  title: text(20_000),
  description: text(20_000),
  hours: z.number().int().positive().max(100_000).nullable(),
});

export const exportedPathSchema = z.object({
  id: pathId,
  title: text(20_000),
  description: text(20_000),
  fileName: text(500),
  contentHash: text(200),
  content: careerPathContentSchema,
  warnings: z.array(text(2000)).max(1000),
  importedAt: isoDateTime,
  updatedAt: isoDateTime,
  items: z.array(contentItemSchema).max(10_000),
});

export const exportedPlanItemSchema = z
  .object({
    contentKey: contentKey.nullable(),
    kind: z.enum(['certification', 'tool', 'project', 'custom']),
    title: text(500),
    description: text(20_000),
    status: z.enum(['todo', 'in-progress', 'done']),
    completedAt: isoDateTime.nullable(),
    notes: text(20_000),
    dueDate: isoDate.nullable(),
    reminderAt: isoDateTime.nullable(),
    reminderNotifiedAt: isoDateTime.nullable(),
    position,
  })
  .refine((item) => (item.status === 'done') === (item.completedAt !== null), {
    message: 'a finished item needs completedAt, and only a finished item has one',
    path: ['completedAt'],
  })
  .refine((item) => (item.kind === 'custom') === (item.contentKey === null), {
    message: 'custom items have no contentKey, and every other item has one',
    path: ['contentKey'],
  });

export const exportedPlanSchema = z
  .object({
    name: z.string().trim().min(1, 'empty').max(200, 'longer than 200 characters'),
    pathId,
    pathTitle: text(20_000),
    startDate: isoDate,
    targetDate: isoDate,
    createdAt: isoDateTime,
    items: z.array(exportedPlanItemSchema).max(10_000),
  })
  .refine((plan) => plan.startDate <= plan.targetDate, {
    message: 'the target date is before the start date',
    path: ['targetDate'],
  });

/** Only what identifies the file: read first, so a stranger's JSON gets a plain answer. */
export const exportHeaderSchema = z.object({
  format: z.literal(DATA_EXPORT_FORMAT),
  schemaVersion: z.number().int().positive(),
});

export const dataExportSchema = z.object({
  format: z.literal(DATA_EXPORT_FORMAT),
  schemaVersion: z.literal(DATA_EXPORT_SCHEMA_VERSION),
  exportedAt: isoDateTime,
  app: z.object({ version: text(100).optional() }).optional(),
  paths: z.array(exportedPathSchema).max(10_000),
  plans: z.array(exportedPlanSchema).max(100_000),
});

/** The document as written: the schema's input, before instants are normalised. */
export type DataExport = z.input<typeof dataExportSchema>;
/** The document as read back and checked. */
export type CheckedDataExport = z.output<typeof dataExportSchema>;
export type ExportedPath = z.output<typeof exportedPathSchema>;
export type ExportedPlan = z.output<typeof exportedPlanSchema>;
export type ExportedPlanItem = z.output<typeof exportedPlanItemSchema>;
