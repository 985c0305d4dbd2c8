/** Paths that share certifications and tools with a given path. */
import type { RelatedPath } from '../../../shared/domain';
import { slugify } from '../../../shared/keys';
import type { Database } from '../db';

export const DEFAULT_RELATED_LIMIT = 5;

type SharedKind = 'certification' | 'tool';

interface NameRow {
  path_id: string;
  title: string;
  kind: SharedKind;
  name: string | null;
}

/**
 * One spelling for names documents write differently: case, punctuation, remarks in
 * brackets ("Jest (JavaScript)", "CEH (EC-Council)"), "Microsoft Certified:" style prefixes
 * and a trailing "certification".
 */
export function normaliseName(name: string): string {
  const plain = name
    .replace(/\([^()]*\)[¹²³]?/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/^\s*microsoft\s+certified\b\s*:?/i, '')
    .replace(/^[^:]{0,40}\bcertified\s*:/i, '')
    .replace(/\s+(certifications?|certificate)\s*$/i, '');
  return slugify(plain);
}

/** Every certification name and every single tool of every path, read from the stored content. */
function allNames(db: Database): NameRow[] {
  return db
    .prepare<[], NameRow>(
      `SELECT p.id AS path_id, p.title AS title, 'certification' AS kind,
              json_extract(c.value, '$.name') AS name
       FROM paths p, json_each(p.content_json, '$.certifications') c
       UNION ALL
       SELECT p.id, p.title, 'tool', t.value
       FROM paths p, json_each(p.content_json, '$.toolGroups') g, json_each(g.value, '$.tools') t`,
    )
    .all();
}

interface PathNames {
  title: string;
  /** Normalised name -> the name as this path writes it. */
  names: Record<SharedKind, Map<string, string>>;
}

function namesByPath(rows: readonly NameRow[]): Map<string, PathNames> {
  const byPath = new Map<string, PathNames>();
  for (const row of rows) {
    if (typeof row.name !== 'string') continue;
    const normalised = normaliseName(row.name);
    if (normalised === '') continue;
    let entry = byPath.get(row.path_id);
    if (entry === undefined) {
      entry = { title: row.title, names: { certification: new Map(), tool: new Map() } };
      byPath.set(row.path_id, entry);
    }
    const names = entry.names[row.kind];
    if (!names.has(normalised)) names.set(normalised, row.name);
  }
  return byPath;
}

function sharedNames(mine: Map<string, string>, theirs: Map<string, string>): string[] {
  return [...mine].filter(([normalised]) => theirs.has(normalised)).map(([, name]) => name);
}

/**
 * The other paths sharing the most certifications and tools with `pathId`, named as that path
 * names them; ties go by title. Paths sharing nothing are left out.
 */
export function findRelatedPaths(db: Database, pathId: string, limit = DEFAULT_RELATED_LIMIT): RelatedPath[] {
  const byPath = namesByPath(allNames(db));
  const mine = byPath.get(pathId);
  if (mine === undefined) return [];
  const related: RelatedPath[] = [];
  for (const [otherId, other] of byPath) {
    if (otherId === pathId) continue;
    const sharedCertifications = sharedNames(mine.names.certification, other.names.certification);
    const sharedTools = sharedNames(mine.names.tool, other.names.tool);
    if (sharedCertifications.length + sharedTools.length === 0) continue;
    related.push({ pathId: otherId, title: other.title, sharedCertifications, sharedTools });
  }
  const shared = (path: RelatedPath): number => path.sharedCertifications.length + path.sharedTools.length;
  return related
    .sort(
      (a, b) =>
        shared(b) - shared(a) ||
        a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }) ||
        a.pathId.localeCompare(b.pathId),
    )
    .slice(0, limit);
}
