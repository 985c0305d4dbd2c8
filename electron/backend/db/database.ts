import type BetterSqlite3 from 'better-sqlite3';

/** The SQLite connection every repository and service function receives. */
export type Database = BetterSqlite3.Database;
