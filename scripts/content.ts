/**
 * Checks career-path documents from the command line with the same importer the app uses:
 *   npm run content -- parse FILE...
 * Prints one JSON line per file; exits 0 when every file parsed, 1 otherwise, 2 on misuse.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES } from '../shared/contract';
import { fail, type Result } from '../shared/result';
import type { ParsedCareerPath } from '../shared/domain';
import { fileTooLarge } from '../electron/backend/content/decode';
import { parseCareerPath } from '../electron/backend/content/importer';

const USAGE =
  'Usage: npm run content -- parse FILE...\n  Parses each career-path markdown file and prints one JSON line per file.';

function readAndParse(file: string): Result<ParsedCareerPath> {
  let bytes: Uint8Array;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return fail('invalid-argument', `${file} is not a file.`);
    // Refuse before reading: a huge file should not be loaded into memory just to be rejected.
    if (stats.size > MAX_IMPORT_BYTES) return fileTooLarge();
    bytes = readFileSync(file);
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'ENOENT'
        ? 'it does not exist'
        : 'it could not be read';
    return fail('not-found', `${file} could not be opened: ${reason}.`);
  }
  return parseCareerPath(basename(file), bytes);
}

function main(args: string[]): number {
  const [command, ...files] = args;
  if (command !== 'parse' || files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let allParsed = true;
  for (const file of files) {
    const result = readAndParse(file);
    const line = result.ok
      ? {
          file,
          ok: true,
          path: { id: result.value.id, ...result.value.content },
          warnings: result.value.warnings,
        }
      : { file, ok: false, error: result.error };
    if (!result.ok) allParsed = false;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return allParsed ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
