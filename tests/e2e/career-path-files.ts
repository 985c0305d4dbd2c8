/** Career-path documents with structured front matter, written for one test. */

export interface TestCertification {
  name: string;
  issuer: string;
  level: 'foundational' | 'associate' | 'professional' | 'expert';
  hours: number;
  examCode?: string;
  url: string;
  why: string;
}

export interface TestToolGroup {
  group: string;
  tools: string[];
  start: string;
  hours?: number;
}

export interface TestProject {
  title: string;
  summary: string;
  hours: number;
  deliverables: string[];
}

export interface TestPathSpec {
  id: string;
  title: string;
  certifications: TestCertification[];
  tools: TestToolGroup[];
  projects: TestProject[];
}

/** YAML through JSON: every JSON value is valid YAML, so no quoting rules to get wrong. */
function yamlValue(value: unknown): string {
  return JSON.stringify(value);
}

export function structuredCareerPath(spec: TestPathSpec): string {
  return [
    '---',
    `id: ${spec.id}`,
    `title: ${yamlValue(spec.title)}`,
    `description: ${yamlValue(`What a ${spec.title} does, for the StudyPath tests.`)}`,
    `certifications: ${yamlValue(spec.certifications)}`,
    `tools: ${yamlValue(spec.tools)}`,
    `projects: ${yamlValue(spec.projects)}`,
    '---',
    '',
    `# ${spec.title}`,
    '',
    '## Role Definition',
    '',
    `A ${spec.title} keeps a small team's systems healthy and its people productive.`,
    '',
    '## Career Progression',
    '',
    '- **Next step:** Senior engineer, then team lead.',
    '',
  ].join('\n');
}

const securityPlus: TestCertification = {
  name: 'CompTIA Security+',
  issuer: 'CompTIA',
  level: 'associate',
  hours: 100,
  examCode: 'SY0-701',
  url: 'https://www.comptia.org/certifications/security',
  why: 'Shows you know the basics of keeping accounts and systems safe.',
};

/** Two made-up roles that share a certification and a tool, and differ in the rest. */
export const helpdeskLead: TestPathSpec = {
  id: 'e2e-helpdesk-lead',
  title: 'Helpdesk Lead',
  certifications: [
    securityPlus,
    {
      name: 'ITIL Foundation',
      issuer: 'PeopleCert',
      level: 'foundational',
      hours: 25,
      url: 'https://www.peoplecert.org/',
      why: 'Gives you the words service teams use for incidents and changes.',
    },
  ],
  tools: [
    {
      group: 'Ticketing',
      tools: ['Zendesk', 'Jira Service Management', 'Freshdesk'],
      start: 'Zendesk',
      hours: 12,
    },
  ],
  projects: [
    {
      title: 'Run a mock help desk',
      summary: 'Handle twenty invented tickets from first reply to closure.',
      hours: 15,
      deliverables: ['A ticket log with response times', 'Three help articles'],
    },
    {
      title: 'Write an onboarding guide',
      summary: 'A first-week guide for a new support colleague.',
      hours: 8,
      deliverables: ['The guide as a PDF'],
    },
  ],
};

export const securityAnalyst: TestPathSpec = {
  id: 'e2e-security-analyst',
  title: 'Junior Security Analyst',
  certifications: [securityPlus],
  tools: [{ group: 'Tracking', tools: ['Jira Service Management', 'Splunk'], start: 'Splunk' }],
  projects: [
    {
      title: 'Review a home network',
      summary: 'Find and fix three weaknesses on a home network.',
      hours: 10,
      deliverables: ['A short findings report'],
    },
  ],
};
