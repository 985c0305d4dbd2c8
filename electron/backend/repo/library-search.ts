/** The full-text index over the library (FTS5 table `library_search`), kept in step with paths. */
import type {
  CareerPathContent,
  ContentItem,
  ContentItemKind,
  LibrarySearchHit,
} from '../../../shared/domain';
import type { Database } from '../db';
import { searchDocumentsOf, type SearchDocument } from './search-documents';

/** Items listed under one path; the rest of its matches still lift the path in the ranking. */
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
  /** How well the row matches, higher is better (bm25 with titles weighing more than prose). */
  score: number;
  /** Above zero when the query is in the row's title. */
  title_score: number;
}

function matchingRows(db: Database, match: string): MatchRow[] {
  // Title matches weigh more than body matches; the two UNINDEXED columns take weight 0. FTS5's
  // bm25 is negative, better matches lower.
  return db
    .prepare<[string, number], MatchRow>(
      `SELECT library_search.path_id AS path_id, library_search.item_key AS item_key,
              p.title AS path_title, i.kind AS kind, i.title AS item_title,
              snippet(library_search, 3, '', '', '…', ${SNIPPET_TOKENS}) AS snippet,
              -bm25(library_search, 0, 0, 4, 1) AS score,
              -bm25(library_search, 0, 0, 1, 0) AS title_score
       FROM library_search
       JOIN paths p ON p.id = library_search.path_id
       LEFT JOIN path_items i ON i.key = library_search.item_key
       WHERE library_search MATCH ?
       ORDER BY bm25(library_search, 0, 0, 4, 1)
       LIMIT ?`,
    )
    .all(match, MAX_MATCHED_ROWS);
}

interface RankedHit {
  hit: LibrarySearchHit;
  /** The path's own title has the query: "cloud" puts Cloud Engineer first. */
  named: boolean;
  /** The scores of all its matching rows: a path about the query matches in many places. */
  score: number;
}

/**
 * One hit per path, its items best match first. Paths named by the query come first, then the
 * paths with the most and best matches, so a long path that is about the query ranks above a
 * short one that mentions it once.
 */
function groupByPath(rows: readonly MatchRow[]): LibrarySearchHit[] {
  const ranked = new Map<string, RankedHit>();
  for (const row of rows) {
    let entry = ranked.get(row.path_id);
    if (entry === undefined) {
      entry = {
        hit: { pathId: row.path_id, pathTitle: row.path_title, pathMatched: false, snippet: '', items: [] },
        named: false,
        score: 0,
      };
      ranked.set(row.path_id, entry);
    }
    entry.score += row.score;
    const { hit } = entry;
    if (row.item_key === null) {
      hit.pathMatched = true;
      hit.snippet = row.snippet;
      entry.named = row.title_score > 0;
    } else if (row.kind !== null && row.item_title !== null && hit.items.length < MAX_ITEMS_PER_PATH) {
      hit.items.push({ key: row.item_key, kind: row.kind, title: row.item_title, snippet: row.snippet });
    }
  }
  return [...ranked.values()]
    .sort((a, b) => Number(b.named) - Number(a.named) || b.score - a.score)
    .map((entry) => entry.hit);
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
