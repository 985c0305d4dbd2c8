import { describe, expect, it } from 'vitest';
import { parseCareerPath } from '../../../electron/backend/content/importer';
import {
  OVERVIEW_NUMBERS,
  corpusAvailable,
  corpusFile,
  corpusFiles,
  corpusSkipNote,
  parseCorpus,
  readCorpus,
} from './corpus';

describe.skipIf(!corpusAvailable)(`every real career-path document${corpusSkipNote}`, () => {
  it.each(corpusFiles())('%s imports as a plannable path or is refused as a guide', (name) => {
    const result = parseCareerPath(name, readCorpus(name));
    if (result.ok) {
      expect(result.value.content.toolGroups.length).toBeGreaterThanOrEqual(1);
      expect(result.value.content.projects.length).toBeGreaterThanOrEqual(1);
      expect(result.value.content.title).not.toMatch(/^\d/);
    } else {
      expect(result.error.code).toBe('not-a-career-path');
    }
  });

  it.each(OVERVIEW_NUMBERS)('overview chapter %i is refused with a friendly reason', (number) => {
    const result = parseCareerPath(corpusFile(number), readCorpus(corpusFile(number)));
    expect(result).toMatchObject({ ok: false, error: { code: 'not-a-career-path' } });
    if (!result.ok) expect(result.error.message).toMatch(/looks like a guide, not a career path/);
  });

  it('imports every single-role document', () => {
    const roles = corpusFiles().filter((name) => !OVERVIEW_NUMBERS.includes(Number.parseInt(name, 10)));
    const refused = roles.filter((name) => !parseCareerPath(name, readCorpus(name)).ok);
    expect(refused).toEqual([]);
  });
});

describe.skipIf(!corpusAvailable)(`documents of other shapes${corpusSkipNote}`, () => {
  it('Full Stack Developer: bold-paragraph headings and plain "Label: text" bullets', () => {
    const { content, warnings } = parseCorpus(corpusFile(4));
    expect(content.title).toBe('Full Stack Developer');
    expect(content.overview).toMatch(/^A Full Stack Developer is a versatile software engineer/);
    expect(content.responsibilities[0]).toBe('Writing and testing code for frontend and backend components.');
    expect(content.toolGroups.map((g) => g.name)).toEqual(['Frontend', 'Backend', 'Databases', 'Tools']);
    expect(content.toolGroups[0]?.tools).toEqual(
      expect.arrayContaining(['React', 'Jest', 'Mocha', 'Cypress', 'Webpack']),
    );
    expect(content.projects.map((p) => p.title)).toEqual([
      'Personal Blog',
      'E-commerce Mini-Site',
      'Task Management App',
      'API-Driven Projects',
      'Open-Source Contributions',
      'Hackathons',
    ]);
    expect(content.entryLevelTitles).toEqual([
      'Junior Full Stack Developer',
      'Associate Software Engineer',
      'Full Stack Development Trainee',
      'Web Developer Intern',
    ]);
    expect(content.careerLadder.some((step) => /salary/i.test(step))).toBe(false);
    expect(warnings).toEqual(['No certifications found (a heading containing "Certifications").']);
  });

  it('Data Scientist: advice bullets inside the project list are not projects', () => {
    const { content } = parseCorpus(corpusFile(5));
    expect(content.projects.map((p) => p.title)).toEqual([
      'Real-world datasets',
      'Personal projects',
      'Open-source contributions',
      'Kaggle competitions',
    ]);
    expect(content.skills.filter((s) => s.category === 'soft').map((s) => s.name)).toContain(
      'Critical Thinking',
    );
    expect(content.readingLinks.map((l) => l.title)).toContain('Kaggle Learn');
  });

  it('Cloud Engineer: tools named inside category examples are found', () => {
    const { content } = parseCorpus(corpusFile(8));
    const monitoring = content.toolGroups.find((g) => g.name === 'Monitoring');
    expect(monitoring?.tools).toEqual(['CloudWatch', 'Azure Monitor', 'Google Cloud Monitoring', 'Grafana']);
    expect(content.projects).toHaveLength(5);
  });

  it('IT Security Specialist: certifications under sub-headings, plain bullets without labels', () => {
    const { content } = parseCorpus(corpusFile(17));
    const names = content.certifications.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'CompTIA Security+',
        'Certified Ethical Hacker (CEH)',
        'Certified Information Systems Security Professional (CISSP)',
        'Offensive Security Certified Professional (OSCP)',
        'Certified Cloud Security Professional (CCSP)',
      ]),
    );
    expect(names).toHaveLength(12);
    expect(content.projects[0]?.title).toBe('Set up a Home Security Lab (Virtualized Environment)');
    expect(content.projects).toHaveLength(7);
    expect(content.toolGroups.find((g) => g.name === 'Vulnerability Scanning')?.tools).toEqual([
      'Nessus',
      'OpenVAS',
    ]);
  });

  it('Data Engineer: colons inside bold certification names are kept', () => {
    const { content } = parseCorpus(corpusFile(24));
    expect(content.certifications.map((c) => c.name)).toContain(
      'Microsoft Certified: Azure Data Engineer Associate',
    );
    expect(content.certifications.map((c) => c.name)).toContain('Google Professional Data Engineer');
  });

  it('Technical Writer: certifications named by example, and a missing reading list is reported', () => {
    const { content, warnings } = parseCorpus(corpusFile(28));
    expect(content.certifications.map((c) => c.name)).toEqual(
      expect.arrayContaining(['HubSpot Content Marketing Certification', 'MadCap Flare Certified Developer']),
    );
    expect(content.readingLinks).toEqual([]);
    expect(warnings).toEqual(['No reading links found (a heading containing "Reading").']);
  });
});
