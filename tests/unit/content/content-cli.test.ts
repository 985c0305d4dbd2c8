import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_FILE, corpusAvailable, corpusDir, corpusSkipNote, repoRoot } from './corpus';

const tsxCli = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');

function runContent(...args: string[]) {
  const run = spawnSync(process.execPath, [tsxCli, join(repoRoot, 'scripts/content.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const lines = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, lines, stderr: run.stderr };
}

const fixture = (name: string) => join(repoRoot, 'tests/fixtures/content', name);

describe('npm run content -- parse', () => {
  it.skipIf(!corpusAvailable)(
    `prints the parsed seed document as one JSON line and exits 0${corpusSkipNote}`,
    () => {
      const { status, lines } = runContent('parse', join(corpusDir, SEED_FILE));
      expect(status).toBe(0);
      expect(lines).toHaveLength(1);
      const [line] = lines;
      expect(line).toMatchObject({ ok: true, warnings: [] });
      const path = line?.path as {
        id: string;
        certifications: unknown[];
        toolGroups: unknown[];
        projects: unknown[];
      };
      expect(path.id).toBe('support-engineer-customer-success-engineer');
      expect([path.certifications.length, path.toolGroups.length, path.projects.length]).toEqual([11, 7, 6]);
    },
  );

  it('reports a refused file and a missing file as errors and exits 1', () => {
    const { status, lines } = runContent('parse', fixture('guide-not-a-path.md'), fixture('no-such-file.md'));
    expect(status).toBe(1);
    expect(lines).toEqual([
      {
        file: fixture('guide-not-a-path.md'),
        ok: false,
        error: { code: 'not-a-career-path', message: expect.any(String) },
      },
      {
        file: fixture('no-such-file.md'),
        ok: false,
        error: { code: 'not-found', message: expect.stringMatching(/does not exist/) },
      },
    ]);
  });

  it('prints usage and exits 2 for an unknown command', () => {
    const { status, lines, stderr } = runContent('frobnicate');
    expect(status).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toMatch(/Usage: npm run content -- parse FILE/);
  });
});
