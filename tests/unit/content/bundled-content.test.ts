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

/** One file per role of the series the seed document belongs to. */
const LIBRARY_IDS = [
  'backend-developer',
  'business-analyst',
  'business-intelligence-developer',
  'cloud-engineer',
  'computer-network-architect',
  'cybersecurity-engineer',
  'data-engineer',
  'data-scientist',
  'database-administrator',
  'devops-engineer',
  'engineering-manager',
  'full-stack-developer',
  'it-security-specialist',
  'machine-learning-engineer',
  'mobile-developer',
  'product-manager',
  'project-manager',
  'quality-assurance-engineer',
  'secops-engineer',
  'software-engineer',
  'software-tester',
  'support-engineer',
  'systems-engineer',
  'technical-marketing',
  'technical-sales',
  'technical-writer',
  'video-game-developer',
  'web-developer',
];

describe('the bundled library', () => {
  it('has one file per role, named after its stable id', () => {
    expect(contentFiles.map((name) => name.replace(/\.md$/, '')).sort()).toEqual(LIBRARY_IDS);
    for (const name of contentFiles) expect(parseBundled(name).id).toBe(name.replace(/\.md$/, ''));
  });

  it('gives every plannable item a key no other item uses', () => {
    const keys = contentFiles.flatMap((name) => contentItemsOf(parseBundled(name)).map((item) => item.key));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe.each(contentFiles)('bundled path %s', (name) => {
  const path = parseBundled(name);
  const { content } = path;

  it('parses with no warnings, its plan data structured in the front matter', () => {
    expect(path.warnings).toEqual([]);
    expect(content.planData).toBe('front-matter');
    expect(content.description.length).toBeGreaterThan(20);
  });

  it('reads well for a newcomer: overview, responsibilities, skills, first jobs, ladder, 3-8 links', () => {
    expect(content.overview.length).toBeGreaterThan(200);
    expect(content.responsibilities.length).toBeGreaterThanOrEqual(6);
    expect(content.skills.some((s) => s.category === 'technical')).toBe(true);
    expect(content.skills.some((s) => s.category === 'soft')).toBe(true);
    expect(content.entryLevelTitles.length).toBeGreaterThanOrEqual(3);
    expect(content.careerLadder.length).toBeGreaterThanOrEqual(4);
    expect(content.readingLinks.length).toBeGreaterThanOrEqual(3);
    expect(content.readingLinks.length).toBeLessThanOrEqual(8);
    for (const link of content.readingLinks) expect(link.url).toMatch(/^https:\/\//);
  });

  it('describes each certification fully, from foundational upwards', () => {
    const levels = ['foundational', 'associate', 'professional', 'expert'];
    for (const cert of content.certifications) {
      expect(cert.issuer).not.toBeNull();
      expect(levels).toContain(cert.level);
      expect(cert.hours).toBeGreaterThan(0);
      expect(cert.url).toMatch(/^https:\/\//);
      expect(cert.description.length).toBeGreaterThan(30);
    }
    const order = content.certifications.map((cert) => levels.indexOf(cert.level ?? ''));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('has 4-8 tool groups, each with a tool to start with', () => {
    expect(content.toolGroups.length).toBeGreaterThanOrEqual(4);
    expect(content.toolGroups.length).toBeLessThanOrEqual(8);
    for (const group of content.toolGroups) expect(group.tools).toContain(group.starter);
  });

  it('has 4-7 portfolio projects, each with 3-5 deliverables and an estimate', () => {
    expect(content.projects.length).toBeGreaterThanOrEqual(4);
    expect(content.projects.length).toBeLessThanOrEqual(7);
    for (const project of content.projects) {
      expect(project.deliverables.length).toBeGreaterThanOrEqual(3);
      expect(project.deliverables.length).toBeLessThanOrEqual(5);
      expect(project.hours).toBeGreaterThan(0);
    }
  });
});

describe('the bundled Support Engineer path', () => {
  const path = parseBundled('support-engineer.md');

  it('keeps the title and id saved plans refer to', () => {
    expect(path.id).toBe('support-engineer');
    expect(path.content.title).toBe('Support Engineer / Customer Success Engineer');
  });

  it('offers the same eleven certifications as the source document', () => {
    expect(path.content.certifications.map((c) => c.name).sort()).toEqual([...SEED_CERTIFICATIONS].sort());
  });

  it('offers the same seven tool groups with the same tools', () => {
    const sorted = (groups: typeof SEED_TOOL_GROUPS) =>
      groups.map((g) => ({ name: g.name, tools: [...g.tools].sort() }));
    expect(sorted(path.content.toolGroups)).toEqual(sorted(SEED_TOOL_GROUPS));
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
