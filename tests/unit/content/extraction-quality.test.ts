import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusAvailable, repoRoot } from './corpus';

const tsxCli = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const labelsDir = join(repoRoot, 'tests/fixtures/extraction');

function runQuality(...options: string[]) {
  const run = spawnSync(process.execPath, [tsxCli, join(repoRoot, 'scripts/content.ts'), 'quality', ...options], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Score {
  hits: number;
  extracted: number;
  labelled: number;
}
type Metric = 'certifications' | 'toolGroups' | 'tools' | 'projects';
type Scores = Record<Metric, Score>;
interface Report {
  documents: { document: string; scores: Scores }[];
  totals: { corpus: Scores; unseen: Scores; all: Scores };
  skipped: string[];
}

/**
 * The lowest precision and recall the importer may fall to, as measured against the labels and
 * rounded down to the nearest 5%. Raise them when the extraction improves.
 */
const FLOORS: Record<keyof Report['totals'], Record<Metric, { precision: number; recall: number }>> = {
  all: {
    certifications: { precision: 0.8, recall: 0.75 },
    toolGroups: { precision: 0.95, recall: 0.95 },
    tools: { precision: 0.9, recall: 0.9 },
    projects: { precision: 0.95, recall: 0.95 },
  },
  corpus: {
    certifications: { precision: 0.7, recall: 0.65 },
    toolGroups: { precision: 0.95, recall: 0.95 },
    tools: { precision: 0.9, recall: 0.85 },
    projects: { precision: 0.95, recall: 0.95 },
  },
  unseen: {
    certifications: { precision: 0.9, recall: 0.9 },
    toolGroups: { precision: 0.95, recall: 0.95 },
    tools: { precision: 0.95, recall: 0.95 },
    projects: { precision: 0.95, recall: 0.95 },
  },
};

const METRICS: Metric[] = ['certifications', 'toolGroups', 'tools', 'projects'];

describe.skipIf(!existsSync(join(labelsDir, 'README.md')))('extraction quality against the labelled documents', () => {
  let report: Report;

  beforeAll(() => {
    const { status, stdout, stderr } = runQuality('--json');
    expect(status, stderr).toBe(0);
    report = JSON.parse(stdout) as Report;
  });

  it('measures every labelled document', () => {
    expect(report.documents.length + report.skipped.length).toBeGreaterThanOrEqual(12);
    expect(report.documents.filter((d) => d.document.startsWith('unseen:'))).toHaveLength(4);
  });

  const splits = Object.keys(FLOORS) as (keyof Report['totals'])[];
  describe.each(splits)('%s documents', (split) => {
    // Corpus documents live beside the repository; without them only the unseen set is measured.
    it.skipIf(split !== 'unseen' && !corpusAvailable).each(METRICS)(
      'keep %s precision and recall at or above their floors',
      (metric) => {
      const { hits, extracted, labelled } = report.totals[split][metric];
      const floor = FLOORS[split][metric];
      expect(hits / Math.max(extracted, 1), `${split} ${metric} precision`).toBeGreaterThanOrEqual(floor.precision);
      expect(hits / Math.max(labelled, 1), `${split} ${metric} recall`).toBeGreaterThanOrEqual(floor.recall);
      },
    );
  });

  it('prints a table with one row per document and the totals', () => {
    const { status, stdout } = runQuality();
    expect(status).toBe(0);
    expect(stdout).toMatch(/^document\s+certifications\s+tool groups\s+tools in groups\s+projects/m);
    expect(stdout).toMatch(/^unseen:site-reliability-engineer\.md\s+\d+% \/ \d+%/m);
    expect(stdout).toMatch(/^total\s+(\d+% \/ \d+%\s+){4}$/m);
  });
});
