/**
 * The StudyPath data export: every plan with its ticks, notes, dates, reminders, schedule and
 * tracking, the app settings, and the career paths the person imported (bundled paths ship
 * with every install, so they are left out). Versioned so a future format can refuse or
 * convert an older one.
 *
 * Version 2 added the schedule (budget, mode, pause, study sessions), effort and start dates,
 * snoozes, certification records, deliverables, evidence links, content details and settings.
 * Those fields are optional here so that a version 1 file still reads; the writer always
 * gives them, and an import fills what a version 1 file lacks the way the database upgrade did.
 */
import { z } from 'zod';
import { isSafeExternalUrl } from '../../../shared/links';
import { validateWeeklyBudget } from '../../../shared/planning';
import { careerPathContentSchema, text } from './content-schema';

export const DATA_EXPORT_FORMAT = 'studypath-data' as const;
export const DATA_EXPORT_SCHEMA_VERSION = 2 as const;
/** Every version this build reads. */
const READABLE_SCHEMA_VERSIONS = [1, 2] as const;

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

const contentItemDetailsSchema = z.object({
  level: z.enum(['foundational', 'associate', 'professional', 'expert']).nullable(),
  validityYears: z.number().int().positive().max(100).nullable(),
  deliverables: z.array(text(20_000)).max(500),
});

const contentItemSchema = z.object({
  key: contentKey,
  kind: z.enum(['certification', 'tool', 'project']),
  title: text(20_000),
  description: text(20_000),
  hours: z.number().int().positive().max(100_000).nullable(),
  details: contentItemDetailsSchema.optional(),
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

const certificationRecordSchema = z.object({
  examDate: isoDate.nullable(),
  examNotifiedAt: isoDateTime.nullable(),
  bookingNote: text(500),
  result: z.enum(['passed', 'failed']).nullable(),
  score: text(50),
  earnedDate: isoDate.nullable(),
  validityYears: z.number().int().positive().max(100).nullable(),
  expiresDate: isoDate.nullable(),
  renewalNotifiedAt: isoDateTime.nullable(),
});

const deliverableSchema = z.object({ title: text(500), done: z.boolean() });

const evidenceLinkSchema = z.object({
  kind: z.enum(['repository', 'demo', 'write-up', 'other']),
  url: text(2000).refine(isSafeExternalUrl, 'not an http(s) web address'),
  label: text(200),
});

export const exportedPlanItemSchema = z
  .object({
    contentKey: contentKey.nullable(),
    kind: z.enum(['certification', 'tool', 'project', 'custom']),
    title: text(500),
    description: text(20_000),
    status: z.enum(['todo', 'in-progress', 'done', 'skipped']),
    completedAt: isoDateTime.nullable(),
    notes: text(20_000),
    dueDate: isoDate.nullable(),
    reminderAt: isoDateTime.nullable(),
    reminderNotifiedAt: isoDateTime.nullable(),
    position,
    effortHours: z.number().positive().max(100_000).optional(),
    startDate: isoDate.nullable().optional(),
    snoozedUntil: isoDateTime.nullable().optional(),
    certification: certificationRecordSchema.nullable().optional(),
    deliverables: z.array(deliverableSchema).max(1000).optional(),
    evidence: z.array(evidenceLinkSchema).max(1000).optional(),
  })
  .refine((item) => (item.status === 'done') === (item.completedAt !== null), {
    message: 'a finished item needs completedAt, and only a finished item has one',
    path: ['completedAt'],
  })
  .refine((item) => (item.kind === 'custom') === (item.contentKey === null), {
    message: 'custom items have no contentKey, and every other item has one',
    path: ['contentKey'],
  })
  .refine((item) => item.kind === 'certification' || (item.certification ?? null) === null, {
    message: 'only a certification has an exam record',
    path: ['certification'],
  });

const studySessionsSchema = z.object({
  enabled: z.boolean(),
  weekdays: z.array(z.number().int().min(1).max(7)).max(7),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time (HH:mm)'),
});

export const exportedSettingsSchema = z.object({
  renewalReminderDays: z.number().int().min(1).max(365),
  keepRunningInTray: z.boolean(),
  startAtLogin: z.boolean(),
});

export const exportedPlanSchema = z
  .object({
    name: z.string().trim().min(1, 'empty').max(200, 'longer than 200 characters'),
    pathId,
    pathTitle: text(20_000),
    startDate: isoDate,
    targetDate: isoDate,
    createdAt: isoDateTime,
    budget: z
      .array(z.number())
      .refine((budget) => validateWeeklyBudget(budget).ok, 'not a weekly budget (7 days of minutes)')
      .optional(),
    mode: z.enum(['target', 'asap']).optional(),
    pausedSince: isoDate.nullable().optional(),
    studySessions: studySessionsSchema.optional(),
    studyNotifiedAt: isoDateTime.nullable().optional(),
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
  schemaVersion: z.literal(READABLE_SCHEMA_VERSIONS),
  exportedAt: isoDateTime,
  app: z.object({ version: text(100).optional() }).optional(),
  settings: exportedSettingsSchema.partial().optional(),
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
export type ExportedPathItem = z.output<typeof contentItemSchema>;
