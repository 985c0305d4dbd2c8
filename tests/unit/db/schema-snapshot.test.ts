import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/db';
import { dumpSchema } from '../../../electron/backend/db/schema';
import { repoRoot } from '../../helpers/corpus';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const snapshotFile = join(repoRoot, 'electron/backend/db/schema.snapshot.sql');

// Run with UPDATE_SCHEMA_SNAPSHOT=1 after adding a migration, and commit the result.
it('matches the committed schema snapshot, so schema changes show up in review', () => {
  const db = openDatabase(join(tempDir(), 'schema.sqlite'));
  const live = dumpSchema(db);
  db.close();
  if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(snapshotFile, live);
  expect(live).toBe(readFileSync(snapshotFile, 'utf8'));
});
