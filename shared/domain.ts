/** Domain types shared by the back end and the renderer. Plain data only. */

export type ContentItemKind = 'certification' | 'tool' | 'project';
export type PlanItemKind = ContentItemKind | 'custom';
export type ItemStatus = 'todo' | 'in-progress' | 'done' | 'skipped';
export type PathSource = 'bundled' | 'imported';

/** A calendar date in the user's local time zone, `yyyy-MM-dd`. */
export type IsoDate = string;
/** An instant, ISO 8601 in UTC (`2026-11-28T09:00:00.000Z`). */
export type IsoDateTime = string;

export type CertificationLevel = 'foundational' | 'associate' | 'professional' | 'expert';

/**
 * Structured fields are null when the source does not give them: documents read from their
 * markdown body usually only name a certification; StudyPath's own files give every field.
 */
export interface Certification {
  name: string;
  /** Why it matters, in one or two sentences. */
  description: string;
  issuer: string | null;
  level: CertificationLevel | null;
  /** Typical preparation time in hours. */
  hours: number | null;
  examCode: string | null;
  /** The issuer's official https page. */
  url: string | null;
  /** How long the certification stays valid before renewal; null when it does not expire or is unknown. */
  validityYears: number | null;
}

export interface ToolGroup {
  name: string;
  tools: string[];
  /** The tool to learn first; null when the source does not say. */
  starter: string | null;
  /** Typical hours to get productive with the starter tool. */
  hours: number | null;
}

export interface ProjectIdea {
  title: string;
  description: string;
  /** Concrete things to hand in; empty when the source does not list them. */
  deliverables: string[];
  hours: number | null;
}

export interface Skill {
  name: string;
  description: string;
  category: 'technical' | 'soft' | 'other';
}

export interface ReadingLink {
  title: string;
  url: string;
}

/** One section of the source document, kept as markdown for display. */
export interface PathSection {
  heading: string;
  markdown: string;
}

/** Everything the importer extracts from one career-path document. */
export interface CareerPathContent {
  title: string;
  description: string;
  overview: string;
  responsibilities: string[];
  certifications: Certification[];
  toolGroups: ToolGroup[];
  projects: ProjectIdea[];
  skills: Skill[];
  entryLevelTitles: string[];
  careerLadder: string[];
  readingLinks: ReadingLink[];
  sections: PathSection[];
  /**
   * Where the certifications, tool groups and projects came from: the front matter (structured,
   * shown as their own sections) or the markdown body (already visible in `sections`).
   */
  planData: 'front-matter' | 'document';
}

export interface ParsedCareerPath {
  /** Stable identifier: front matter `id`, else derived from the title. */
  id: string;
  content: CareerPathContent;
  warnings: string[];
}

/** A plannable item of a path: a certification, a tool group or a project idea. */
export interface ContentItem {
  /** Stable key derived from path id + kind + name. */
  key: string;
  kind: ContentItemKind;
  title: string;
  description: string;
  /** Estimated effort from the content; null when unknown. */
  hours: number | null;
}

export interface PathCounts {
  certifications: number;
  tools: number;
  projects: number;
}

export interface PathSummary {
  id: string;
  title: string;
  description: string;
  source: PathSource;
  counts: PathCounts;
  /** Lower-cased text of the title, description and item names, for the library search box. */
  searchText: string;
}

export interface PathDetail {
  id: string;
  source: PathSource;
  fileName: string;
  importedAt: IsoDateTime;
  content: CareerPathContent;
  items: ContentItem[];
}

export type ImportStatus = 'imported' | 'updated' | 'unchanged';

export interface ImportOutcome {
  pathId: string;
  title: string;
  status: ImportStatus;
  warnings: string[];
  /** For an update: plan items whose content is no longer in the path (kept, marked). */
  orphanedPlanItems: number;
}

/** Minutes of study on each weekday, Monday first. */
export type WeeklyBudget = [number, number, number, number, number, number, number];

/** `target`: spread the work to finish on the target date; `asap`: as soon as the budget allows. */
export type ScheduleMode = 'target' | 'asap';

export interface PlanSchedule {
  budget: WeeklyBudget;
  mode: ScheduleMode;
  /** The day the last remaining item is due; null when nothing remains. */
  projectedFinish: IsoDate | null;
  /** Days past the target date the budget needs (0 when the target is reachable). */
  targetShortfallDays: number;
  /** Days since the oldest unfinished item fell due (0 when on track). */
  daysBehind: number;
  /** Set while the plan is paused. */
  pausedSince: IsoDate | null;
  /** Estimated hours of items not done or skipped. */
  remainingHours: number;
  /** Estimated hours of done items. */
  completedHours: number;
}

export interface StudySessions {
  enabled: boolean;
  /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
  weekdays: number[];
  /** Local time of day, `HH:mm`. */
  time: string;
}

export interface PlanSummary {
  id: number;
  name: string;
  pathId: string;
  pathTitle: string;
  startDate: IsoDate;
  targetDate: IsoDate;
  createdAt: IsoDateTime;
  total: number;
  done: number;
  skipped: number;
  schedule: PlanSchedule;
}

export interface PlanItem {
  id: number;
  planId: number;
  /** Key of the content item this came from; null for custom items. */
  contentKey: string | null;
  kind: PlanItemKind;
  title: string;
  description: string;
  dueDate: IsoDate | null;
  status: ItemStatus;
  completedAt: IsoDateTime | null;
  notes: string;
  reminderAt: IsoDateTime | null;
  position: number;
  /** True when the path was re-imported and this item is no longer in it. */
  orphaned: boolean;
  /** Estimated effort in hours (from the content, editable). */
  effortHours: number;
  /** The day the schedule starts this item; null for items outside the schedule. */
  startDate: IsoDate | null;
  /** A snoozed reminder comes back at this time instead of `reminderAt`. */
  snoozedUntil: IsoDateTime | null;
  /** Tracking for certification items; null for other kinds. */
  certification: CertificationTracking | null;
  /** Sub-checklist of a project item (from content, editable); empty for other kinds. */
  deliverables: Deliverable[];
  /** Links to the work: repository, demo, write-up. */
  evidence: EvidenceLink[];
}

export type ExamResult = 'passed' | 'failed';

export interface CertificationTracking {
  examDate: IsoDate | null;
  /** Booking reference, voucher code, test centre: free text. */
  bookingNote: string;
  result: ExamResult | null;
  /** As the exam report gives it ("812/1000", "78%"). */
  score: string;
  earnedDate: IsoDate | null;
  /** Validity in years (from content, editable); null when it does not expire. */
  validityYears: number | null;
  /** earnedDate + validityYears, or set by hand. */
  expiresDate: IsoDate | null;
}

export interface Deliverable {
  id: number;
  title: string;
  done: boolean;
}

export type EvidenceKind = 'repository' | 'demo' | 'write-up' | 'other';

export interface EvidenceLink {
  id: number;
  kind: EvidenceKind;
  url: string;
  label: string;
}

export interface PlanDetail extends PlanSummary {
  items: PlanItem[];
  studySessions: StudySessions;
}

/** Items completed per day and streaks, across every plan. */
export interface ActivitySummary {
  /** One entry per day from `from` to today, oldest first. */
  days: { date: IsoDate; completed: number }[];
  from: IsoDate;
  /** Weeks in a row (ending this week or last) with at least one item done. */
  currentWeeklyStreak: number;
  longestWeeklyStreak: number;
  completedHours: number;
  completedItems: number;
}

export interface AppSettings {
  /** Days before a certification expires that its renewal reminder comes. */
  renewalReminderDays: number;
  /** Keep running in the tray (notification area) when the window is closed. */
  keepRunningInTray: boolean;
  startAtLogin: boolean;
}

export interface ReminderEntry {
  itemId: number;
  planId: number;
  planName: string;
  title: string;
  reminderAt: IsoDateTime | null;
  dueDate: IsoDate | null;
  reason: 'reminder' | 'due' | 'exam' | 'renewal';
}

export interface ReminderOverview {
  overdue: ReminderEntry[];
  upcoming: ReminderEntry[];
}

/** One path in the library search, with the items that matched the query. */
export interface LibrarySearchHit {
  pathId: string;
  pathTitle: string;
  /** True when the path's title, description or prose matched, not only its items. */
  pathMatched: boolean;
  /** A short extract around the match in the path's text, with no markup; empty when none. */
  snippet: string;
  items: { key: string; kind: ContentItemKind; title: string; snippet: string }[];
}

export interface RelatedPath {
  pathId: string;
  title: string;
  sharedCertifications: string[];
  sharedTools: string[];
}

export interface RemovePathOutcome {
  pathId: string;
  /** Plans built from the path that were deleted (0 when the person chose to keep them). */
  plansRemoved: number;
  plansKept: number;
}

export type BackupKind = 'automatic' | 'manual' | 'before-restore' | 'before-import' | 'before-migration';

export interface BackupInfo {
  /** File name inside the backups folder; the id used to restore it. */
  fileName: string;
  kind: BackupKind;
  createdAt: IsoDateTime;
  sizeBytes: number;
}

export interface RestoreOutcome {
  restoredFrom: BackupInfo;
  /** The backup of the state just before the restore, so a restore can itself be undone. */
  safetyBackup: BackupInfo;
}

/** What happened to the database at start, told to the person once. */
export interface StartupNotice {
  kind: 'recovered' | 'recovery-failed';
  /** Plain-language account: what was wrong, what was restored, what may be lost. */
  message: string;
  /** Where the unreadable database was moved (never deleted). */
  movedAsideTo: string | null;
  restoredFrom: BackupInfo | null;
}

export type DataImportMode = 'merge' | 'replace';

export interface DataImportCounts {
  plansAdded: number;
  plansReplaced: number;
  plansRemoved: number;
  itemsAdded: number;
  pathsAdded: number;
  pathsUpdated: number;
}

export interface DataImportPreview {
  mode: DataImportMode;
  exportedAt: IsoDateTime;
  counts: DataImportCounts;
  warnings: string[];
}

export interface DataImportOutcome extends DataImportPreview {
  safetyBackup: BackupInfo;
}
