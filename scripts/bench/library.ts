/**
 * Figures for the bundled library: the first start (every file parsed and indexed into a fresh
 * database), a later start with nothing changed (every file recognised by its hash), and a
 * search in the library search box.
 */
import { systemClock } from '../../electron/backend/clock';
import type { Database } from '../../electron/backend/db';
import { createPlannerService, syncBundledContent } from '../../electron/backend/service';
import { formatMs, median, percentile, timeIt } from './stats';

export interface LibraryBenchOptions {
  contentDir: string;
  /** A new, empty database file for each first-start round. */
  freshDatabase: () => Database;
  rounds?: number;
}

const quiet = (): void => {};

/** Words people type: a vendor, a tool, two words, a prefix. */
const QUERIES = ['aws', 'jira', 'cloud security', 'pyth', 'project management', 'a+'];

function syncOrThrow(db: Database, contentDir: string): number {
  const files = syncBundledContent(db, contentDir, systemClock, quiet);
  const failed = files.filter((file) => file.status === 'failed');
  if (files.length === 0 || failed.length > 0) {
    throw new Error(
      `bundled library did not load: ${failed.map((file) => file.fileName).join(', ') || 'no files'}`,
    );
  }
  return files.length;
}

export function benchLibrary({ contentDir, freshDatabase, rounds = 5 }: LibraryBenchOptions): void {
  const firstStart: number[] = [];
  let fileCount = 0;
  let db: Database | null = null;
  for (let round = 0; round < rounds; round += 1) {
    db?.close();
    db = freshDatabase();
    const database = db;
    const { result, ms } = timeIt(() => syncOrThrow(database, contentDir));
    fileCount = result;
    firstStart.push(ms);
  }
  if (db === null) throw new Error('no rounds');
  const database = db;

  const laterStart: number[] = [];
  for (let round = 0; round < rounds * 2; round += 1) {
    laterStart.push(timeIt(() => syncOrThrow(database, contentDir)).ms);
  }

  const service = createPlannerService(database, { clock: systemClock });
  const searches: number[] = [];
  let hits = 0;
  for (let round = 0; round < 50; round += 1) {
    for (const query of QUERIES) {
      const { result, ms } = timeIt(() => service.searchLibrary({ query }));
      if (!result.ok) throw new Error(`search failed: ${result.error.message}`);
      hits += result.value.length;
      searches.push(ms);
    }
  }
  database.close();

  console.log(
    `bundled library, first start: ${fileCount} files parsed, stored and indexed in ` +
      `${formatMs(median(firstStart))} (median of ${firstStart.length}, fresh database each)`,
  );
  console.log(
    `bundled library, later start with nothing changed: ${fileCount} files recognised by hash in ` +
      `${formatMs(median(laterStart))} (median of ${laterStart.length})`,
  );
  console.log(
    `library search (${QUERIES.map((q) => `"${q}"`).join(', ')}): median ${formatMs(median(searches))}, ` +
      `p95 ${formatMs(percentile(searches, 0.95))} over ${searches.length} searches ` +
      `(${(hits / searches.length).toFixed(1)} paths found per search on average)`,
  );
}
