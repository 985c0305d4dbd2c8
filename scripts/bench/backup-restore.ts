/**
 * Backing up and restoring a database the size of years of heavy use: 50 plans with 100
 * items each (5,000 items, a third of them done, with notes and dates), plus the bundled
 * library when a content folder is given. Each figure is the median of a few runs.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackupStore } from '../../electron/backend/backup';
import { systemClock } from '../../electron/backend/clock';
import { openDatabase, type Database } from '../../electron/backend/db';
import { insertPlanItem } from '../../electron/backend/repo/items';
import { insertPlan } from '../../electron/backend/repo/plans';
import { syncBundledContent } from '../../electron/backend/service';
import type { Result } from '../../shared/result';
import { median, timeIt } from './stats';

export const BENCH_PLANS = 50;
export const BENCH_ITEMS_PER_PLAN = 100;

export interface BackupRestoreFigures {
  plans: number;
  items: number;
  databaseBytes: number;
  backupBytes: number;
  runs: number;
  /** Median milliseconds for "Back up now": VACUUM INTO, quick check, rename, pruning. */
  backupMs: number;
  /** Median milliseconds for a restore: check, upgrade copy, safety backup, swap of every row. */
  restoreMs: number;
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function fillWithPlans(db: Database): void {
  db.transaction(() => {
    for (let p = 0; p < BENCH_PLANS; p += 1) {
      const planId = insertPlan(db, {
        name: `Plan ${p + 1}`,
        path_id: 'support-engineer',
        path_title: 'Support Engineer',
        start_date: '2026-01-05',
        target_date: '2026-12-18',
        created_at: new Date(Date.UTC(2026, 0, 5, 9, p)).toISOString(),
      });
      for (let i = 0; i < BENCH_ITEMS_PER_PLAN; i += 1) {
        const done = i % 3 === 0;
        insertPlanItem(db, {
          plan_id: planId,
          content_key: null,
          kind: 'custom',
          title: `Practice task ${i + 1} of plan ${p + 1}`,
          description: 'A custom item added for the benchmark, about as long as a real description.',
          status: done ? 'done' : 'todo',
          completed_at: done ? '2026-02-01T18:00:00.000Z' : null,
          notes:
            i % 5 === 0 ? 'Notes from the study session: what went well, what to revisit next week.' : '',
          due_date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`,
          reminder_at: i % 10 === 0 ? '2026-06-01T08:00:00.000Z' : null,
          reminder_notified_at: null,
          position: i,
        });
      }
    }
  })();
}

export function benchBackupRestore(
  options: { contentDir?: string; runs?: number } = {},
): BackupRestoreFigures {
  const runs = options.runs ?? 5;
  const dataDir = mkdtempSync(join(tmpdir(), 'studypath-bench-backup-'));
  const databaseFile = join(dataDir, 'studypath.sqlite');
  const db = openDatabase(databaseFile);
  try {
    if (options.contentDir !== undefined) syncBundledContent(db, options.contentDir, systemClock, () => {});
    fillWithPlans(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const store = createBackupStore({ db, backupsDir: join(dataDir, 'backups'), clock: systemClock });

    const backups = Array.from({ length: runs }, () => timeIt(() => unwrap(store.create('manual'))));
    const restores = backups.map(
      ({ result: backup }) => timeIt(() => unwrap(store.restore(backup.fileName))).ms,
    );
    const items = db.prepare('SELECT count(*) FROM plan_items').pluck().get() as number;
    if (items !== BENCH_PLANS * BENCH_ITEMS_PER_PLAN) throw new Error(`restore left ${items} items`);
    return {
      plans: BENCH_PLANS,
      items,
      databaseBytes: statSync(databaseFile).size,
      backupBytes: backups[0]?.result.sizeBytes ?? 0,
      runs,
      backupMs: median(backups.map((run) => run.ms)),
      restoreMs: median(restores),
    };
  } finally {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
