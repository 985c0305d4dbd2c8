/** What the item details show about a certification record, evidence links and reminders. Pure. */
import type { EvidenceKind, IsoDate, IsoDateTime, PlanItem } from '../../../shared/domain';
import { isSafeExternalUrl } from '../../../shared/links';
import { addDaysIso } from '../../../shared/schedule';

export { computedExpiry } from '../../../shared/certification';

/** The day the renewal reminder comes: `reminderDays` before the certification expires. */
export function renewalReminderDate(expiresDate: IsoDate | null, reminderDays: number): IsoDate | null {
  return expiresDate === null ? null : addDaysIso(expiresDate, -reminderDays);
}

export const EVIDENCE_KINDS: readonly { kind: EvidenceKind; label: string }[] = [
  { kind: 'repository', label: 'Repository' },
  { kind: 'demo', label: 'Demo' },
  { kind: 'write-up', label: 'Write-up' },
  { kind: 'other', label: 'Other' },
];

export function evidenceKindLabel(kind: EvidenceKind): string {
  return EVIDENCE_KINDS.find((entry) => entry.kind === kind)?.label ?? 'Link';
}

/** Why a typed address cannot be saved as evidence, or null when it can. */
export function evidenceUrlProblem(raw: string): string | null {
  const url = raw.trim();
  if (url === '') return 'Enter the address of your work.';
  if (!/^https?:\/\//i.test(url)) return 'Enter a full web address starting with https:// or http://.';
  if (!isSafeExternalUrl(url)) return 'That is not a web address StudyPath can open.';
  return null;
}

/** A link's visible text: its label, or the address without the scheme. */
export function evidenceText(link: { url: string; label: string }): string {
  const label = link.label.trim();
  return label !== '' ? label : link.url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** Only unfinished items remind, so only they can be snoozed. */
export function canSnooze(item: Pick<PlanItem, 'status' | 'reminderAt' | 'snoozedUntil'>): boolean {
  const unfinished = item.status === 'todo' || item.status === 'in-progress';
  return unfinished && (item.reminderAt !== null || item.snoozedUntil !== null);
}

/**
 * The snooze still holding the reminder back at `now`, or null. The reminder comes at the later
 * of its own time and the snooze, so a snooze earlier than the reminder changes nothing.
 */
export function activeSnooze(
  item: Pick<PlanItem, 'reminderAt' | 'snoozedUntil'>,
  now: Date,
): IsoDateTime | null {
  if (item.snoozedUntil === null) return null;
  const until = Date.parse(item.snoozedUntil);
  if (Number.isNaN(until) || until <= now.getTime()) return null;
  if (item.reminderAt !== null && Date.parse(item.reminderAt) >= until) return null;
  return item.snoozedUntil;
}

/** Effort as the field shows it: up to two decimals, no trailing zeros. */
export function effortFieldValue(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

export const MIN_EFFORT_HOURS = 0.25;
export const MAX_EFFORT_HOURS = 2000;

/** The hours a typed effort stands for, or a message saying what is wrong with it. */
export function parseEffortHours(raw: string): { hours: number } | { problem: string } {
  const text = raw.trim().replace(',', '.');
  const hours = Number(text);
  if (text === '' || !Number.isFinite(hours)) return { problem: 'Enter the estimate in hours, such as 12.' };
  if (hours < MIN_EFFORT_HOURS || hours > MAX_EFFORT_HOURS)
    return { problem: `An estimate is between ${MIN_EFFORT_HOURS} and ${MAX_EFFORT_HOURS} hours.` };
  return { hours };
}
