import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The real career-path documents, kept beside the repository rather than in it. */
export const corpusDir = resolve(repoRoot, '../shared/corpus');

export const corpusAvailable = existsSync(corpusDir);

export const corpusMissingMessage = `career-path corpus not found at ${corpusDir}; corpus tests skipped`;

/** A plain Uint8Array, the type the service contract accepts (a Buffer may share a pooled buffer). */
export function readCorpusFile(fileName: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(corpusDir, fileName)));
}

export const bundledContentDir = join(repoRoot, 'content');
