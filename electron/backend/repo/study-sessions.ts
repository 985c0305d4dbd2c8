/** Writing a plan's regular study sessions (weekdays and a time of day), kept as JSON on the plan. */
import type { StudySessions } from '../../../shared/domain';
import type { Database } from '../db';

/** Weekdays once each, Monday first, so equal sessions always compare and print the same. */
export function normaliseStudySessions(sessions: StudySessions): StudySessions {
  return {
    enabled: sessions.enabled,
    weekdays: [...new Set(sessions.weekdays)].sort((a, b) => a - b),
    time: sessions.time,
  };
}

export function writeStudySessions(db: Database, planId: number, sessions: StudySessions): boolean {
  return (
    db
      .prepare('UPDATE plans SET study_sessions_json = ? WHERE id = ?')
      .run(JSON.stringify(normaliseStudySessions(sessions)), planId).changes > 0
  );
}
