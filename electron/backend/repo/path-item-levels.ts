/** Certification levels of a path's content items, for the default study order of a new plan. */
import type { CertificationLevel } from '../../../shared/domain';
import type { Database } from '../db';
import { contentDetailsByKey, parseContentDetails, type ContentItemDetails } from './content-details';
import { contentFromJson } from './paths';

/**
 * Level by content key for the path's certifications that state one. Rows stored before
 * details were kept are read from the path's stored content, parsed once for the whole path.
 */
export function certificationLevelsOf(db: Database, pathId: string): Map<string, CertificationLevel> {
  const rows = db
    .prepare<[string], { key: string; details_json: string }>(
      `SELECT key, details_json FROM path_items WHERE path_id = ? AND kind = 'certification'`,
    )
    .all(pathId);
  let fromContent: Map<string, ContentItemDetails> | undefined;
  const detailsFromContent = (): Map<string, ContentItemDetails> => {
    if (fromContent === undefined) {
      const json = db
        .prepare<[string], string>('SELECT content_json FROM paths WHERE id = ?')
        .pluck()
        .get(pathId);
      fromContent =
        json === undefined
          ? new Map()
          : contentDetailsByKey({ id: pathId, content: contentFromJson(json), warnings: [] });
    }
    return fromContent;
  };
  const levels = new Map<string, CertificationLevel>();
  for (const row of rows) {
    const details = parseContentDetails(row.details_json) ?? detailsFromContent().get(row.key);
    const level = details?.level ?? null;
    if (level !== null) levels.set(row.key, level);
  }
  return levels;
}
