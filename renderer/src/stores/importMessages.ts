/** The words the library uses to report imports and removals. */
import type { FileImportResult } from '../../../shared/contract';
import type { RemovePathOutcome } from '../../../shared/domain';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "N items in your plans are no longer in this path", after an update dropped some items. */
export function orphanedItemsNote(orphanedPlanItems: number): string | null {
  if (orphanedPlanItems <= 0) return null;
  return orphanedPlanItems === 1
    ? '1 item in your plans is no longer in this path.'
    : `${orphanedPlanItems} items in your plans are no longer in this path.`;
}

/** One line for the whole batch, e.g. "3 files: 2 imported, 1 refused." */
export function importSummary(results: readonly FileImportResult[]): string {
  const tally = { imported: 0, updated: 0, unchanged: 0, refused: 0 };
  for (const { result } of results) {
    if (result.ok) tally[result.value.status] += 1;
    else tally.refused += 1;
  }
  const parts = (Object.keys(tally) as (keyof typeof tally)[])
    .filter((status) => tally[status] > 0)
    .map((status) => `${tally[status]} ${status}`);
  return `${count(results.length, 'file', 'files')}: ${parts.join(', ')}.`;
}

/** What the toast says once a path is gone, including what happened to its plans. */
export function removalMessage(title: string, outcome: RemovePathOutcome): string {
  const removed = `Removed “${title}” from the library.`;
  if (outcome.plansRemoved > 0)
    return `${removed} ${count(outcome.plansRemoved, 'plan', 'plans')} built from it ${outcome.plansRemoved === 1 ? 'was' : 'were'} deleted.`;
  if (outcome.plansKept > 0)
    return `${removed} ${count(outcome.plansKept, 'plan', 'plans')} built from it ${outcome.plansKept === 1 ? 'is' : 'are'} kept.`;
  return removed;
}
