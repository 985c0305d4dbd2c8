-- StudyPath schema, user_version 20

CREATE VIRTUAL TABLE library_search USING fts5 (
        path_id UNINDEXED,
        item_key UNINDEXED,
        title,
        body,
        tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'"
      );

CREATE TABLE 'library_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'library_search_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3);

CREATE TABLE 'library_search_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'library_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'library_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE path_items (
        key TEXT PRIMARY KEY,
        path_id TEXT NOT NULL REFERENCES paths (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('certification', 'tool', 'project')),
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        position INTEGER NOT NULL
      , hours INTEGER CHECK (hours IS NULL OR hours > 0)) STRICT;

CREATE TABLE paths (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('bundled', 'imported')),
        file_name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        content_json TEXT NOT NULL,
        warnings_json TEXT NOT NULL DEFAULT '[]',
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE plan_items (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        content_key TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('certification', 'tool', 'project', 'custom')),
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in-progress', 'done')),
        completed_at TEXT,
        notes TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        reminder_at TEXT,
        reminder_notified_at TEXT,
        position INTEGER NOT NULL,
        CHECK ((status = 'done') = (completed_at IS NOT NULL))
      ) STRICT;

CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        path_id TEXT NOT NULL,
        path_title TEXT NOT NULL,
        start_date TEXT NOT NULL,
        target_date TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

CREATE INDEX path_items_by_path ON path_items (path_id, position);

CREATE INDEX paths_by_content_hash ON paths (content_hash);

CREATE INDEX plan_items_by_content_key ON plan_items (content_key) WHERE content_key IS NOT NULL;

CREATE INDEX plan_items_by_plan ON plan_items (plan_id, position);

CREATE INDEX plan_items_pending_reminders ON plan_items (reminder_at)
        WHERE reminder_at IS NOT NULL AND reminder_notified_at IS NULL;
