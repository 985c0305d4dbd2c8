/** The reads behind the activity summary: every finished item, across all plans. */
import type { IsoDateTime } from '../../../shared/domain';
import type { Database } from '../db';

export interface Completion {
  completedAt: IsoDateTime;
  effortHours: number;
}

export function listCompletions(db: Database): Completion[] {
  return db
    .prepare<[], Completion>(
      `SELECT completed_at AS completedAt, effort_hours AS effortHours FROM plan_items
       WHERE status = 'done' AND completed_at IS NOT NULL ORDER BY completed_at`,
    )
    .all();
}
