/** Replacing every row of the live database with the rows of an attached one, in one transaction. */
import type { Database } from '../db/database';

interface TableRow {
  name: string;
  type: 'table' | 'virtual';
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** User tables and virtual (full-text) tables; SQLite's own and FTS shadow tables look after themselves. */
function dataTables(db: Database): TableRow[] {
  return db
    .prepare<[], TableRow>(
      `SELECT name, type FROM pragma_table_list
       WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%'
       ORDER BY name`,
    )
    .all();
}

/** Parents before children, so rows can be inserted with foreign keys enforced. */
function inForeignKeyOrder(db: Database, tables: readonly TableRow[]): TableRow[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const ordered: TableRow[] = [];
  const visiting = new Set<string>();
  const visit = (table: TableRow): void => {
    if (ordered.includes(table) || visiting.has(table.name)) return;
    visiting.add(table.name);
    const parents = db
      .prepare<[string], { table: string }>('SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)')
      .all(table.name);
    for (const { table: parent } of parents) {
      const parentTable = byName.get(parent);
      if (parentTable !== undefined && parent !== table.name) visit(parentTable);
    }
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

function columnsOf(db: Database, table: string): string[] {
  return db
    .prepare<[string], { name: string }>("SELECT name FROM pragma_table_info(?, 'main') ORDER BY cid")
    .all(table)
    .map((column) => column.name);
}

/**
 * Both databases must have the same schema. Virtual tables (the library search index) are
 * filled by copying their rows, which rebuilds their index.
 */
export function replaceAllRows(db: Database, sourceSchema: string): void {
  const tables = inForeignKeyOrder(db, dataTables(db));
  const source = quote(sourceSchema);
  db.transaction(() => {
    for (const table of [...tables].reverse()) db.exec(`DELETE FROM main.${quote(table.name)}`);
    for (const table of tables) {
      // A full-text table's rowid is its only key; ordinary tables carry their keys as columns.
      const keys = table.type === 'virtual' ? ['rowid'] : [];
      const columns = [...keys, ...columnsOf(db, table.name)].map(quote).join(', ');
      db.exec(
        `INSERT INTO main.${quote(table.name)} (${columns}) SELECT ${columns} FROM ${source}.${quote(table.name)}`,
      );
    }
  })();
}
