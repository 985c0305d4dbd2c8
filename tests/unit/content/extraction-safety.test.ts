import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCareerPath } from '../../../electron/backend/content/importer';
import { properNameRuns } from '../../../electron/backend/content/proper-names';
import { structureProblem } from '../../../electron/backend/content/structure-limits';
import { sentences, splitNameList, tidy, withoutDashRemark } from '../../../electron/backend/content/text-lists';
import { toolsOfText } from '../../../electron/backend/content/tool-names';
import { bytesOf, corpusAvailable, corpusDir, corpusFiles, repoRoot } from './corpus';

/** CPU milliseconds one call takes; CPU time, so other work on the machine does not count. */
function cpuMs(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('text helpers on hostile long lines', () => {
  // Each input defeats a regular expression that backtracks: runs of separators with no end.
  const hostile: [string, (text: string) => unknown, string][] = [
    ['tidy', tidy, `${', '.repeat(100_000)}x`],
    ['splitNameList', splitNameList, `${' ,'.repeat(100_000)}x`],
    ['sentences', sentences, `${'. '.repeat(100_000)}x`],
    ['withoutDashRemark', withoutDashRemark, `${' - '.repeat(100_000)}X`],
    ['properNameRuns', properNameRuns, `A${',;:)'.repeat(50_000)}x`],
    ['toolsOfText', toolsOfText, `${'Tool (a, '.repeat(50_000)}x`],
  ];

  it.each(hostile)('%s stays fast on 200,000 characters', (_name, helper, text) => {
    expect(cpuMs(() => helper(text))).toBeLessThan(1_000);
  });
});

describe('nesting a real career path never needs', () => {
  const roleAround = (middle: string) =>
    `# Role\n\n## Tools to Learn\n\n- **Editors:** VS Code\n\n${middle}\n\n## Project Ideas\n\n- **A thing:** Build it.\n`;

  it.each([
    ['lists nested 40 deep', Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}- level`).join('\n')],
    ['quotes nested 40 deep', `${'> '.repeat(40)}deep`],
    ['a run of 5,000 asterisks', `${'*'.repeat(5_000)}x`],
    ['3,000 list items', '- item\n'.repeat(3_000)],
  ])('is refused with a reason: %s', (_name, middle) => {
    const result = parseCareerPath('deep.md', bytesOf(roleAround(middle)));
    expect(result).toMatchObject({ ok: false, error: { code: 'unsafe-content' } });
    if (!result.ok) expect(result.error.message).toMatch(/far beyond any career path/);
  });

  it('still imports lists nested as deep as a person would write them', () => {
    const nested = Array.from({ length: 8 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n');
    expect(parseCareerPath('nested.md', bytesOf(roleAround(nested))).ok).toBe(true);
  });

  it.skipIf(!corpusAvailable)('leaves every real document within the limits', () => {
    for (const name of corpusFiles()) {
      expect(structureProblem(readFileSync(join(corpusDir, name), 'utf8')), name).toBeNull();
    }
  });

  it('leaves every bundled career path within the limits', () => {
    const contentDir = join(repoRoot, 'content');
    for (const name of readdirSync(contentDir).filter((file) => file.endsWith('.md'))) {
      expect(structureProblem(readFileSync(join(contentDir, name), 'utf8')), name).toBeNull();
    }
  });
});
