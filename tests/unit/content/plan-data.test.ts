import { describe, expect, it } from 'vitest';
import { parseCareerPath } from '../../../electron/backend/content/importer';

const BODY = `
# Junior Analyst

## The Role

### Definition

Turns questions into numbers a team can act on.
`;

function parseWith(frontMatter: string) {
  return parseCareerPath('p.md', new TextEncoder().encode(`---\ntitle: Junior Analyst\n${frontMatter}---\n${BODY}`));
}

const CERT = `certifications:
  - name: PL-300
    issuer: Microsoft
    level: associate
    hours: 60
    url: https://learn.microsoft.com/en-us/credentials/certifications/data-analyst-associate/
    why: Shows you can model data and build reports in Power BI.
`;

const TOOLS = `tools:
  - group: Spreadsheets
    tools: [Excel, Google Sheets]
    start: Excel
`;

const PROJECTS = `projects:
  - title: Sales dashboard
    summary: A one-page dashboard of a public sales data set.
    hours: 15
    deliverables: [A report file, A short write-up]
`;

function errorOf(frontMatter: string): string {
  const result = parseWith(frontMatter);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.error.code).toBe('invalid-front-matter');
  return result.error.message;
}

describe('structured plan data in the front matter', () => {
  it('reads certifications, tool groups and projects with every detail', () => {
    const result = parseWith(CERT + TOOLS + PROJECTS);
    if (!result.ok) throw new Error(result.error.message);
    const { content, warnings } = result.value;
    expect(warnings).toEqual(['No reading links found (a heading containing "Reading").']);
    expect(content.planData).toBe('front-matter');
    expect(content.certifications).toEqual([
      {
        name: 'PL-300',
        description: 'Shows you can model data and build reports in Power BI.',
        issuer: 'Microsoft',
        level: 'associate',
        hours: 60,
        examCode: null,
        url: 'https://learn.microsoft.com/en-us/credentials/certifications/data-analyst-associate/',
        validityYears: null,
      },
    ]);
    expect(content.toolGroups).toEqual([
      { name: 'Spreadsheets', tools: ['Excel', 'Google Sheets'], starter: 'Excel', hours: null },
    ]);
    expect(content.projects).toEqual([
      {
        title: 'Sales dashboard',
        description: 'A one-page dashboard of a public sales data set.',
        deliverables: ['A report file', 'A short write-up'],
        hours: 15,
      },
    ]);
  });

  it('takes all plan data from the front matter once it gives any, so the body is only prose', () => {
    const result = parseWith(PROJECTS);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.content.certifications).toEqual([]);
    expect(result.value.content.toolGroups).toEqual([]);
    expect(result.value.content.projects).toHaveLength(1);
  });

  it('names the field and the list position of each mistake', () => {
    expect(errorOf(CERT.replace('associate', 'beginner'))).toContain(
      '"certifications 1 level" must be one of foundational, associate, professional, expert',
    );
    expect(errorOf(CERT.replace('https://', 'http://'))).toContain(
      '"certifications 1 url" must be an https:// web address',
    );
    expect(errorOf(CERT.replace('https://learn', 'javascript:alert(1)//learn'))).toContain('"certifications 1 url"');
    expect(errorOf(CERT.replace('hours: 60', 'hours: -4'))).toContain('"certifications 1 hours" must be at least 1 hour');
    expect(errorOf(CERT.replace('hours: 60', 'hours: lots'))).toContain('"certifications 1 hours" must be a number');
    expect(errorOf(TOOLS.replace('start: Excel', 'start: Numbers'))).toContain(
      '"tools 1 start" must be one of the tools listed in this group',
    );
    expect(errorOf(PROJECTS.replace('deliverables: [A report file, A short write-up]', 'deliverables: []'))).toContain(
      '"projects 1 deliverables" must list at least one deliverable',
    );
  });

  it('refuses a misspelt field instead of silently dropping it', () => {
    expect(errorOf(CERT.replace('    hours: 60', '    hour: 60'))).toContain('"certifications 1"');
  });
});
