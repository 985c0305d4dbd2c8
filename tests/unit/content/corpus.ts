import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCareerPath } from '../../../electron/backend/content/importer';
import type { ParsedCareerPath } from '../../../shared/domain';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The real career-path documents live beside the repository, not in it. */
export const corpusDir = resolve(repoRoot, '../shared/corpus');
export const corpusAvailable = existsSync(corpusDir);
export const corpusSkipNote = corpusAvailable ? '' : ` (skipped: corpus folder ${corpusDir} not found)`;

export const SEED_FILE = '31-Support_Engineer_Customer_Success_Engineer.md';

/** The overview chapters of the guide: not single career roles. */
export const OVERVIEW_NUMBERS = [1, 2, 3, 32, 34, 35];

export function corpusFiles(): string[] {
  if (!corpusAvailable) return [];
  return readdirSync(corpusDir)
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
}

export function corpusFile(number: number): string {
  const name = corpusFiles().find((file) => file.startsWith(`${number}-`));
  if (!name) throw new Error(`corpus document ${number} is missing`);
  return name;
}

export function readCorpus(name: string): Uint8Array {
  return readFileSync(join(corpusDir, name));
}

export function parseCorpus(name: string): ParsedCareerPath {
  const result = parseCareerPath(name, readCorpus(name));
  if (!result.ok) throw new Error(`${name} did not parse: ${result.error.message}`);
  return result.value;
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
