import { describe, expect, it } from 'vitest';
import type { FileImportResult } from '../../../shared/contract';
import type { ImportOutcome, PathSection } from '../../../shared/domain';
import { fail, ok } from '../../../shared/result';
import { highlightMatches } from '../../../renderer/src/components/highlightMatches';
import { placePlanSections, sharesLine } from '../../../renderer/src/components/pathDisplay';
import {
  importSummary,
  orphanedItemsNote,
  removalMessage,
} from '../../../renderer/src/stores/importMessages';

function outcome(status: ImportOutcome['status']): FileImportResult {
  return {
    fileName: `${status}.md`,
    result: ok({ pathId: status, title: status, status, warnings: [], orphanedPlanItems: 0 }),
  };
}

describe('import results', () => {
  it('sums up a batch by what happened to each file', () => {
    const refused: FileImportResult = { fileName: 'x.md', result: fail('not-a-career-path', 'No.') };
    expect(importSummary([outcome('imported'), outcome('imported'), refused, outcome('unchanged')])).toBe(
      '4 files: 2 imported, 1 unchanged, 1 refused.',
    );
    expect(importSummary([outcome('updated')])).toBe('1 file: 1 updated.');
  });

  it('tells how many plan items an update left behind, and nothing when none', () => {
    expect(orphanedItemsNote(3)).toBe('3 items in your plans are no longer in this path.');
    expect(orphanedItemsNote(1)).toBe('1 item in your plans is no longer in this path.');
    expect(orphanedItemsNote(0)).toBeNull();
  });

  it('says what happened to the plans of a removed path', () => {
    expect(removalMessage('Web Developer', { pathId: 'w', plansKept: 0, plansRemoved: 1 })).toBe(
      'Removed “Web Developer” from the library. 1 plan built from it was deleted.',
    );
    expect(removalMessage('Web Developer', { pathId: 'w', plansKept: 0, plansRemoved: 0 })).toBe(
      'Removed “Web Developer” from the library.',
    );
  });
});

describe('search highlighting', () => {
  it('marks every word of the query wherever it appears, ignoring case', () => {
    expect(highlightMatches('AWS Certified Cloud Practitioner (aws)', 'aws cloud')).toEqual([
      { text: 'AWS', match: true },
      { text: ' Certified ', match: false },
      { text: 'Cloud', match: true },
      { text: ' Practitioner (', match: false },
      { text: 'aws', match: true },
      { text: ')', match: false },
    ]);
  });

  it('marks the starts of words only, as the search matches them', () => {
    expect(highlightMatches('Jira and the laws of AWS', 'jir aws')).toEqual([
      { text: 'Jir', match: true },
      { text: 'a and the laws of ', match: false },
      { text: 'AWS', match: true },
    ]);
  });

  it('treats characters such as + as themselves', () => {
    expect(highlightMatches('CompTIA Security+', 'security+')).toEqual([
      { text: 'CompTIA ', match: false },
      { text: 'Security+', match: true },
    ]);
  });
});

describe('the path screen', () => {
  const section = (heading: string): PathSection => ({ heading, markdown: 'Text' });

  it('puts certifications, tools and projects after the role and before where it leads', () => {
    const { before, after } = placePlanSections([
      section('Role Definition & Responsibilities'),
      section('Getting Started'),
      section('Career Progression'),
      section('Further Reading'),
    ]);
    expect(before.map((s) => s.heading)).toEqual(['Role Definition & Responsibilities', 'Getting Started']);
    expect(after.map((s) => s.heading)).toEqual(['Career Progression', 'Further Reading']);
  });

  it('puts them last when nothing looks past the first job', () => {
    expect(placePlanSections([section('Career Path for a Tester'), section('Skills')]).after).toEqual([]);
  });

  it('lists what a related path shares, certifications first, and counts the rest', () => {
    const related = {
      pathId: 'devops',
      title: 'DevOps Engineer',
      sharedCertifications: ['AWS Certified SysOps Administrator'],
      sharedTools: ['Jira', 'Python', 'Bash', 'Docker', 'Git'],
    };
    expect(sharesLine(related)).toBe(
      'Shares: AWS Certified SysOps Administrator, Jira, Python, Bash and 2 more',
    );
    expect(sharesLine({ ...related, sharedTools: [] })).toBe('Shares: AWS Certified SysOps Administrator');
  });
});
