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
import { PINNED_DOCUMENTS } from './corpus-expectations';

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

describe.skipIf(!corpusAvailable)(`documents of different shapes, read exactly${corpusSkipNote}`, () => {
  it.each(PINNED_DOCUMENTS)('$role ($shape)', ({ number, certifications, toolGroups, projects }) => {
    const { content } = parseCorpus(corpusFile(number));
    expect(content.certifications.map((c) => c.name)).toEqual(certifications);
    expect(content.toolGroups.map((g) => g.name)).toEqual(toolGroups);
    expect(content.projects.map((p) => p.title)).toEqual(projects);
  });
});

describe.skipIf(!corpusAvailable)(`details of documents of other shapes${corpusSkipNote}`, () => {
  it('Full Stack Developer: bold-paragraph headings and plain "Label: text" bullets', () => {
    const { content, warnings } = parseCorpus(corpusFile(4));
    expect(content.title).toBe('Full Stack Developer');
    expect(content.overview).toMatch(/^A Full Stack Developer is a versatile software engineer/);
    expect(content.responsibilities[0]).toBe('Writing and testing code for frontend and backend components.');
    expect(content.toolGroups[0]?.tools).toEqual(
      expect.arrayContaining(['React', 'Jest', 'Mocha', 'Cypress', 'Webpack']),
    );
    expect(content.toolGroups.find((g) => g.name === 'Backend')?.tools).toEqual(
      expect.arrayContaining(['Node.js', 'Python', 'Django', 'Flask', 'Java', 'Spring Boot']),
    );
    expect(content.entryLevelTitles).toEqual([
      'Junior Full Stack Developer',
      'Associate Software Engineer',
      'Full Stack Development Trainee',
      'Web Developer Intern',
    ]);
    expect(content.careerLadder.some((step) => /salary/i.test(step))).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('Data Scientist: no certifications is reported, soft skills and reading links are read', () => {
    const { content, warnings } = parseCorpus(corpusFile(5));
    expect(warnings).toEqual(['No certifications found (a heading containing "Certifications").']);
    expect(content.skills.filter((s) => s.category === 'soft').map((s) => s.name)).toContain(
      'Critical Thinking',
    );
    expect(content.readingLinks.map((l) => l.title)).toContain('Kaggle Learn');
  });

  it('Cloud Engineer: tools named inside category examples and after "like" are found', () => {
    const { content } = parseCorpus(corpusFile(8));
    const monitoring = content.toolGroups.find((g) => g.name === 'Monitoring');
    expect(monitoring?.tools).toEqual([
      'CloudWatch',
      'Azure Monitor',
      'Google Cloud Monitoring',
      'Prometheus',
      'Grafana',
    ]);
  });

  it('Computer Network Architect: a comma list with remarks gives one certification per name', () => {
    const names = parseCorpus(corpusFile(7)).content.certifications.map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['CCNA', 'CCNP', 'CCIE']);
  });

  it('IT Security Specialist: plain bullets keep the abbreviation and drop the remark', () => {
    const { content } = parseCorpus(corpusFile(17));
    expect(content.certifications.map((c) => c.name)).toContain(
      'Certified Information Systems Security Professional (CISSP)',
    );
    expect(content.toolGroups.find((g) => g.name === 'Vulnerability Scanning')?.tools).toEqual([
      'Nessus',
      'OpenVAS',
    ]);
    expect(content.toolGroups.find((g) => g.name === 'Firewalls')?.tools).toEqual([
      'Palo Alto Networks Firewalls',
      'Cisco Firepower Firewalls',
      'pfSense',
      'iptables',
    ]);
  });

  it('Cybersecurity Engineer: a product keeps its name when its parts are listed in parentheses', () => {
    const { content } = parseCorpus(corpusFile(23));
    expect(content.toolGroups.find((g) => g.name === 'Operating Systems')?.tools).toEqual([
      'Linux',
      'Windows Server',
    ]);
    expect(content.toolGroups.find((g) => g.name === 'SIEM Tools')?.tools).toContain('ELK Stack');
  });

  it('Technical Writer: a missing reading list is reported', () => {
    const { content, warnings } = parseCorpus(corpusFile(28));
    expect(content.readingLinks).toEqual([]);
    expect(warnings).toEqual(['No reading links found (a heading containing "Reading").']);
  });

  it('Engineering Manager: certifications for the next role, named under "Switching Careers", are not read', () => {
    const names = parseCorpus(corpusFile(16)).content.certifications.map((c) => c.name);
    expect(names).toEqual(['PMP']);
  });
});
