/** Links to the work behind an item: a repository, a demo, a write-up. */
import type { EvidenceKind, EvidenceLink } from '../../../shared/domain';
import type { Database } from '../db';

export interface EvidenceLinkRow {
  id: number;
  item_id: number;
  kind: EvidenceKind;
  url: string;
  label: string;
  position: number;
}

export type NewEvidenceLink = Pick<EvidenceLinkRow, 'kind' | 'url' | 'label'>;

export function rowToEvidenceLink(row: EvidenceLinkRow): EvidenceLink {
  return { id: row.id, kind: row.kind, url: row.url, label: row.label };
}

/** Every evidence link of a plan's items, grouped by item, each list in position order. */
export function listEvidenceOfPlan(db: Database, planId: number): Map<number, EvidenceLink[]> {
  const rows = db
    .prepare<[number], EvidenceLinkRow>(
      `SELECT l.* FROM plan_item_links l JOIN plan_items i ON i.id = l.item_id
       WHERE i.plan_id = ? ORDER BY l.item_id, l.position, l.id`,
    )
    .all(planId);
  const byItem = new Map<number, EvidenceLink[]>();
  for (const row of rows) {
    const list = byItem.get(row.item_id) ?? [];
    list.push(rowToEvidenceLink(row));
    byItem.set(row.item_id, list);
  }
  return byItem;
}

export function listEvidence(db: Database, itemId: number): EvidenceLink[] {
  return db
    .prepare<[number], EvidenceLinkRow>(
      'SELECT * FROM plan_item_links WHERE item_id = ? ORDER BY position, id',
    )
    .all(itemId)
    .map(rowToEvidenceLink);
}

export function findEvidenceLinkRow(db: Database, linkId: number): EvidenceLinkRow | undefined {
  return db.prepare<[number], EvidenceLinkRow>('SELECT * FROM plan_item_links WHERE id = ?').get(linkId);
}

/** Appends a link to the end of the item's list. */
export function insertEvidenceLink(db: Database, itemId: number, link: NewEvidenceLink): number {
  const result = db
    .prepare<NewEvidenceLink & { item_id: number }>(
      `INSERT INTO plan_item_links (item_id, kind, url, label, position)
       VALUES (@item_id, @kind, @url, @label,
               (SELECT coalesce(max(position) + 1, 0) FROM plan_item_links WHERE item_id = @item_id))`,
    )
    .run({ ...link, item_id: itemId });
  return Number(result.lastInsertRowid);
}

export function deleteEvidenceLinkRow(db: Database, linkId: number): boolean {
  return db.prepare('DELETE FROM plan_item_links WHERE id = ?').run(linkId).changes > 0;
}
