/** The full-text index over the library (FTS5 table `library_search`), kept in step with paths. */
import type {
  CareerPathContent,
  ContentItem,
  ContentItemKind,
  LibrarySearchHit,
} from '../../../shared/domain';
import type { Database } from '../db';
import { searchDocumentsOf, type SearchDocument } from './search-documents';

/** Items listed under one path; the rest of its matches only lift the path in the ranking. */
export const MAX_ITEMS_PER_PATH = 8;
const MAX_QUERY_TERMS = 12;
const MAX_MATCHED_ROWS = 2000;
/** Words around the match in a snippet (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 16;

export function insertSearchDocuments(db: Database, documents: readonly SearchDocument[]): void {
  const insert = db.prepare<[string, string | null, string, string]>(
    'INSERT INTO library_search (path_id, item_key, title, body) VALUES (?, ?, ?, ?)',
  );
  for (const doc of documents) insert.run(doc.pathId, doc.itemKey, doc.title, doc.body);
}

export function unindexPath(db: Database, pathId: string): void {
  db.prepare('DELETE FROM library_search WHERE path_id = ?').run(pathId);
}

/** Replaces the path's documents in the index; call in the transaction that writes the path. */
export function indexPath(
  db: Database,
  pathId: string,
  content: CareerPathContent,
  items: readonly ContentItem[],
): void {
  unindexPath(db, pathId);
  insertSearchDocuments(db, searchDocumentsOf(pathId, content, items));
}

/**
 * Each word of the query as a quoted prefix term ("jir" finds Jira). Quoting makes FTS5 read
 * operators, column filters and stray quotes in what people type as plain words. Control and
 * other invisible characters go first: SQLite would end the query text at a NUL.
 */
export function prefixTerms(query: string): string[] {
  return query
    .replace(/\p{C}/gu, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, MAX_QUERY_TERMS)
    .map((word) => `"${word.replaceAll('"', '""')}"*`);
}

interface MatchRow {
  path_id: string;
  item_key: string | null;
  path_title: string;
  kind: ContentItemKind | null;
  item_title: string | null;
  snippet: string;
}

function matchingRows(db: Database, match: string): MatchRow[] {
  // Title matches weigh more than body matches; the two UNINDEXED columns take weight 0.
  return db
    .prepare<[string, number], MatchRow>(
      `SELECT library_search.path_id AS path_id, library_search.item_key AS item_key,
              p.title AS path_title, i.kind AS kind, i.title AS item_title,
              snippet(library_search, 3, '', '', '…', ${SNIPPET_TOKENS}) AS snippet
       FROM library_search
       JOIN paths p ON p.id = library_search.path_id
       LEFT JOIN path_items i ON i.key = library_search.item_key
       WHERE library_search MATCH ?
       ORDER BY bm25(library_search, 0, 0, 4, 1)
       LIMIT ?`,
    )
    .all(match, MAX_MATCHED_ROWS);
}

/** Rows arrive best first, so each path's first row fixes its place in the list. */
function groupByPath(rows: readonly MatchRow[]): LibrarySearchHit[] {
  const hits = new Map<string, LibrarySearchHit>();
  for (const row of rows) {
    let hit = hits.get(row.path_id);
    if (hit === undefined) {
      hit = { pathId: row.path_id, pathTitle: row.path_title, pathMatched: false, snippet: '', items: [] };
      hits.set(row.path_id, hit);
    }
    if (row.item_key === null) {
      hit.pathMatched = true;
      hit.snippet = row.snippet;
    } else if (row.kind !== null && row.item_title !== null && hit.items.length < MAX_ITEMS_PER_PATH) {
      hit.items.push({ key: row.item_key, kind: row.kind, title: row.item_title, snippet: row.snippet });
    }
  }
  return [...hits.values()];
}

/**
 * Paths and items mentioning every word of the query, best match first. When no single
 * document has them all, documents with any of them are listed instead.
 */
export function searchLibrary(db: Database, query: string): LibrarySearchHit[] {
  const terms = prefixTerms(query);
  if (terms.length === 0) return [];
  const all = groupByPath(matchingRows(db, terms.join(' ')));
  if (all.length > 0 || terms.length === 1) return all;
  return groupByPath(matchingRows(db, terms.join(' OR ')));
}
