/** Turning a career-path document into content rows, for the bundled library and user imports. */
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { MAX_IMPORT_BYTES } from '../../../shared/contract';
import type { ContentItem, ImportOutcome, ParsedCareerPath, PathSource } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import type { Clock } from '../clock';
import { contentItemsOf, parseCareerPath } from '../content/importer';
import type { Database } from '../db';
import { contentDetailsByKey } from '../repo/content-details';
import { refreshDescriptionsFromPath } from '../repo/items';
import { indexPath } from '../repo/library-search';
import { countItemsLosingContent } from '../repo/path-removal';
import { findPath, findPathByHash, replacePathItems, rowWarnings, upsertPath } from '../repo/paths';

/** Suffix for a user import whose id a bundled path already uses. */
export const IMPORTED_COPY_SUFFIX = '-imported';

/**
 * Raised whenever the importer reads documents differently, so stored paths are parsed
 * again once; between such changes an unchanged file is recognised by its hash alone.
 */
export const IMPORTER_VERSION = 3;

function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(`studypath-importer-${IMPORTER_VERSION}\n`).update(bytes).digest('hex');
}

/**
 * A user's file must never overwrite a bundled path (the next start would overwrite it back),
 * so it is imported beside it under a derived id. The id is deterministic, so importing an
 * edited version of the same file again updates that copy.
 */
function resolvePathId(
  db: Database,
  parsedId: string,
  source: PathSource,
): Result<{ pathId: string; warning: string | null }> {
  if (source === 'bundled' || findPath(db, parsedId)?.source !== 'bundled') {
    return ok({ pathId: parsedId, warning: null });
  }
  const pathId = `${parsedId}${IMPORTED_COPY_SUFFIX}`;
  if (findPath(db, pathId)?.source === 'bundled') {
    return fail('invalid-argument', `A bundled career path already uses the id "${pathId}".`);
  }
  return ok({
    pathId,
    warning: `The library already has a career path with the id "${parsedId}"; this file was added as "${pathId}".`,
  });
}

/** The importer derives keys from names; two items with the same name would collide, so keep the first. */
function uniqueByKey(items: readonly ContentItem[], warnings: string[]): ContentItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.key)) {
      warnings.push(`"${item.title}" appears more than once; only the first is kept.`);
      return false;
    }
    seen.add(item.key);
    return true;
  });
}

function storeParsedPath(
  db: Database,
  parsed: ParsedCareerPath,
  fileName: string,
  hash: string,
  source: PathSource,
  clock: Clock,
): Result<ImportOutcome> {
  const resolved = resolvePathId(db, parsed.id, source);
  if (!resolved.ok) return resolved;
  const { pathId, warning } = resolved.value;
  const renamed: ParsedCareerPath = { ...parsed, id: pathId };
  const warnings = [...parsed.warnings, ...(warning === null ? [] : [warning])];
  const items = uniqueByKey(contentItemsOf(renamed), warnings);
  const now = clock.now().toISOString();

  const { existed, orphanedPlanItems } = db.transaction(() => {
    const existing = findPath(db, pathId);
    // Counted before the swap: items already orphaned by an earlier import are not news.
    const losingContent = countItemsLosingContent(
      db,
      pathId,
      items.map((item) => item.key),
    );
    upsertPath(db, {
      id: pathId,
      title: parsed.content.title,
      description: parsed.content.description,
      source,
      file_name: fileName,
      content_hash: hash,
      content_json: JSON.stringify(parsed.content),
      warnings_json: JSON.stringify(warnings),
      imported_at: existing?.imported_at ?? now,
      updated_at: now,
    });
    replacePathItems(db, pathId, items, contentDetailsByKey(renamed));
    refreshDescriptionsFromPath(db, pathId);
    indexPath(db, pathId, parsed.content, items);
    return { existed: existing !== undefined, orphanedPlanItems: losingContent };
  })();

  return ok({
    pathId,
    title: parsed.content.title,
    status: existed ? 'updated' : 'imported',
    warnings,
    orphanedPlanItems,
  });
}

/**
 * Imports one document. Identical bytes to a stored path are recognised by hash before any
 * parsing; a changed document updates its path in place, leaving every plan untouched.
 */
export function importPathDocument(
  db: Database,
  fileName: string,
  bytes: Uint8Array,
  source: PathSource,
  clock: Clock,
): Result<ImportOutcome> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return fail('file-too-large', `${fileName} is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB.`);
  }
  const hash = contentHash(bytes);
  // A user's copy of a bundled file counts as unchanged; the bundled library only trusts its own rows.
  const known = findPathByHash(db, hash, source === 'bundled' ? 'bundled' : undefined);
  if (known !== undefined) {
    return ok({
      pathId: known.id,
      title: known.title,
      status: 'unchanged',
      warnings: rowWarnings(known),
      orphanedPlanItems: 0,
    });
  }
  const parsed = parseCareerPath(fileName, bytes);
  if (!parsed.ok) return parsed;
  try {
    return storeParsedPath(db, parsed.value, fileName, hash, source, clock);
  } catch (error) {
    // The transaction has rolled back; report it as data so a bundled sync can go on.
    if (error instanceof BetterSqlite3.SqliteError) {
      return fail('storage-failed', `${fileName} could not be saved (${error.code}).`);
    }
    throw error;
  }
}
