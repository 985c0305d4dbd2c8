import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentItemsOf, parseCareerPath } from '../../../electron/backend/content/importer';
import { corpusAvailable, corpusDir, corpusSkipNote, repoRoot } from './corpus';
import { SEED_CERTIFICATIONS, SEED_TOOL_GROUPS } from './seed-expectations';

const contentDir = join(repoRoot, 'content');
const contentFiles = readdirSync(contentDir).filter((name) => name.endsWith('.md'));

function parseBundled(name: string) {
  const result = parseCareerPath(name, readFileSync(join(contentDir, name)));
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

/** Runs of this many words shared with a source document would mean its sentences were copied. */
const COPY_RUN = 12;

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function runsOf(text: string): string[] {
  const list = words(text);
  const runs: string[] = [];
  for (let start = 0; start + COPY_RUN <= list.length; start += 1)
    runs.push(list.slice(start, start + COPY_RUN).join(' '));
  return runs;
}

describe('the bundled Support Engineer path', () => {
  const path = parseBundled('support-engineer.md');

  it('imports with its own id and no warnings', () => {
    expect(path.id).toBe('support-engineer');
    expect(path.warnings).toEqual([]);
    expect(path.content.title).toBe('Support Engineer / Customer Success Engineer');
    expect(path.content.description).not.toBe('');
  });

  it('offers the same eleven certifications as the source document', () => {
    expect(path.content.certifications.map((c) => c.name).sort()).toEqual([...SEED_CERTIFICATIONS].sort());
  });

  it('offers the same seven tool groups with the same tools', () => {
    const sorted = (groups: typeof SEED_TOOL_GROUPS) =>
      groups.map((g) => ({ name: g.name, tools: [...g.tools].sort() }));
    expect(sorted(path.content.toolGroups)).toEqual(sorted(SEED_TOOL_GROUPS));
  });

  it('offers six project ideas, each explained', () => {
    expect(path.content.projects).toHaveLength(6);
    for (const project of path.content.projects) expect(project.description.length).toBeGreaterThan(40);
  });

  it('has an overview, responsibilities, skills, entry-level titles, a career ladder and official reading links', () => {
    const { content } = path;
    expect(content.overview.length).toBeGreaterThan(200);
    expect(content.responsibilities.length).toBeGreaterThanOrEqual(8);
    expect(content.skills.some((s) => s.category === 'technical')).toBe(true);
    expect(content.skills.some((s) => s.category === 'soft')).toBe(true);
    expect(content.entryLevelTitles.length).toBeGreaterThanOrEqual(5);
    expect(content.careerLadder.length).toBeGreaterThanOrEqual(4);
    expect(content.readingLinks.length).toBeGreaterThanOrEqual(3);
    expect(content.readingLinks.length).toBeLessThanOrEqual(8);
    for (const link of content.readingLinks) expect(link.url).toMatch(/^https:\/\//);
  });

  it('gives 24 plannable items with keys under its own id', () => {
    const items = contentItemsOf(path);
    expect(items).toHaveLength(24);
    for (const item of items) expect(item.key.startsWith('support-engineer/')).toBe(true);
  });
});

describe.skipIf(!corpusAvailable)(`bundled content is written in its own words${corpusSkipNote}`, () => {
  const corpusRuns = new Set<string>();
  if (corpusAvailable) {
    for (const name of readdirSync(corpusDir).filter((file) => file.endsWith('.md'))) {
      for (const run of runsOf(readFileSync(join(corpusDir, name), 'utf8'))) corpusRuns.add(run);
    }
  }

  it.each(contentFiles)('%s shares no run of 12 words with any corpus document', (name) => {
    const shared = runsOf(readFileSync(join(contentDir, name), 'utf8')).filter((run) => corpusRuns.has(run));
    expect(shared).toEqual([]);
  });
});
