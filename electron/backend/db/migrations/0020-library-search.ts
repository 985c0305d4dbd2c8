import type { Migration } from './migration';

/**
 * Effort estimates for content items, and a full-text index over the library: one row per
 * path (its title, description and prose) and one per item, so a search names both.
 */
export const librarySearch: Migration = {
  version: 20,
  name: 'library-search',
  up(db) {
    db.exec(`
      ALTER TABLE path_items ADD COLUMN hours INTEGER CHECK (hours IS NULL OR hours > 0);

      CREATE VIRTUAL TABLE library_search USING fts5 (
        path_id UNINDEXED,
        item_key UNINDEXED,
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  },
};
