/** Domain types shared by the back end and the renderer. Plain data only. */

export type ContentItemKind = 'certification' | 'tool' | 'project';
export type PlanItemKind = ContentItemKind | 'custom';
export type ItemStatus = 'todo' | 'in-progress' | 'done';
export type PathSource = 'bundled' | 'imported';

/** A calendar date in the user's local time zone, `yyyy-MM-dd`. */
export type IsoDate = string;
/** An instant, ISO 8601 in UTC (`2026-11-28T09:00:00.000Z`). */
export type IsoDateTime = string;

export interface Certification {
  name: string;
  description: string;
}

export interface ToolGroup {
  name: string;
  tools: string[];
}

export interface ProjectIdea {
  title: string;
  description: string;
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
}

export interface PlanDetail extends PlanSummary {
  items: PlanItem[];
}

export interface ReminderEntry {
  itemId: number;
  planId: number;
  planName: string;
  title: string;
  reminderAt: IsoDateTime | null;
  dueDate: IsoDate | null;
  reason: 'reminder' | 'due';
}

export interface ReminderOverview {
  overdue: ReminderEntry[];
  upcoming: ReminderEntry[];
}
