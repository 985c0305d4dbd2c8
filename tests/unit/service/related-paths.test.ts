import { describe, expect, it } from 'vitest';
import { importPathDocument } from '../../../electron/backend/service';
import { normaliseName } from '../../../electron/backend/repo/related-paths';
import { corpusAvailable, corpusMissingMessage, readCorpusFile } from '../../helpers/corpus';
import { expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { bundledSupportEngineer, importPlanData, SUPPORT_ENGINEER_FILE } from './library-fixtures';

const tempDir = useTempDir();

if (!corpusAvailable) console.warn(corpusMissingMessage);

describe('names compared across paths', () => {
  it('ignore case, punctuation, remarks in brackets and vendor prefixes', () => {
    const same: [string, string][] = [
      ['Certified Ethical Hacker (CEH) (EC-Council)', 'certified ethical hacker (CEH)'],
      [
        'Certified Information Systems Security Professional (CISSP) (ISC)²',
        'Certified Information Systems Security Professional',
      ],
      ['Microsoft Certified: Azure Data Engineer Associate', 'Azure Data Engineer Associate'],
      ['Microsoft Certified Azure Administrator Associate', 'Azure Administrator Associate'],
      ['Project Management Professional (PMP)® (PMI)', 'Project Management Professional'],
      ['MySQL DBA Certification', 'MySQL DBA'],
      ['Jest (JavaScript)', 'JEST'],
      ['ELK Stack (Elasticsearch, Logstash, Kibana)', 'ELK stack'],
      ['AWS Certified Security – Specialty', 'AWS Certified Security - Specialty'],
    ];
    for (const [a, b] of same) expect(normaliseName(a), `${a} / ${b}`).toBe(normaliseName(b));
  });

  it('keep names apart that differ only in a symbol', () => {
    expect(normaliseName('C#')).not.toBe(normaliseName('C++'));
    expect(normaliseName('CompTIA A+')).not.toBe(normaliseName('CompTIA A'));
    expect(normaliseName('(only a remark)')).toBe('');
  });
});

describe('related paths', () => {
  function library() {
    const harness = serviceHarness(tempDir());
    const { service } = harness;
    importPlanData(service, {
      id: 'base',
      title: 'Base Role',
      certifications: ['CompTIA A+', 'Microsoft Certified: Azure Administrator Associate', 'ITIL Foundation'],
      tools: [
        { group: 'Tracking', tools: ['Jira (Atlassian)', 'Git'] },
        { group: 'Scripting', tools: ['Python', 'Git'] },
      ],
    });
    importPlanData(service, {
      id: 'close',
      title: 'Close Role',
      certifications: ['comptia a+', 'Microsoft Certified Azure Administrator Associate'],
      tools: [{ group: 'Everything', tools: ['JIRA', 'git'] }],
    });
    importPlanData(service, {
      id: 'zeta',
      title: 'Zeta Role',
      certifications: ['ITIL Foundation Certification'],
      tools: [{ group: 'Code', tools: ['python'] }],
    });
    importPlanData(service, {
      id: 'alpha',
      title: 'alpha Role',
      tools: [{ group: 'Code', tools: ['Python', 'Git (version control)'] }],
    });
    importPlanData(service, {
      id: 'stranger',
      title: 'Stranger Role',
      certifications: ['Something Else'],
      tools: [{ group: 'Code', tools: ['Go', 'Jira Align'] }],
    });
    return harness;
  }

  it('lists the paths sharing the most certifications and tools, named as the chosen path names them', () => {
    const { service } = library();
    expect(expectOk(service.getRelatedPaths({ pathId: 'base' }))).toEqual([
      {
        pathId: 'close',
        title: 'Close Role',
        sharedCertifications: ['CompTIA A+', 'Microsoft Certified: Azure Administrator Associate'],
        sharedTools: ['Jira (Atlassian)', 'Git'],
      },
      { pathId: 'alpha', title: 'alpha Role', sharedCertifications: [], sharedTools: ['Git', 'Python'] },
      {
        pathId: 'zeta',
        title: 'Zeta Role',
        sharedCertifications: ['ITIL Foundation'],
        sharedTools: ['Python'],
      },
    ]);
  });

  it('leaves out paths that share nothing and keeps to the limit', () => {
    const { service } = library();
    const ids = (limit?: number) =>
      expectOk(service.getRelatedPaths({ pathId: 'base', limit })).map((path) => path.pathId);
    expect(ids()).not.toContain('stranger');
    expect(ids(1)).toEqual(['close']);
    expect(expectOk(service.getRelatedPaths({ pathId: 'stranger' }))).toEqual([]);
  });

  it('lists at most five by default', () => {
    const { service } = serviceHarness(tempDir());
    for (let n = 1; n <= 7; n += 1) {
      importPlanData(service, {
        id: `role-${n}`,
        title: `Role ${n}`,
        tools: [{ group: 'Code', tools: ['Git'] }],
      });
    }
    expect(expectOk(service.getRelatedPaths({ pathId: 'role-1' })).map((path) => path.pathId)).toEqual([
      'role-2',
      'role-3',
      'role-4',
      'role-5',
      'role-6',
    ]);
  });

  it('answers not-found for a path that does not exist', () => {
    const { service } = library();
    expect(service.getRelatedPaths({ pathId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it.skipIf(!corpusAvailable)(
    'relates the bundled Support Engineer path to the corpus document on the same role',
    () => {
      const { db, service, clock } = serviceHarness(tempDir());
      expectOk(importPathDocument(db, SUPPORT_ENGINEER_FILE, bundledSupportEngineer(), 'bundled', clock));
      const file = '31-Support_Engineer_Customer_Success_Engineer.md';
      const corpus = expectOk(service.importCareerPath({ fileName: file, bytes: readCorpusFile(file) }));
      const devops = '6-DevOps_Engineer.md';
      expectOk(service.importCareerPath({ fileName: devops, bytes: readCorpusFile(devops) }));

      const [first] = expectOk(service.getRelatedPaths({ pathId: 'support-engineer' }));
      expect(first?.pathId).toBe(corpus.pathId);
      expect(first?.sharedCertifications).toEqual(expect.arrayContaining(['CompTIA A+', 'ITIL Foundation']));
      expect(first?.sharedTools).toEqual(expect.arrayContaining(['Zendesk', 'Jira Service Desk']));
    },
  );
});
