/**
 * What the printed plan shows, worked out from a PlanDetail before any HTML is written:
 * grouping, progress, overdue state and display dates.
 */
import { format, isValid, parseISO } from 'date-fns';
import type {
  EvidenceKind,
  ExamResult,
  ItemStatus,
  PlanDetail,
  PlanItem,
  PlanItemKind,
} from '../../../shared/domain';

/** The order groups appear in on paper: what the path prescribes first, the user's own last. */
export const PRINT_GROUP_ORDER: readonly PlanItemKind[] = ['certification', 'tool', 'project', 'custom'];

export const GROUP_HEADINGS: Record<PlanItemKind, string> = {
  certification: 'Certifications',
  tool: 'Tools to learn',
  project: 'Portfolio projects',
  custom: 'My own items',
};

export const STATUS_LABELS: Record<ItemStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

export const EVIDENCE_LABELS: Record<EvidenceKind, string> = {
  repository: 'Repository',
  demo: 'Demo',
  'write-up': 'Write-up',
  other: 'Link',
};

export const EXAM_RESULT_LABELS: Record<ExamResult, string> = {
  passed: 'Passed',
  failed: 'Not passed',
};

/** Ballot box characters: they survive text extraction (pdftotext, screen readers). */
export const DONE_GLYPH = '\u2611';
export const OPEN_GLYPH = '\u2610';

export interface PrintGroup {
  kind: PlanItemKind;
  heading: string;
  done: number;
  skipped: number;
  items: PlanItem[];
}

export interface PrintProgress {
  done: number;
  skipped: number;
  total: number;
  /** Whole percent of the items not skipped; 0 when there are none. */
  percent: number;
}

export function checkboxGlyph(status: ItemStatus): string {
  return status === 'done' ? DONE_GLYPH : OPEN_GLYPH;
}

export function groupItemsForPrint(items: readonly PlanItem[]): PrintGroup[] {
  return PRINT_GROUP_ORDER.map((kind) => {
    const groupItems = items
      .filter((item) => item.kind === kind)
      .sort((a, b) => a.position - b.position || a.id - b.id);
    return {
      kind,
      heading: GROUP_HEADINGS[kind],
      done: groupItems.filter((item) => item.status === 'done').length,
      skipped: groupItems.filter((item) => item.status === 'skipped').length,
      items: groupItems,
    };
  }).filter((group) => group.items.length > 0);
}

/** Counted from the items themselves so the figure always matches the boxes on the page. */
export function printProgress(plan: PlanDetail): PrintProgress {
  const total = plan.items.length;
  const done = plan.items.filter((item) => item.status === 'done').length;
  const skipped = plan.items.filter((item) => item.status === 'skipped').length;
  // A skipped item is no longer part of the work, so it neither helps nor holds back the figure.
  const planned = total - skipped;
  return { done, skipped, total, percent: planned === 0 ? 0 : Math.round((done / planned) * 100) };
}

/** The calendar date of an instant in the local time zone, as yyyy-MM-dd. */
export function localIsoDate(instant: Date): string {
  return format(instant, 'yyyy-MM-dd');
}

/** An unfinished (not done, not skipped) item whose due date is before the day the document was generated. */
export function isOverdue(item: PlanItem, today: string): boolean {
  return (
    (item.status === 'todo' || item.status === 'in-progress') && item.dueDate !== null && item.dueDate < today
  );
}

/** "2026-12-05" -> "5 Dec 2026"; anything unparsable is shown as given rather than dropped. */
export function formatCalendarDate(isoDate: string): string {
  const date = parseISO(isoDate);
  return isValid(date) ? format(date, 'd MMM yyyy') : isoDate;
}

/** An instant shown as the local calendar date the user experienced it on. */
export function formatInstantDate(isoDateTime: string): string {
  const date = parseISO(isoDateTime);
  return isValid(date) ? format(date, 'd MMM yyyy') : isoDateTime;
}

export function formatGeneratedAt(instant: Date): string {
  return format(instant, "d MMM yyyy 'at' HH:mm");
}
