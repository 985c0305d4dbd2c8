import type { Migration } from './migration';

/**
 * Planning that fits a life: a weekly study budget and schedule mode per plan, effort and
 * start dates per item, a `skipped` status, certification tracking, project deliverables and
 * evidence links, snoozed reminders, study sessions, and app settings.
 *
 * SQLite cannot change a CHECK constraint in place, so plan_items is rebuilt (every row and
 * id kept) before the tables that reference it exist.
 */
export const planningSchema: Migration = {
  version: 30,
  name: 'planning',
  up(db) {
    db.exec(`
      -- What a plan copies from a content item besides its title: level, validity, deliverables.
      ALTER TABLE path_items ADD COLUMN details_json TEXT NOT NULL DEFAULT '{}';

      ALTER TABLE plans ADD COLUMN budget_json TEXT NOT NULL DEFAULT '[60,60,60,60,60,180,0]';
      ALTER TABLE plans ADD COLUMN schedule_mode TEXT NOT NULL DEFAULT 'target'
        CHECK (schedule_mode IN ('target', 'asap'));
      ALTER TABLE plans ADD COLUMN paused_since TEXT;
      ALTER TABLE plans ADD COLUMN study_sessions_json TEXT NOT NULL
        DEFAULT '{"enabled":false,"weekdays":[1,2,3,4,5],"time":"19:00"}';
      ALTER TABLE plans ADD COLUMN study_notified_at TEXT;

      CREATE TABLE plan_items_new (
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

      INSERT INTO plan_items_new (id, plan_id, content_key, kind, title, description, status, completed_at,
                                  notes, due_date, reminder_at, reminder_notified_at, position, effort_hours)
      SELECT i.id, i.plan_id, i.content_key, i.kind, i.title, i.description, i.status, i.completed_at,
             i.notes, i.due_date, i.reminder_at, i.reminder_notified_at, i.position,
             coalesce(c.hours, CASE i.kind WHEN 'certification' THEN 40 WHEN 'tool' THEN 20
                                           WHEN 'project' THEN 15 ELSE 5 END)
      FROM plan_items i LEFT JOIN path_items c ON c.key = i.content_key;

      DROP TABLE plan_items;
      ALTER TABLE plan_items_new RENAME TO plan_items;

      CREATE INDEX plan_items_by_plan ON plan_items (plan_id, position);
      CREATE INDEX plan_items_by_content_key ON plan_items (content_key) WHERE content_key IS NOT NULL;
      CREATE INDEX plan_items_pending_reminders ON plan_items (reminder_at)
        WHERE reminder_at IS NOT NULL AND reminder_notified_at IS NULL;
      CREATE INDEX plan_items_by_completion ON plan_items (completed_at) WHERE completed_at IS NOT NULL;

      CREATE TABLE plan_item_deliverables (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES plan_items (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX plan_item_deliverables_by_item ON plan_item_deliverables (item_id, position);

      CREATE TABLE plan_item_links (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES plan_items (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('repository', 'demo', 'write-up', 'other')),
        url TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX plan_item_links_by_item ON plan_item_links (item_id, position);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
      ) STRICT;
    `);
  },
};
