/**
 * Checks career-path documents from the command line with the same importer the app uses:
 *   npm run content -- parse FILE...
 *     Prints one JSON line per file; exits 0 when every file parsed, 1 otherwise.
 *   npm run content -- quality [--json]
 *     Measures extraction against the hand-made labels in tests/fixtures/extraction.
 * Exits 2 on misuse.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_IMPORT_BYTES } from '../shared/contract';
import { fail, type Result } from '../shared/result';
import type { ParsedCareerPath } from '../shared/domain';
import { fileTooLarge } from '../electron/backend/content/decode';
import { parseCareerPath } from '../electron/backend/content/importer';

const USAGE = [
  'Usage: npm run content -- parse FILE...',
  '  Parses each career-path markdown file and prints one JSON line per file.',
  '       npm run content -- quality [--json]',
  '  Measures certifications, tool groups and projects against the labelled documents.',
].join('\n');

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const labelsDir = join(repoRoot, 'tests/fixtures/extraction');
/** The real career-path documents live beside the repository, not in it. */
const corpusDir = resolve(repoRoot, '../shared/corpus');

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

function runParse(files: string[]): number {
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

interface Labels {
  document: string;
  certifications: string[];
  toolGroups: { name: string; tools: string[] }[];
  projects: string[];
}

/** Hits against the labels: precision is hits / extracted, recall is hits / labelled. */
interface Score {
  hits: number;
  extracted: number;
  labelled: number;
}

const METRICS = ['certifications', 'toolGroups', 'tools', 'projects'] as const;
type Metric = (typeof METRICS)[number];
type Scores = Record<Metric, Score>;

const emptyScores = (): Scores => ({
  certifications: { hits: 0, extracted: 0, labelled: 0 },
  toolGroups: { hits: 0, extracted: 0, labelled: 0 },
  tools: { hits: 0, extracted: 0, labelled: 0 },
  projects: { hits: 0, extracted: 0, labelled: 0 },
});

/** Names compare without regard to case, punctuation or spacing: "CI/CD" equals "ci cd". */
function normalised(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Pairs each extracted item with an unused labelled one of the same normalised name. */
function pairs<T>(extracted: T[], labelled: T[], nameOf: (item: T) => string): [T, T][] {
  const unused = new Map<string, T[]>();
  for (const item of labelled) {
    const key = normalised(nameOf(item));
    unused.set(key, [...(unused.get(key) ?? []), item]);
  }
  return extracted.flatMap((item): [T, T][] => {
    const match = unused.get(normalised(nameOf(item)))?.shift();
    return match === undefined ? [] : [[item, match]];
  });
}

function score<T>(extracted: T[], labelled: T[], nameOf: (item: T) => string): Score {
  return {
    hits: pairs(extracted, labelled, nameOf).length,
    extracted: extracted.length,
    labelled: labelled.length,
  };
}

function add(total: Score, part: Score): void {
  total.hits += part.hits;
  total.extracted += part.extracted;
  total.labelled += part.labelled;
}

function scoreDocument(result: Result<ParsedCareerPath>, labels: Labels): Scores {
  const content = result.ok
    ? result.value.content
    : { certifications: [], toolGroups: [], projects: [] as { title: string }[] };
  const extractedGroups = content.toolGroups.map(({ name, tools }) => ({ name, tools }));
  const tools: Score = { hits: 0, extracted: 0, labelled: 0 };
  // Tools count only within groups that match by name: a tool in the wrong group is not a hit.
  for (const [found, expected] of pairs(extractedGroups, labels.toolGroups, (group) => group.name)) {
    add(
      tools,
      score(found.tools, expected.tools, (tool) => tool),
    );
  }
  return {
    certifications: score(
      content.certifications.map((c) => c.name),
      labels.certifications,
      (name) => name,
    ),
    toolGroups: score(extractedGroups, labels.toolGroups, (group) => group.name),
    tools,
    projects: score(
      content.projects.map((p) => p.title),
      labels.projects,
      (title) => title,
    ),
  };
}

function labelFiles(): string[] {
  const inFolder = (folder: string, suffix: string) =>
    existsSync(join(labelsDir, folder))
      ? readdirSync(join(labelsDir, folder))
          .filter((name) => name.endsWith(suffix))
          .sort()
          .map((name) => join(labelsDir, folder, name))
      : [];
  return [...inFolder('labels', '.json'), ...inFolder('unseen', '.labels.json')];
}

/** "corpus:6-DevOps_Engineer.md" or "unseen:ux-designer.md" as a file path. */
function documentPath(document: string): string {
  const [source, name = ''] = document.split(':');
  return source === 'corpus' ? join(corpusDir, name) : join(labelsDir, 'unseen', name);
}

interface DocumentScores {
  document: string;
  scores: Scores;
}

interface QualityReport {
  documents: DocumentScores[];
  /** Summed over the documents, so larger documents weigh more. */
  totals: { corpus: Scores; unseen: Scores; all: Scores };
  skipped: string[];
}

function measureQuality(): QualityReport {
  const documents: DocumentScores[] = [];
  const skipped: string[] = [];
  const totals = { corpus: emptyScores(), unseen: emptyScores(), all: emptyScores() };
  for (const file of labelFiles()) {
    const labels = JSON.parse(readFileSync(file, 'utf8')) as Labels;
    const path = documentPath(labels.document);
    if (!existsSync(path)) {
      skipped.push(labels.document);
      continue;
    }
    const scores = scoreDocument(parseCareerPath(basename(path), readFileSync(path)), labels);
    documents.push({ document: labels.document, scores });
    const group = labels.document.startsWith('corpus:') ? totals.corpus : totals.unseen;
    for (const metric of METRICS) {
      add(group[metric], scores[metric]);
      add(totals.all[metric], scores[metric]);
    }
  }
  return { documents, totals, skipped };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`;
}

const COLUMN = 16;
const NAME_COLUMN = 44;

function cell({ hits, extracted, labelled }: Score): string {
  return `${percent(hits, extracted)} / ${percent(hits, labelled)}`.padEnd(COLUMN);
}

function row(name: string, scores: Scores): string {
  return `${name.padEnd(NAME_COLUMN)}${METRICS.map((metric) => cell(scores[metric])).join('')}`;
}

function printQuality(report: QualityReport): void {
  const headings = ['certifications', 'tool groups', 'tools in groups', 'projects'];
  const lines = [
    'Precision / recall of what the importer extracts, against tests/fixtures/extraction.',
    '',
    `${'document'.padEnd(NAME_COLUMN)}${headings.map((heading) => heading.padEnd(COLUMN)).join('')}`,
    ...report.documents.map(({ document, scores }) => row(document, scores)),
    '',
    row('total: corpus documents', report.totals.corpus),
    row('total: unseen documents', report.totals.unseen),
    row('total', report.totals.all),
    ...report.skipped.map((document) => `skipped (file not found): ${document}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function runQuality(options: string[]): number {
  if (!existsSync(labelsDir)) {
    process.stderr.write(`No labels found in ${labelsDir}.\n`);
    return 1;
  }
  const report = measureQuality();
  if (options.includes('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
  else printQuality(report);
  return 0;
}

function main(args: string[]): number {
  const [command, ...rest] = args;
  if (command === 'parse' && rest.length > 0) return runParse(rest);
  if (command === 'quality' && rest.every((option) => option === '--json')) return runQuality(rest);
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
