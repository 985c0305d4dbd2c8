/** The plan header's account of the schedule: finish, target, days behind. Pure. */
import type { IsoDate, PlanItem } from '../../../shared/domain';
import { isUnfinished } from '../../../shared/planning';
import { formatDay } from '../lib/dates';
import { days } from './format';

export { targetStatus, type TargetStatus } from '../../../shared/planning/wording';

/** The unfinished item that has waited longest past its due date; null when nothing is overdue. */
export function oldestOverdue(items: readonly PlanItem[], today: IsoDate): PlanItem | null {
  let oldest: PlanItem | null = null;
  for (const item of items) {
    if (!isUnfinished(item.status) || item.dueDate === null || item.dueDate >= today) continue;
    if (oldest === null || item.dueDate < (oldest.dueDate ?? '')) oldest = item;
  }
  return oldest;
}

export function behindSentence(daysBehind: number, oldest: PlanItem | null): string {
  const lead = `You are ${days(daysBehind)} behind`;
  return oldest?.dueDate ? `${lead}: ‘${oldest.title}’ was due on ${formatDay(oldest.dueDate)}.` : `${lead}.`;
}
