/**
 * Taking a path out of the library, and what that means for the plans built from it. Plan
 * items point at content by key only, so a kept plan keeps every item, tick and note; items
 * whose content is gone show as orphaned.
 */
import type { RemovePathOutcome } from '../../../shared/domain';
import type { Database } from '../db';
import { unindexPath } from './library-search';

/** Plan items that lose their content when the path's items become `keptKeys`. */
export function countItemsLosingContent(db: Database, pathId: string, keptKeys: readonly string[]): number {
  return db
    .prepare<[string, string], { n: number }>(
      `SELECT count(*) AS n FROM plan_items
       WHERE content_key IN (SELECT key FROM path_items WHERE path_id = ?)
         AND content_key NOT IN (SELECT value FROM json_each(?))`,
    )
    .get(pathId, JSON.stringify(keptKeys))!.n;
}

export function countPlansOfPath(db: Database, pathId: string): number {
  return db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM plans WHERE path_id = ?').get(pathId)!
    .n;
}

/**
 * Deletes the path, its items and its search entries. Plans built from it are deleted too, or
 * kept under the path's latest title so they still read right once the path is gone.
 */
export function removePathFromLibrary(
  db: Database,
  pathId: string,
  plans: 'keep' | 'delete',
): Omit<RemovePathOutcome, 'pathId'> {
  const planCount = countPlansOfPath(db, pathId);
  if (plans === 'delete') {
    // Their items, and so their reminders, go with them through ON DELETE CASCADE.
    db.prepare('DELETE FROM plans WHERE path_id = ?').run(pathId);
  } else {
    db.prepare(
      `UPDATE plans SET path_title = (SELECT title FROM paths WHERE id = plans.path_id)
       WHERE path_id = ? AND EXISTS (SELECT 1 FROM paths WHERE id = plans.path_id)`,
    ).run(pathId);
  }
  unindexPath(db, pathId);
  db.prepare('DELETE FROM paths WHERE id = ?').run(pathId);
  return plans === 'delete'
    ? { plansRemoved: planCount, plansKept: 0 }
    : { plansRemoved: 0, plansKept: planCount };
}
