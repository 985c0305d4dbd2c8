import type { Database } from './database';

interface SchemaObjectRow {
  type: string;
  name: string;
  sql: string;
}

/** The schema as SQL, in a stable order, for the committed snapshot and its test. */
export function dumpSchema(db: Database): string {
  const rows = db
    .prepare<[], SchemaObjectRow>(
      `SELECT type, name, sql FROM sqlite_schema
       WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
       ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name`,
    )
    .all();
  const statements = rows.map((row) => `${row.sql.replace(/[ \t]+$/gm, '')};`);
  return `-- StudyPath schema, user_version ${db.pragma('user_version', { simple: true })}\n\n${statements.join('\n\n')}\n`;
}
