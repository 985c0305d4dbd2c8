/** Career-path content: the bundled library and the user's own imports. */
import type {
  CareerPathContent,
  Certification,
  ProjectIdea,
  ToolGroup,
  ContentItem,
  ContentItemKind,
  IsoDateTime,
  PathDetail,
  PathSource,
  PathSummary,
} from '../../../shared/domain';
import type { Database } from '../db';
import type { ContentItemDetails } from './content-details';

export interface PathRow {
  id: string;
  title: string;
  description: string;
  source: PathSource;
  file_name: string;
  content_hash: string;
  content_json: string;
  warnings_json: string;
  imported_at: IsoDateTime;
  updated_at: IsoDateTime;
}

export interface PathItemRow {
  key: string;
  path_id: string;
  kind: ContentItemKind;
  title: string;
  description: string;
  position: number;
  hours: number | null;
  /** A ContentItemDetails as JSON; `{}` in rows stored before details were kept. */
  details_json: string;
}

interface PathSummaryRow {
  id: string;
  title: string;
  description: string;
  source: PathSource;
  certifications: number;
  tools: number;
  projects: number;
  item_titles: string | null;
}

export function rowToContentItem(row: PathItemRow): ContentItem {
  return { key: row.key, kind: row.kind, title: row.title, description: row.description, hours: row.hours };
}

/**
 * Content stored by an earlier version lacks fields added since; they get the values the
 * importer gives a document that does not state them.
 */
type StoredContent = Omit<CareerPathContent, 'certifications' | 'toolGroups' | 'projects' | 'planData'> & {
  certifications: (Pick<Certification, 'name' | 'description'> & Partial<Certification>)[];
  toolGroups: (Pick<ToolGroup, 'name' | 'tools'> & Partial<ToolGroup>)[];
  projects: (Pick<ProjectIdea, 'title' | 'description'> & Partial<ProjectIdea>)[];
  planData?: CareerPathContent['planData'];
};

export function contentFromJson(json: string): CareerPathContent {
  const stored = JSON.parse(json) as StoredContent;
  return {
    ...stored,
    planData: stored.planData ?? 'document',
    certifications: stored.certifications.map((c) => ({
      issuer: null,
      level: null,
      hours: null,
      examCode: null,
      url: null,
      validityYears: null,
      ...c,
    })),
    toolGroups: stored.toolGroups.map((g) => ({ starter: null, hours: null, ...g })),
    projects: stored.projects.map((p) => ({ deliverables: [], hours: null, ...p })),
  };
}

export function rowToPathDetail(row: PathRow, items: PathItemRow[]): PathDetail {
  return {
    id: row.id,
    source: row.source,
    fileName: row.file_name,
    importedAt: row.updated_at,
    content: contentFromJson(row.content_json),
    items: items.map(rowToContentItem),
  };
}

function rowToPathSummary(row: PathSummaryRow): PathSummary {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    source: row.source,
    counts: { certifications: row.certifications, tools: row.tools, projects: row.projects },
    searchText: [row.title, row.description, row.item_titles ?? ''].join('\n').toLowerCase(),
  };
}

export function rowWarnings(row: Pick<PathRow, 'warnings_json'>): string[] {
  return JSON.parse(row.warnings_json) as string[];
}

export function findPath(db: Database, pathId: string): PathRow | undefined {
  return db.prepare<[string], PathRow>('SELECT * FROM paths WHERE id = ?').get(pathId);
}

/** The stored path made from identical bytes; limited to one source when `source` is given. */
export function findPathByHash(db: Database, contentHash: string, source?: PathSource): PathRow | undefined {
  if (source !== undefined) {
    return db
      .prepare<[string, PathSource], PathRow>(
        'SELECT * FROM paths WHERE content_hash = ? AND source = ? ORDER BY id LIMIT 1',
      )
      .get(contentHash, source);
  }
  return db
    .prepare<[string], PathRow>('SELECT * FROM paths WHERE content_hash = ? ORDER BY id LIMIT 1')
    .get(contentHash);
}

export function listPathFilesFrom(db: Database, source: PathSource): Pick<PathRow, 'id' | 'file_name'>[] {
  return db
    .prepare<[PathSource], Pick<PathRow, 'id' | 'file_name'>>(
      'SELECT id, file_name FROM paths WHERE source = ? ORDER BY id',
    )
    .all(source);
}

export function listPathSummaries(db: Database): PathSummary[] {
  return db
    .prepare<[], PathSummaryRow>(
      `SELECT p.id, p.title, p.description, p.source,
              count(i.key) FILTER (WHERE i.kind = 'certification') AS certifications,
              count(i.key) FILTER (WHERE i.kind = 'tool') AS tools,
              count(i.key) FILTER (WHERE i.kind = 'project') AS projects,
              group_concat(i.title, ' ') AS item_titles
       FROM paths p LEFT JOIN path_items i ON i.path_id = p.id
       GROUP BY p.id
       ORDER BY p.title COLLATE NOCASE, p.id`,
    )
    .all()
    .map(rowToPathSummary);
}

/** Items in path order: certifications, then tools, then projects, each as in the document. */
export function listPathItems(db: Database, pathId: string): PathItemRow[] {
  return db
    .prepare<[string], PathItemRow>(
      `SELECT * FROM path_items WHERE path_id = ?
       ORDER BY CASE kind WHEN 'certification' THEN 0 WHEN 'tool' THEN 1 ELSE 2 END, position`,
    )
    .all(pathId);
}

export function upsertPath(db: Database, row: PathRow): void {
  db.prepare<PathRow>(
    `INSERT INTO paths (id, title, description, source, file_name, content_hash, content_json,
                        warnings_json, imported_at, updated_at)
     VALUES (@id, @title, @description, @source, @file_name, @content_hash, @content_json,
             @warnings_json, @imported_at, @updated_at)
     ON CONFLICT (id) DO UPDATE SET
       title = excluded.title, description = excluded.description, source = excluded.source,
       file_name = excluded.file_name, content_hash = excluded.content_hash,
       content_json = excluded.content_json, warnings_json = excluded.warnings_json,
       updated_at = excluded.updated_at`,
  ).run(row);
}

/**
 * Swaps a path's items for a new list; user data is untouched because nothing references these
 * rows. `details` holds each item's certification level, validity and deliverables by key;
 * an item without them is read from the path's stored content when a plan needs them.
 */
export function replacePathItems(
  db: Database,
  pathId: string,
  items: readonly ContentItem[],
  details: ReadonlyMap<string, ContentItemDetails> = new Map(),
): void {
  db.prepare('DELETE FROM path_items WHERE path_id = ?').run(pathId);
  const insert = db.prepare<PathItemRow>(
    `INSERT INTO path_items (key, path_id, kind, title, description, position, hours, details_json)
     VALUES (@key, @path_id, @kind, @title, @description, @position, @hours, @details_json)`,
  );
  items.forEach((item, position) => {
    const itemDetails = details.get(item.key);
    insert.run({
      key: item.key,
      path_id: pathId,
      kind: item.kind,
      title: item.title,
      description: item.description,
      position,
      hours: item.hours,
      details_json:
        itemDetails === undefined
          ? '{}'
          : JSON.stringify({
              level: itemDetails.level,
              validityYears: itemDetails.validityYears,
              deliverables: itemDetails.deliverables,
            }),
    });
  });
}
