-- StudyPath schema, user_version 30

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
      , hours INTEGER CHECK (hours IS NULL OR hours > 0), details_json TEXT NOT NULL DEFAULT '{}') STRICT;

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

CREATE TABLE plan_item_deliverables (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES plan_items (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        position INTEGER NOT NULL
      ) STRICT;

CREATE TABLE plan_item_links (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES plan_items (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('repository', 'demo', 'write-up', 'other')),
        url TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
      ) STRICT;

CREATE TABLE "plan_items" (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        content_key TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('certification', 'tool', 'project', 'custom')),
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in-progress', 'done', 'skipped')),
        completed_at TEXT,
        notes TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        reminder_at TEXT,
        reminder_notified_at TEXT,
        position INTEGER NOT NULL,
        effort_hours REAL NOT NULL DEFAULT 5 CHECK (effort_hours > 0),
        start_date TEXT,
        snoozed_until TEXT,
        exam_date TEXT,
        exam_notified_at TEXT,
        booking_note TEXT NOT NULL DEFAULT '',
        exam_result TEXT CHECK (exam_result IS NULL OR exam_result IN ('passed', 'failed')),
        exam_score TEXT NOT NULL DEFAULT '',
        earned_date TEXT,
        validity_years INTEGER CHECK (validity_years IS NULL OR validity_years > 0),
        expires_date TEXT,
        renewal_notified_at TEXT,
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
      , budget_json TEXT NOT NULL DEFAULT '[60,60,60,60,60,180,0]', schedule_mode TEXT NOT NULL DEFAULT 'target'
        CHECK (schedule_mode IN ('target', 'asap')), paused_since TEXT, study_sessions_json TEXT NOT NULL
        DEFAULT '{"enabled":false,"weekdays":[1,2,3,4,5],"time":"19:00"}', study_notified_at TEXT) STRICT;

CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
      ) STRICT;

CREATE INDEX path_items_by_path ON path_items (path_id, position);

CREATE INDEX paths_by_content_hash ON paths (content_hash);

CREATE INDEX plan_item_deliverables_by_item ON plan_item_deliverables (item_id, position);

CREATE INDEX plan_item_links_by_item ON plan_item_links (item_id, position);

CREATE INDEX plan_items_by_completion ON plan_items (completed_at) WHERE completed_at IS NOT NULL;

CREATE INDEX plan_items_by_content_key ON plan_items (content_key) WHERE content_key IS NOT NULL;

CREATE INDEX plan_items_by_plan ON plan_items (plan_id, position);

CREATE INDEX plan_items_pending_reminders ON plan_items (reminder_at)
        WHERE reminder_at IS NOT NULL AND reminder_notified_at IS NULL;
