import { existsSync, readdirSync } from 'node:fs';
import type { Database } from '../../electron/backend/db';

/**
 * Every row of every table (the search index's tables and SQLite's own sequence table
 * included), keyed by table name, plus the schema version: a rejected call must leave all of
 * it exactly as it was.
 */
export function snapshotAllTables(db: Database): Record<string, unknown> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const snapshot: Record<string, unknown> = { user_version: db.pragma('user_version', { simple: true }) };
  for (const table of tables) {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    // Rows in storage order: enough to compare one database with itself before and after.
    snapshot[table] = db.prepare(`SELECT * FROM ${quoted}`).raw().all();
  }
  return snapshot;
}

/** The file names in a folder (empty when it does not exist), to prove no backup was written. */
export function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
