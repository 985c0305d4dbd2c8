/**
 * What a plan copies from a content item besides its title and hours: a certification's level
 * and validity, a project's deliverables. Stored per path item in `path_items.details_json`.
 */
import { z } from 'zod';
import type { CertificationLevel, ParsedCareerPath } from '../../../shared/domain';
import { contentItemsOf } from '../content/importer';
import type { Database } from '../db';
import { insertDeliverable } from './deliverables';
import { contentFromJson } from './paths';

export interface ContentItemDetails {
  level: CertificationLevel | null;
  validityYears: number | null;
  deliverables: string[];
}

export const NO_CONTENT_DETAILS: ContentItemDetails = { level: null, validityYears: null, deliverables: [] };

const storedDetailsSchema = z.object({
  level: z.enum(['foundational', 'associate', 'professional', 'expert']).nullable(),
  validityYears: z.number().int().positive().nullable(),
  deliverables: z.array(z.string()),
});

/** The stored details, or null for a row written before details were kept (`{}`) or damaged. */
export function parseContentDetails(json: string): ContentItemDetails | null {
  try {
    const parsed = storedDetailsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whole years only: content read back from an export file is not held to the importer's rules. */
function usableValidity(years: number | null): number | null {
  return years !== null && Number.isInteger(years) && years > 0 ? years : null;
}

/**
 * Details per content item key. contentItemsOf lists certifications, tool groups and projects in
 * document order, so the details line up with its items one for one.
 */
export function contentDetailsByKey(parsed: ParsedCareerPath): Map<string, ContentItemDetails> {
  const { content } = parsed;
  const details: ContentItemDetails[] = [
    ...content.certifications.map((c) => ({
      level: c.level,
      validityYears: usableValidity(c.validityYears),
      deliverables: [],
    })),
    ...content.toolGroups.map(() => NO_CONTENT_DETAILS),
    ...content.projects.map((p) => ({ level: null, validityYears: null, deliverables: [...p.deliverables] })),
  ];
  const items = contentItemsOf(parsed);
  return new Map(items.map((item, index) => [item.key, details[index] ?? NO_CONTENT_DETAILS]));
}

interface DetailsSource {
  path_id: string;
  details_json: string;
  content_json: string;
}

/**
 * The details of a content item; null when the key is not in the library. Paths stored before
 * details were kept are read from their stored content instead.
 */
export function findContentDetails(db: Database, contentKey: string): ContentItemDetails | null {
  const row = db
    .prepare<[string], DetailsSource>(
      `SELECT c.path_id, c.details_json, p.content_json
       FROM path_items c JOIN paths p ON p.id = c.path_id WHERE c.key = ?`,
    )
    .get(contentKey);
  if (row === undefined) return null;
  const stored = parseContentDetails(row.details_json);
  if (stored !== null) return stored;
  const content = contentFromJson(row.content_json);
  return (
    contentDetailsByKey({ id: row.path_id, content, warnings: [] }).get(contentKey) ?? NO_CONTENT_DETAILS
  );
}

/**
 * Gives a new plan item what its content says: a certification's validity in years, a
 * project's deliverables as an unticked sub-checklist. Called once, when the item is created.
 */
export function copyContentDetails(db: Database, planItemId: number, contentKey: string): void {
  const details = findContentDetails(db, contentKey);
  const kind = db
    .prepare<[number], string>('SELECT kind FROM plan_items WHERE id = ?')
    .pluck()
    .get(planItemId);
  if (details === null || kind === undefined) return;
  if (kind === 'certification') {
    db.prepare('UPDATE plan_items SET validity_years = ? WHERE id = ?').run(
      details.validityYears,
      planItemId,
    );
  }
  if (kind === 'project') {
    for (const title of details.deliverables) insertDeliverable(db, planItemId, title);
  }
}
