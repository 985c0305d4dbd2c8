/**
 * The one API contract between the renderer and the back end: every method's name,
 * its argument schema, its result type and which tables it changes.
 */
import { z } from 'zod';
import { SERVICE_METHOD_NAMES } from './channels';
import type {
  ActivitySummary,
  AppSettings,
  BackupInfo,
  DataImportOutcome,
  DataImportPreview,
  ImportOutcome,
  LibrarySearchHit,
  PathDetail,
  PathSummary,
  PlanDetail,
  PlanItem,
  PlanSummary,
  RelatedPath,
  RemovePathOutcome,
  ReminderOverview,
  RestoreOutcome,
  StartupNotice,
} from './domain';
import { isSafeExternalUrl } from './links';
import type { Result } from './result';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-MM-dd')
  // Date.parse rolls 2026-02-30 over into March, so the date must also survive a round trip.
  .refine((s) => {
    const time = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
  }, 'not a real date');
const isoDateTime = z.iso.datetime({ offset: true });
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const pathId = z.string().min(1).max(200);
const shortText = z.string().max(500);
const longText = z.string().max(20_000);
const itemStatus = z.enum(['todo', 'in-progress', 'done', 'skipped']);
const minutesPerDay = z
  .number()
  .int()
  .min(0)
  .max(16 * 60);
const weeklyBudget = z.tuple([
  minutesPerDay,
  minutesPerDay,
  minutesPerDay,
  minutesPerDay,
  minutesPerDay,
  minutesPerDay,
  minutesPerDay,
]);
const scheduleMode = z.enum(['target', 'asap']);
const effortHours = z.number().min(0.25).max(2000);
const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(isSafeExternalUrl, 'must be an http(s) web address without a user name or password');

export const serviceSchemas = {
  listPaths: z.object({}).strict(),
  getPath: z.object({ pathId }).strict(),
  importCareerPath: z
    .object({
      fileName: z.string().min(1).max(500),
      bytes: z.instanceof(Uint8Array),
    })
    .strict(),
  listPlans: z.object({}).strict(),
  getPlan: z.object({ planId: id }).strict(),
  createPlan: z
    .object({
      name: z.string().trim().min(1, 'a plan needs a name').max(200),
      pathId,
      startDate: isoDate,
      targetDate: isoDate,
      itemKeys: z.array(z.string().min(1).max(400)).max(2000),
      /** Default: an hour on weekdays and three on Saturday. */
      budget: weeklyBudget.optional(),
      mode: scheduleMode.optional(),
    })
    .strict()
    .refine((p) => p.startDate <= p.targetDate, 'the target date must not be before the start date'),
  updatePlan: z
    .object({
      planId: id,
      name: z.string().trim().min(1).max(200).optional(),
      startDate: isoDate.optional(),
      targetDate: isoDate.optional(),
    })
    .strict(),
  deletePlan: z.object({ planId: id }).strict(),
  setItemStatus: z.object({ itemId: id, status: itemStatus }).strict(),
  updateItem: z
    .object({
      itemId: id,
      effortHours: effortHours.optional(),
      title: z.string().trim().min(1).max(500).optional(),
      notes: longText.optional(),
      dueDate: isoDate.nullable().optional(),
      reminderAt: isoDateTime.nullable().optional(),
    })
    .strict(),
  addCustomItem: z
    .object({
      planId: id,
      title: z.string().trim().min(1, 'an item needs a title').max(500),
      description: shortText.optional(),
      dueDate: isoDate.nullable().optional(),
    })
    .strict(),
  deleteItem: z.object({ itemId: id }).strict(),
  /** Puts back an item deleted since the app started, whole: its kind, record, deliverables and links. */
  restoreItem: z.object({ itemId: id }).strict(),
  getReminders: z.object({}).strict(),

  removePath: z.object({ pathId, plans: z.enum(['keep', 'delete']) }).strict(),
  searchLibrary: z.object({ query: z.string().max(200) }).strict(),
  getRelatedPaths: z.object({ pathId, limit: z.number().int().min(1).max(20).optional() }).strict(),

  listBackups: z.object({}).strict(),
  backupNow: z.object({}).strict(),
  restoreBackup: z.object({ fileName: z.string().min(1).max(200) }).strict(),
  getStartupNotice: z.object({}).strict(),
  exportData: z.object({}).strict(),
  previewDataImport: z
    .object({ bytes: z.instanceof(Uint8Array), mode: z.enum(['merge', 'replace']) })
    .strict(),
  importData: z.object({ bytes: z.instanceof(Uint8Array), mode: z.enum(['merge', 'replace']) }).strict(),

  updatePlanSchedule: z
    .object({
      planId: id,
      budget: weeklyBudget.optional(),
      mode: scheduleMode.optional(),
      targetDate: isoDate.optional(),
    })
    .strict(),
  replanFromToday: z.object({ planId: id }).strict(),
  pausePlan: z.object({ planId: id }).strict(),
  resumePlan: z.object({ planId: id }).strict(),
  reorderItems: z.object({ planId: id, itemIds: z.array(id).min(1).max(2000) }).strict(),
  updateCertification: z
    .object({
      itemId: id,
      examDate: isoDate.nullable().optional(),
      bookingNote: shortText.optional(),
      result: z.enum(['passed', 'failed']).nullable().optional(),
      score: z.string().trim().max(50).optional(),
      earnedDate: isoDate.nullable().optional(),
      validityYears: z.number().int().min(1).max(10).nullable().optional(),
      expiresDate: isoDate.nullable().optional(),
    })
    .strict(),
  addDeliverable: z.object({ itemId: id, title: z.string().trim().min(1).max(500) }).strict(),
  updateDeliverable: z
    .object({
      deliverableId: id,
      title: z.string().trim().min(1).max(500).optional(),
      done: z.boolean().optional(),
    })
    .strict(),
  deleteDeliverable: z.object({ deliverableId: id }).strict(),
  addEvidenceLink: z
    .object({
      itemId: id,
      kind: z.enum(['repository', 'demo', 'write-up', 'other']),
      url: httpUrl,
      label: z.string().trim().max(200).optional(),
    })
    .strict(),
  deleteEvidenceLink: z.object({ linkId: id }).strict(),
  snoozeReminder: z.object({ itemId: id, until: isoDateTime }).strict(),
  setStudySessions: z
    .object({
      planId: id,
      enabled: z.boolean(),
      weekdays: z.array(z.number().int().min(1).max(7)).max(7),
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:mm'),
    })
    .strict(),
  getActivity: z.object({ weeks: z.number().int().min(1).max(104).optional() }).strict(),
  getSettings: z.object({}).strict(),
  updateSettings: z
    .object({
      renewalReminderDays: z.number().int().min(1).max(365).optional(),
      keepRunningInTray: z.boolean().optional(),
      startAtLogin: z.boolean().optional(),
    })
    .strict(),
  exportPlanIcs: z.object({ planId: id }).strict(),
} as const;

export type ServiceMethod = keyof typeof serviceSchemas;
export type ServiceInput<M extends ServiceMethod> = z.input<(typeof serviceSchemas)[M]>;

export interface ServiceResults {
  listPaths: PathSummary[];
  getPath: PathDetail;
  importCareerPath: ImportOutcome;
  listPlans: PlanSummary[];
  getPlan: PlanDetail;
  createPlan: PlanDetail;
  updatePlan: PlanSummary;
  deletePlan: { planId: number };
  setItemStatus: PlanItem;
  updateItem: PlanItem;
  addCustomItem: PlanItem;
  deleteItem: { itemId: number; planId: number };
  restoreItem: PlanItem;
  getReminders: ReminderOverview;
  removePath: RemovePathOutcome;
  searchLibrary: LibrarySearchHit[];
  getRelatedPaths: RelatedPath[];
  listBackups: BackupInfo[];
  backupNow: BackupInfo;
  restoreBackup: RestoreOutcome;
  /** The recovery notice from this start, or null when the database opened normally. */
  getStartupNotice: StartupNotice | null;
  /** Every plan, item, note, reminder and imported path as one JSON document. */
  exportData: { json: string; suggestedFileName: string };
  previewDataImport: DataImportPreview;
  importData: DataImportOutcome;
  updatePlanSchedule: PlanDetail;
  replanFromToday: PlanDetail;
  pausePlan: PlanDetail;
  resumePlan: PlanDetail;
  reorderItems: PlanDetail;
  updateCertification: PlanItem;
  addDeliverable: PlanItem;
  updateDeliverable: PlanItem;
  deleteDeliverable: PlanItem;
  addEvidenceLink: PlanItem;
  deleteEvidenceLink: PlanItem;
  snoozeReminder: PlanItem;
  setStudySessions: PlanDetail;
  getActivity: ActivitySummary;
  getSettings: AppSettings;
  updateSettings: AppSettings;
  /** The plan's due dates, exam dates and study sessions as an iCalendar file. */
  exportPlanIcs: { ics: string; suggestedFileName: string };
}

export type DataTable = 'paths' | 'plans' | 'items' | 'reminders' | 'backups' | 'settings';

/** Which data each method changes; the host tells the renderer after a successful call. */
export const serviceChanges: Record<ServiceMethod, readonly DataTable[]> = {
  listPaths: [],
  getPath: [],
  importCareerPath: ['paths', 'plans', 'items'],
  listPlans: [],
  getPlan: [],
  createPlan: ['plans', 'items', 'reminders'],
  updatePlan: ['plans', 'reminders'],
  deletePlan: ['plans', 'items', 'reminders'],
  setItemStatus: ['plans', 'items', 'reminders'],
  updateItem: ['items', 'reminders'],
  addCustomItem: ['plans', 'items', 'reminders'],
  deleteItem: ['plans', 'items', 'reminders'],
  restoreItem: ['plans', 'items', 'reminders'],
  getReminders: [],
  removePath: ['paths', 'plans', 'items', 'reminders'],
  searchLibrary: [],
  getRelatedPaths: [],
  listBackups: [],
  backupNow: ['backups'],
  restoreBackup: ['paths', 'plans', 'items', 'reminders', 'backups'],
  getStartupNotice: [],
  exportData: [],
  previewDataImport: [],
  importData: ['paths', 'plans', 'items', 'reminders', 'backups'],
  updatePlanSchedule: ['plans', 'items', 'reminders'],
  replanFromToday: ['plans', 'items', 'reminders'],
  pausePlan: ['plans', 'items', 'reminders'],
  resumePlan: ['plans', 'items', 'reminders'],
  reorderItems: ['plans', 'items', 'reminders'],
  updateCertification: ['plans', 'items', 'reminders'],
  addDeliverable: ['items'],
  updateDeliverable: ['items'],
  deleteDeliverable: ['items'],
  addEvidenceLink: ['items'],
  deleteEvidenceLink: ['items'],
  snoozeReminder: ['items', 'reminders'],
  setStudySessions: ['plans', 'reminders'],
  getActivity: [],
  getSettings: [],
  updateSettings: ['settings', 'reminders'],
  exportPlanIcs: [],
};

type SameMembers<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
/** Fails to compile when a method has a schema but no name in SERVICE_METHOD_NAMES, or the reverse. */
const methodNamesMatchSchemas: SameMembers<ServiceMethod, (typeof SERVICE_METHOD_NAMES)[number]> = true;

export const serviceMethods: readonly ServiceMethod[] = methodNamesMatchSchemas && SERVICE_METHOD_NAMES;

/** The back end, synchronous over SQLite; independent of Electron. */
export type PlannerService = {
  [M in ServiceMethod]: (input: ServiceInput<M>) => Result<ServiceResults[M]>;
};

export type ServiceApi = {
  [M in ServiceMethod]: (input: ServiceInput<M>) => Promise<Result<ServiceResults[M]>>;
};

/** Per-file result of an import through the picker or by dropping files. */
export interface FileImportResult {
  fileName: string;
  result: Result<ImportOutcome>;
}

/** Features that need the host: native dialogs, the PDF engine, the system browser. */
export type SaveOutcome = { status: 'saved'; fileName: string } | { status: 'canceled' };

export type PdfExportOutcome = SaveOutcome;

export interface PlatformApi {
  /**
   * Shows a file dialog (or picker) and imports every chosen file; with `folder`, chooses a
   * folder and imports every markdown file in it. Empty when canceled.
   */
  pickAndImportCareerPaths(input?: { folder?: boolean }): Promise<FileImportResult[]>;
  /** Shows a file dialog for a StudyPath data export and returns its bytes; null when canceled. */
  pickDataFile(): Promise<Result<{ fileName: string; bytes: Uint8Array } | null>>;
  /** Asks where to save, then writes `exportData`'s JSON there. */
  saveDataExport(): Promise<Result<SaveOutcome>>;
  /** Asks where to save, then writes the plan's calendar (`exportPlanIcs`) there. */
  savePlanIcs(input: { planId: number }): Promise<Result<SaveOutcome>>;
  /** Asks where to save, then writes the plan as a PDF. */
  exportPlanPdf(input: { planId: number }): Promise<Result<PdfExportOutcome>>;
  /** Opens an http(s) link in the system browser. */
  openExternal(input: { url: string }): Promise<Result<{ opened: boolean }>>;
  /** Subscribes to host events; returns an unsubscribe function. */
  onEvent(listener: (event: HostEvent) => void): () => void;
}

/** What the application menu (or a shortcut the host owns) asks the page to do. */
export type AppCommand =
  | 'new-plan'
  | 'import-files'
  | 'import-folder'
  | 'export-pdf'
  | 'back-up-now'
  | 'preferences'
  | 'find'
  | 'undo'
  | 'redo'
  | 'go-library'
  | 'go-upcoming'
  | 'shortcuts'
  | 'about';

export type HostEvent =
  | { type: 'data-changed'; tables: DataTable[] }
  | { type: 'command'; command: AppCommand }
  | { type: 'focus-item'; planId: number; itemId: number }
  /** A notification action (snooze) was chosen; the host has already applied it. */
  | { type: 'snoozed'; planId: number; itemId: number; until: string }
  | { type: 'notification'; title: string; body: string; planId: number | null; itemId: number | null };

/** What the preload script (or the browser host's bridge) puts on `window.planner`. */
export type PlannerApi = ServiceApi & PlatformApi;

export { platformChannels, serviceApiOver, serviceChannel } from './channels';
export { MAX_DATA_IMPORT_BYTES, MAX_IMPORT_BYTES } from './limits';
