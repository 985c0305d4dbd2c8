import { describe, expect, it } from 'vitest';
import { contentItemsOf } from '../../../electron/backend/content/importer';
import { SEED_FILE, corpusAvailable, corpusSkipNote, parseCorpus } from './corpus';
import { SEED_CERTIFICATIONS, SEED_TOOL_GROUPS } from './seed-expectations';

describe.skipIf(!corpusAvailable)(
  `the Support Engineer document the product was specified from${corpusSkipNote}`,
  () => {
    const parsed = corpusAvailable ? parseCorpus(SEED_FILE) : null;
    const seed = () => {
      if (!parsed) throw new Error('corpus missing');
      return parsed;
    };

    it('imports without warnings, titled without its chapter number', () => {
      expect(seed().warnings).toEqual([]);
      expect(seed().content.title).toBe('Support Engineer / Customer Success Engineer');
      expect(seed().id).toBe('support-engineer-customer-success-engineer');
    });

    it('lists exactly the eleven certifications, each under a name that reads well', () => {
      expect(seed().content.certifications.map((c) => c.name)).toEqual(SEED_CERTIFICATIONS);
    });

    it('does not count the self-learning advice as a certification', () => {
      const names = seed().content.certifications.map((c) => c.name.toLowerCase());
      expect(names.some((name) => name.includes('self-learning'))).toBe(false);
    });

    it('keeps each certification with its own description', () => {
      const a = seed().content.certifications.find((c) => c.name === 'CompTIA A+');
      expect(a?.description).toMatch(/foundational IT certification/);
    });

    it('lists the seven tool groups with their individual tools', () => {
      expect(seed().content.toolGroups.map(({ name, tools }) => ({ name, tools }))).toEqual(SEED_TOOL_GROUPS);
    });

    it('lists the six portfolio project ideas with descriptions, titled without their remarks', () => {
      const projects = seed().content.projects;
      expect(projects.map((p) => p.title)).toEqual([
        'Create a Troubleshooting Guide or Knowledge Base for a Software Application or Technology',
        'Develop a Video Tutorial Series',
        'Build a Home Lab Environment for Troubleshooting Practice',
        'Contribute to Open-Source Project Documentation or Support Forums',
        'Simulate Customer Support Scenarios',
        'Create a Customer Onboarding Guide or Checklist',
      ]);
      for (const project of projects) expect(project.description.length).toBeGreaterThan(50);
    });

    it('reads the overview, responsibilities, skills, job titles, ladder and reading links', () => {
      const { content } = seed();
      expect(content.overview).toMatch(
        /^Support Engineers and Customer Success Engineers are technology professionals/,
      );
      expect(content.responsibilities).toHaveLength(15);
      expect(content.responsibilities[0]).toBe('Providing Technical Support and Troubleshooting');
      expect(content.skills.filter((s) => s.category === 'technical')).toHaveLength(8);
      expect(content.skills.filter((s) => s.category === 'soft')).toHaveLength(10);
      expect(content.entryLevelTitles).toContain('Help Desk Technician (Level 1)');
      expect(content.entryLevelTitles).toHaveLength(8);
      expect(content.careerLadder.map((step) => step.split(':')[0])).toEqual([
        'Entry-Level',
        'Mid-Level',
        'Senior-Level',
        'Management/Leadership',
        'Specialist Paths',
      ]);
      expect(content.readingLinks).toHaveLength(10);
      expect(content.readingLinks[0]).toEqual({
        title: 'Zendesk Support Training',
        url: 'https://support.zendesk.com/',
      });
    });

    it('keeps the top-level sections as markdown for display, without the kramdown table of contents', () => {
      const { sections } = seed().content;
      expect(sections.map((s) => s.heading)).toEqual([
        'Role Definition & Responsibilities',
        'Getting Started',
        'Progression Paths',
        'Switching Careers',
        'On Being a Senior Support Engineer / Customer Success Engineer',
        'GPT Prompts',
        'Future Reading Links',
      ]);
      expect(sections[0]?.markdown).toMatch(/^### Definition:/);
      expect(sections[1]?.markdown).toContain('* **CompTIA A+:**');
      for (const section of sections) expect(section.markdown).not.toMatch(/\{:toc\}|^\* TOC/m);
    });

    it('gives 24 plannable items with stable, unique keys', () => {
      const items = contentItemsOf(seed());
      expect(items).toHaveLength(11 + 7 + 6);
      expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
      expect(items[0]).toMatchObject({
        key: 'support-engineer-customer-success-engineer/certification/comptia-a-plus',
        kind: 'certification',
        title: 'CompTIA A+',
      });
      const ticketing = items.find((i) => i.kind === 'tool' && i.title === 'Ticketing Systems');
      expect(ticketing?.description).toBe(
        'Jira Service Desk, Zendesk, ServiceNow Service Management, Salesforce Service Cloud, Freshdesk',
      );
      expect(contentItemsOf(parseCorpus(SEED_FILE))).toEqual(items);
    });
  },
);
