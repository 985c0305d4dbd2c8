import { describe, expect, it } from 'vitest';
import { parseCareerPath } from '../../../electron/backend/content/importer';
import type { CareerPathContent } from '../../../shared/domain';
import { bytesOf } from './corpus';

function contentOf(markdown: string): CareerPathContent {
  const result = parseCareerPath('shape.md', bytesOf(markdown));
  if (!result.ok) throw new Error(result.error.message);
  return result.value.content;
}

const names = (content: CareerPathContent) => content.certifications.map((c) => c.name);
const groups = (content: CareerPathContent) => content.toolGroups.map(({ name, tools }) => ({ name, tools }));
const titles = (content: CareerPathContent) => content.projects.map((p) => p.title);

describe('a career path written with tables', () => {
  const content = contentOf(`# Data Analyst

## Certifications

| Certification | Provider |
|---|---|
| Google Data Analytics Professional Certificate | Google |
| Microsoft Certified: Power BI Data Analyst Associate (PL-300) | Microsoft |

## Tools and technologies

| Area | Tools |
|------|-------|
| Spreadsheets | Excel, Google Sheets |
| BI | Power BI, Tableau |

## Essential tools

| Tool | What it is for |
|---|---|
| Git | Version control |

## Portfolio projects

| Project | What to build |
|---|---|
| Sales dashboard | A dashboard of monthly sales by region. |
`);

  it('reads one certification per row', () => {
    expect(names(content)).toEqual([
      'Google Data Analytics Professional Certificate',
      'Microsoft Certified: Power BI Data Analyst Associate (PL-300)',
    ]);
  });

  it('reads a group per row from the column that lists tools, or one tool per row of a tool table', () => {
    expect(groups(content)).toEqual([
      { name: 'Spreadsheets', tools: ['Excel', 'Google Sheets'] },
      { name: 'BI', tools: ['Power BI', 'Tableau'] },
      { name: 'Essential tools', tools: ['Git'] },
    ]);
  });

  it('reads a project per row with its description', () => {
    expect(content.projects).toEqual([
      { title: 'Sales dashboard', description: 'A dashboard of monthly sales by region.', deliverables: [], hours: null },
    ]);
  });
});

describe('a career path written with sub-headings', () => {
  const content = contentOf(`Mobile Developer
================

Tech stack
----------

### Languages

- Kotlin
- Swift

### Frameworks

Flutter, React Native and SwiftUI.

### Tooling

* **Android Studio** – the official IDE for Android
* **Xcode** – Apple's IDE

Credentials
-----------

Useful credentials include Google Associate Android Developer and Meta React Native Specialization.

Projects to build
-----------------

### 1. Weather app

Call a public weather API and show a forecast.

- Offline cache
- Unit tests

### 2. Habit tracker

A habit tracker with reminders.
`);

  it('takes each sub-heading as a tool group, whether it lists bullets, a sentence or described tools', () => {
    expect(groups(content)).toEqual([
      { name: 'Languages', tools: ['Kotlin', 'Swift'] },
      { name: 'Frameworks', tools: ['Flutter', 'React Native', 'SwiftUI'] },
      { name: 'Tooling', tools: ['Android Studio', 'Xcode'] },
    ]);
  });

  it('finds certifications named in a sentence under a heading about credentials', () => {
    expect(names(content)).toEqual(['Google Associate Android Developer', 'Meta React Native Specialization']);
  });

  it('takes numbered sub-headings as projects, their bullets as deliverables', () => {
    expect(content.projects).toEqual([
      {
        title: 'Weather app',
        description: 'Call a public weather API and show a forecast.',
        deliverables: ['Offline cache', 'Unit tests'],
        hours: null,
      },
      { title: 'Habit tracker', description: 'A habit tracker with reminders.', deliverables: [], hours: null },
    ]);
  });
});

describe('a career path written with labelled lines and numbered lists', () => {
  const content = contentOf(`# Site Reliability Engineer

## Certifications to consider

1. **Certified Kubernetes Administrator (CKA)** — hands-on Kubernetes exam
2. **AWS Certified SysOps Administrator – Associate**
3. HashiCorp Certified: Terraform Associate

## Tools

**Observability:** Prometheus, Grafana, Jaeger
**Containers:** Docker, Kubernetes

## Project ideas

- Build a status page that probes three websites. Alert by email when one is down.
- **Beginner**
  - Set up Prometheus on a laptop
  - Chaos test a toy service
- Project: Write a runbook
`);

  it('keeps names whole around colons and dashes, and drops the remark after a dash', () => {
    expect(names(content)).toEqual([
      'Certified Kubernetes Administrator (CKA)',
      'AWS Certified SysOps Administrator – Associate',
      'HashiCorp Certified: Terraform Associate',
    ]);
  });

  it('reads each bold-labelled line of a paragraph as a group', () => {
    expect(groups(content)).toEqual([
      { name: 'Observability', tools: ['Prometheus', 'Grafana', 'Jaeger'] },
      { name: 'Containers', tools: ['Docker', 'Kubernetes'] },
    ]);
  });

  it('takes the first sentence of an unlabelled bullet as the title and reads through level groups', () => {
    expect(titles(content)).toEqual([
      'Build a status page that probes three websites',
      'Set up Prometheus on a laptop',
      'Chaos test a toy service',
      'Write a runbook',
    ]);
  });
});

describe('a career path with a flat list of described tools', () => {
  const content = contentOf(`# UX Designer

## Key tools

- Figma — design and prototyping
- Miro — workshops and whiteboards
- Maze: usability testing
- Adobe Illustrator

## Certifications

- Google UX Design Certificate
- CompTIA A+ (not needed, but common)

## Sample projects

* Usability test of a banking app
`);

  it('gathers the tools into one group named after the section', () => {
    expect(groups(content)).toEqual([{ name: 'Key tools', tools: ['Figma', 'Miro', 'Maze', 'Adobe Illustrator'] }]);
  });

  it('drops a lowercase remark in parentheses from a certification', () => {
    expect(names(content)).toEqual(['Google UX Design Certificate', 'CompTIA A+']);
  });
});

describe('certifications without a section of their own', () => {
  const content = contentOf(`# Game Developer

## Getting started

- **Degrees:** Computer science or game design.
- **Certifications:** Unity Certified User: Programmer, Unity Certified Associate: Game Developer
- Bootcamps and online certifications (e.g., Unreal Engine Fundamentals, Autodesk Certified Professional) help too.

## Tools

- **Engines:** Unity, Unreal Engine

## Project ideas

- **Pong clone:** Two paddles and a ball.

## Switching careers

- **To producer:** Get a certification like PMP (Project Management Professional).
`);

  it('are read from the education bullets, listed or named by example', () => {
    expect(names(content)).toEqual([
      'Unity Certified User: Programmer',
      'Unity Certified Associate: Game Developer',
      'Unreal Engine Fundamentals',
      'Autodesk Certified Professional',
    ]);
  });
});

describe('certifications with details or levels nested under them', () => {
  const content = contentOf(`# Cloud Support Associate

## Certifications

- **AWS Certified Cloud Practitioner**
  - Cost: USD 100
  - Level: foundational
- Foundational
  - CompTIA Cloud+
  - Google Cloud Digital Leader

## Tools

- **Ticketing:** Zendesk, Freshdesk

## Projects

- Write a cloud cost report for a small company.
`);

  it('keeps a certification with its details and reads through a level heading', () => {
    expect(names(content)).toEqual([
      'AWS Certified Cloud Practitioner',
      'CompTIA Cloud+',
      'Google Cloud Digital Leader',
    ]);
  });
});

describe('parts split over sibling sections', () => {
  const content = contentOf(`# QA Tester

## Beginner projects

- Test a calculator app

## Advanced projects

- Automate a checkout flow

## Testing tools

- **Automation:** Selenium, Cypress

## Reporting tools

- **Trackers:** Jira

## Switching careers

### Tools for managers

- **Planning:** Asana
`);

  it('reads every sibling section of a kind, but not a like-named section in another part', () => {
    expect(titles(content)).toEqual(['Test a calculator app', 'Automate a checkout flow']);
    expect(groups(content)).toEqual([
      { name: 'Automation', tools: ['Selenium', 'Cypress'] },
      { name: 'Trackers', tools: ['Jira'] },
    ]);
  });
});

describe('remarks, families and sub-groups', () => {
  const content = contentOf(`# Test Engineer

## Getting in

Certifications matter less than projects. A good first step is the ISTQB Certified Tester Foundation Level,
and some teams ask for Microsoft Certified: Azure Fundamentals.

- **Cloud track from the vendors:** AWS Certified Cloud Practitioner, Google Cloud Digital Leader
- Certified Usability Analyst from Human Factors International, if you also test user interfaces
- Salesforce certifications, for teams testing Salesforce apps

## Tools to learn

- **Test management:** Jira (with Zephyr or Xray), TestRail
- **Automation (pick one area):**
  - **Web:** Selenium, Cypress
  - **Mobile:** Appium
- **Scripting:** Python with pytest and requests
- **Bench tools:** digital multimeter, oscilloscope, logic analyzer
- **SQL (basic queries):** Enough to check the data behind a screen.
- **Reporting tools (familiarity):** Whatever your team already uses.

## Portfolio

1. **"Checkout Under Load" - Performance Test a Shop (JMeter):** Load a demo shop and report.
2. Write an accessibility test plan for a public form, covering keyboard use and screen readers.

Give each project a README.
`);

  it('reads credentials named in a paragraph about certifications, and lists after a plain label', () => {
    expect(names(content)).toEqual([
      'ISTQB Certified Tester Foundation Level',
      'Microsoft Certified: Azure Fundamentals',
      'AWS Certified Cloud Practitioner',
      'Google Cloud Digital Leader',
      'Certified Usability Analyst',
    ]);
  });

  it('splits tools used together, replaces a bullet by the groups under it, and keeps a category with no tool', () => {
    expect(groups(content)).toEqual([
      { name: 'Test management', tools: ['Jira', 'Zephyr', 'Xray', 'TestRail'] },
      { name: 'Web', tools: ['Selenium', 'Cypress'] },
      { name: 'Mobile', tools: ['Appium'] },
      { name: 'Scripting', tools: ['Python', 'pytest', 'requests'] },
      { name: 'Bench tools', tools: ['digital multimeter', 'oscilloscope', 'logic analyzer'] },
      { name: 'SQL', tools: ['SQL'] },
      { name: 'Reporting tools', tools: [] },
    ]);
  });

  it('reads projects from the portfolio part: a quoted title, or the first clause of an untitled idea', () => {
    expect(titles(content)).toEqual([
      'Checkout Under Load',
      'Write an accessibility test plan for a public form',
    ]);
  });
});

describe('documents that are not a career path', () => {
  it('refuses an essay whose headings only mention technology in passing', () => {
    const result = parseCareerPath(
      'essay.md',
      bytesOf(`# Leadership in software

## Chief Technology Officer (CTO): leading technology

- **Responsibilities:** Sets the technology vision.
- **Skills Needed:** Strategy and communication.
`),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-a-career-path' } });
  });

  it('quotes a very long title only in part in the refusal', () => {
    const result = parseCareerPath('long.md', bytesOf(`# ${'Role '.repeat(2000)}\n\nJust prose.\n`));
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.message.length).toBeLessThan(400);
  });
});
