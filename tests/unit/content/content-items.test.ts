import { describe, expect, it } from 'vitest';
import { contentItemsOf } from '../../../electron/backend/content/importer';
import type { CareerPathContent, ParsedCareerPath } from '../../../shared/domain';

function pathWith(content: Partial<CareerPathContent>): ParsedCareerPath {
  return {
    id: 'qa',
    warnings: [],
    content: {
      title: 'QA',
      description: '',
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
      planData: 'document',
      ...content,
    },
  };
}

const unknownDetails = {
  issuer: null,
  level: null,
  hours: null,
  examCode: null,
  url: null,
  validityYears: null,
};

describe('plannable items of a path', () => {
  const path = pathWith({
    certifications: [
      { ...unknownDetails, name: 'ISTQB Foundation', description: 'first' },
      { ...unknownDetails, name: 'ISTQB Foundation', description: 'second', hours: 30 },
    ],
    toolGroups: [{ name: 'Bug Trackers', tools: ['Jira', 'Mantis'], starter: 'Jira', hours: null }],
    projects: [{ title: 'Bug Trackers', description: 'compare two', deliverables: [], hours: 12 }],
  });

  it('gives one item per certification, tool group and project, in that order', () => {
    expect(contentItemsOf(path).map((item) => [item.kind, item.title, item.description])).toEqual([
      ['certification', 'ISTQB Foundation', 'first'],
      ['certification', 'ISTQB Foundation', 'second'],
      ['tool', 'Bug Trackers', 'Jira, Mantis'],
      ['project', 'Bug Trackers', 'compare two'],
    ]);
  });

  it('keeps repeated names apart with a numbered key, the same on every import', () => {
    const keys = contentItemsOf(path).map((item) => item.key);
    expect(keys).toEqual([
      'qa/certification/istqb-foundation',
      'qa/certification/istqb-foundation-2',
      'qa/tool/bug-trackers',
      'qa/project/bug-trackers',
    ]);
    expect(contentItemsOf(path).map((item) => item.key)).toEqual(keys);
  });
});
