import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannerService } from '../../../shared/contract';
import type { LibrarySearchHit } from '../../../shared/domain';
import { importPathDocument, syncBundledContent } from '../../../electron/backend/service';
import { MAX_ITEMS_PER_PATH } from '../../../electron/backend/repo/library-search';
import { corpusAvailable, corpusMissingMessage, readCorpusFile } from '../../helpers/corpus';
import { expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import {
  bundledSupportEngineer,
  importPlanData,
  type PlanDataSpec,
  SUPPORT_ENGINEER_FILE,
} from './library-fixtures';

const tempDir = useTempDir();
const BUNDLED_CONTENT = fileURLToPath(new URL('../../../content', import.meta.url));
const CORPUS_SUPPORT = '31-Support_Engineer_Customer_Success_Engineer.md';

if (!corpusAvailable) console.warn(corpusMissingMessage);

const cloudRole: PlanDataSpec = {
  id: 'cloud-role',
  title: 'Cloud Role',
  body: '## Overview\n\nA **Cloud Role** looks after systems on [Amazon Web Services](https://aws.amazon.com) and <em>Azure</em>.',
  certifications: [
    { name: 'AWS Certified Cloud Practitioner', issuer: 'Amazon Web Services', examCode: 'CLF-C02' },
    'Kubernetes Administrator',
  ],
  tools: [
    { group: 'Cloud consoles', tools: ['AWS Management Console', 'Azure Portal'] },
    { group: 'Languages', tools: ['C#', 'C++', 'Python'] },
  ],
  projects: [{ title: 'Static website', deliverables: ['A site served from an S3 bucket'] }],
};

const deskRole: PlanDataSpec = {
  id: 'desk-role',
  title: 'Desk Role',
  tools: [{ group: 'Ticketing', tools: ['Jira Service Management', 'Zendesk'] }],
  projects: [{ title: 'Help centre', summary: 'Write ten articles answering common questions.' }],
};

function search(service: PlannerService, query: string): LibrarySearchHit[] {
  return expectOk(service.searchLibrary({ query }));
}

function hitFor(hits: LibrarySearchHit[], pathId: string): LibrarySearchHit {
  const hit = hits.find((entry) => entry.pathId === pathId);
  if (hit === undefined)
    throw new Error(`${pathId} not among ${hits.map((entry) => entry.pathId).join(', ')}`);
  return hit;
}

function libraryOfTwo() {
  const harness = serviceHarness(tempDir());
  importPlanData(harness.service, cloudRole);
  importPlanData(harness.service, deskRole);
  return harness;
}

describe('searching the library', () => {
  it('lists the bundled Support Engineer path and its items when typing "AWS" or "Jira"', () => {
    const { db, service, clock } = serviceHarness(tempDir());
    expectOk(importPathDocument(db, SUPPORT_ENGINEER_FILE, bundledSupportEngineer(), 'bundled', clock));

    const aws = hitFor(search(service, 'AWS'), 'support-engineer');
    expect(aws.pathTitle).toBe('Support Engineer / Customer Success Engineer');
    expect(aws.items).toContainEqual(
      expect.objectContaining({ kind: 'certification', title: 'AWS Certified SysOps Administrator' }),
    );
    expect(aws.items.some((item) => item.kind === 'tool' && item.snippet.includes('AWS CloudWatch'))).toBe(
      true,
    );

    const jira = hitFor(search(service, 'Jira'), 'support-engineer');
    expect(jira.items).toContainEqual(
      expect.objectContaining({ kind: 'tool', snippet: expect.stringContaining('Jira Service Desk') }),
    );
  });

  it.skipIf(!corpusAvailable)('finds a term in both the bundled path and an imported corpus document', () => {
    const { db, service, clock } = serviceHarness(tempDir());
    expectOk(importPathDocument(db, SUPPORT_ENGINEER_FILE, bundledSupportEngineer(), 'bundled', clock));
    const imported = expectOk(
      service.importCareerPath({ fileName: CORPUS_SUPPORT, bytes: readCorpusFile(CORPUS_SUPPORT) }),
    );

    for (const query of ['AWS', 'Jira']) {
      const hits = search(service, query);
      expect(hits.map((hit) => hit.pathId)).toEqual(
        expect.arrayContaining(['support-engineer', imported.pathId]),
      );
      expect(hitFor(hits, imported.pathId).items.length).toBeGreaterThan(0);
    }
  });

  it('matches the start of a word, so typing can stop half way', () => {
    const { service } = libraryOfTwo();
    expect(hitFor(search(service, 'kuber'), 'cloud-role').items.map((item) => item.title)).toEqual([
      'Kubernetes Administrator',
    ]);
    expect(hitFor(search(service, 'zen'), 'desk-role').items.map((item) => item.title)).toEqual([
      'Ticketing',
    ]);
    expect(search(service, 'zen').map((hit) => hit.pathId)).toEqual(['desk-role']);
  });

  it('needs every word in one place when some place has them all', () => {
    const { service } = libraryOfTwo();
    const hits = search(service, 'cloud practitioner');
    expect(hits.map((hit) => hit.pathId)).toEqual(['cloud-role']);
    // The "Cloud consoles" tool group mentions cloud but not practitioner.
    expect(hits[0]?.items.map((item) => item.title)).toEqual(['AWS Certified Cloud Practitioner']);
  });

  it('falls back to any of the words when no single place has them all', () => {
    const { service } = libraryOfTwo();
    const hits = search(service, 'zendesk kubernetes');
    expect(hits.map((hit) => hit.pathId).sort()).toEqual(['cloud-role', 'desk-role']);
  });

  it('finds items by their issuer, exam code, tools and deliverables', () => {
    const { service } = libraryOfTwo();
    const title = (query: string) =>
      hitFor(search(service, query), 'cloud-role').items.map((item) => item.title);
    expect(title('Amazon Web Services')).toContain('AWS Certified Cloud Practitioner');
    expect(title('CLF-C02')).toEqual(['AWS Certified Cloud Practitioner']);
    expect(title('S3 bucket')).toEqual(['Static website']);
    expect(title('Azure Portal')).toEqual(['Cloud consoles']);
  });

  it('tells "C#", "C++" and "A+" apart from other words starting with C or A', () => {
    const { service } = libraryOfTwo();
    expect(search(service, 'C#').map((hit) => hit.pathId)).toEqual(['cloud-role']);
    expect(hitFor(search(service, 'C++'), 'cloud-role').items.map((item) => item.title)).toEqual([
      'Languages',
    ]);
    expect(search(service, 'A+')).toEqual([]);
  });

  it('marks whether the path itself matched and gives a plain-text snippet from its prose', () => {
    const { service } = libraryOfTwo();
    const viaProse = hitFor(search(service, 'amazon'), 'cloud-role');
    expect(viaProse.pathMatched).toBe(true);
    expect(viaProse.snippet).toContain('Amazon Web Services and Azure');
    expect(viaProse.snippet).not.toMatch(/[*<>[\]()]|https?:/);

    const onlyItems = hitFor(search(service, 'zendesk'), 'desk-role');
    expect(onlyItems.pathMatched).toBe(false);
    expect(onlyItems.snippet).toBe('');
    expect(onlyItems.items[0]?.snippet).toBe('Jira Service Management, Zendesk.');
  });

  it('puts a path named by the query first and lists at most a handful of items per path', () => {
    const { service } = serviceHarness(tempDir());
    importPlanData(service, {
      id: 'git-everywhere',
      title: 'Release Engineer',
      tools: Array.from({ length: 12 }, (_, index) => ({
        group: `Group ${index + 1}`,
        tools: ['Git', 'Make'],
      })),
    });
    importPlanData(service, { id: 'git-named', title: 'Git Specialist' });
    const hits = search(service, 'git');
    expect(hits.map((hit) => hit.pathId)).toEqual(['git-named', 'git-everywhere']);
    expect(hits[1]?.items).toHaveLength(MAX_ITEMS_PER_PATH);
  });

  it('ranks the bundled path that is about a term above paths that mention it in passing', () => {
    const { db, clock, service } = serviceHarness(tempDir());
    syncBundledContent(db, BUNDLED_CONTENT, clock, () => undefined);
    const first = (query: string) => search(service, query)[0]?.pathTitle;
    expect(first('AWS')).toBe('Cloud Engineer');
    expect(first('cloud')).toBe('Cloud Engineer');
    expect(first('SQL')).toBe('Database Administrator');
    expect(first('Kubernetes')).toBe('DevOps Engineer');
    expect(first('Jira')).toBe('Project Manager');
  });

  it('returns nothing for an empty query or one without any word', () => {
    const { service } = libraryOfTwo();
    for (const query of ['', '   ', '\t\n', '---', '"" * :', '()'])
      expect(search(service, query)).toEqual([]);
  });

  it('reads quotes, stars, NEAR, minus signs and colons as plain text, never as search syntax', () => {
    const { service } = libraryOfTwo();
    const plain = search(service, 'zendesk');
    for (const query of [
      '"zendesk"',
      'zendesk*',
      '-zendesk',
      'zendesk:',
      '(zendesk)',
      '^zendesk',
      '"zendesk',
    ]) {
      expect(search(service, query), query).toEqual(plain);
    }
    const awkward = [
      '"',
      '"""',
      'NEAR(zendesk jira)',
      'zendesk NEAR jira',
      'NEAR/2',
      'title:zendesk',
      'body : jira',
      '{title body}: jira',
      'zendesk AND',
      'OR zendesk',
      'NOT',
      'jira -zendesk',
      "it's",
      'a\\b',
      '*',
      'x"y*z',
    ];
    for (const query of awkward) expect(service.searchLibrary({ query }).ok, query).toBe(true);
  });

  it('never fails, whatever is typed', () => {
    const { service } = libraryOfTwo();
    const syntax = fc.constantFrom(
      '"',
      '*',
      ':',
      '-',
      '+',
      '^',
      '(',
      ')',
      '{',
      '}',
      'NEAR',
      'AND',
      'OR',
      'NOT',
      ' ',
      'jira',
      'é',
    );
    const typed = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(syntax, { maxLength: 40 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(typed, (query) => {
        const result = service.searchLibrary({ query: query.slice(0, 200) });
        expect(result.ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the search index', () => {
  function indexRows(harness: ReturnType<typeof serviceHarness>, pathId: string): number {
    return harness.db
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM library_search WHERE path_id = ?')
      .get(pathId)!.n;
  }

  it('holds one entry for the path and one per item, and no more after importing the same file again', () => {
    const harness = libraryOfTwo();
    const items = expectOk(harness.service.getPath({ pathId: 'cloud-role' })).items.length;
    expect(indexRows(harness, 'cloud-role')).toBe(1 + items);
    importPlanData(harness.service, cloudRole, 'copy.md');
    expect(indexRows(harness, 'cloud-role')).toBe(1 + items);
  });

  it('follows a re-imported file: new names are found, names that left are not', () => {
    const harness = libraryOfTwo();
    const { service } = harness;
    expect(
      importPlanData(service, { ...deskRole, tools: [{ group: 'Ticketing', tools: ['Freshdesk'] }] }).status,
    ).toBe('updated');
    expect(search(service, 'zendesk')).toEqual([]);
    expect(hitFor(search(service, 'freshdesk'), 'desk-role').items.map((item) => item.title)).toEqual([
      'Ticketing',
    ]);
    expect(indexRows(harness, 'desk-role')).toBe(
      1 + expectOk(service.getPath({ pathId: 'desk-role' })).items.length,
    );
  });

  it('forgets a removed path', () => {
    const harness = libraryOfTwo();
    expectOk(harness.service.removePath({ pathId: 'desk-role', plans: 'keep' }));
    expect(search(harness.service, 'zendesk')).toEqual([]);
    expect(indexRows(harness, 'desk-role')).toBe(0);
    expect(search(harness.service, 'kubernetes').map((hit) => hit.pathId)).toEqual(['cloud-role']);
  });
});
