import { describe, expect, it } from 'vitest';
import type { CareerPathContent } from '../../../shared/domain';
import {
  markdownToPlainText,
  MAX_INDEXED_MARKDOWN,
  searchDocumentsOf,
} from '../../../electron/backend/repo/search-documents';

function content(overrides: Partial<CareerPathContent>): CareerPathContent {
  return {
    title: 'Role',
    description: 'A role',
    overview: '',
    responsibilities: [],
    certifications: [],
    toolGroups: [],
    projects: [],
    skills: [],
    entryLevelTitles: [],
    careerLadder: [],
    readingLinks: [],
    sections: [],
    planData: 'front-matter',
    ...overrides,
  };
}

describe('the text the library search indexes', () => {
  it('is markdown as a reader sees it: no emphasis marks, link targets or HTML', () => {
    expect(
      markdownToPlainText(
        '- **Jira:** tracks <b>work</b>, see [the guide](https://example.org/jira).\n- `git log`',
      ),
    ).toBe('Jira: tracks work, see the guide. git log');
  });

  it('reads sentences apart and gives items their issuer, exam code, tools and deliverables', () => {
    const docs = searchDocumentsOf(
      'role',
      content({
        overview: 'Keeps things running',
        skills: [{ name: 'Listening', description: 'Let people finish', category: 'soft' }],
        certifications: [
          {
            name: 'Cert',
            description: 'Why it matters.',
            issuer: 'Issuer Inc',
            level: null,
            hours: null,
            examCode: 'EX-1',
            url: null,
            validityYears: null,
          },
        ],
        projects: [
          { title: 'Project', description: 'Build it', deliverables: ['A repo', 'A demo'], hours: 5 },
        ],
      }),
      [
        {
          key: 'role/certification/cert',
          kind: 'certification',
          title: 'Cert',
          description: 'Why it matters.',
          hours: null,
        },
        { key: 'role/project/project', kind: 'project', title: 'Project', description: 'Build it', hours: 5 },
      ],
    );
    expect(docs).toEqual([
      {
        pathId: 'role',
        itemKey: null,
        title: 'Role',
        body: 'A role. Keeps things running. Listening: Let people finish.',
      },
      {
        pathId: 'role',
        itemKey: 'role/certification/cert',
        title: 'Cert',
        body: 'Why it matters. Issuer Inc. EX-1.',
      },
      {
        pathId: 'role',
        itemKey: 'role/project/project',
        title: 'Project',
        body: 'Build it. A repo. A demo.',
      },
    ]);
  });

  it('leaves the far end of an enormous document out, so importing it stays quick', () => {
    const paragraph = 'Words about the role. '.repeat(1000);
    const sections = Array.from({ length: 40 }, (_, n) => ({ heading: `Part ${n}`, markdown: paragraph }));
    const [path] = searchDocumentsOf('role', content({ sections }), []);
    expect(path?.body.length).toBeLessThan(MAX_INDEXED_MARKDOWN * 1.1);
    expect(path?.body).toContain('Part 0.');
  });
});
