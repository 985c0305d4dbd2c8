/** Career-path files with structured plan data in their front matter, for library tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlannerService } from '../../../shared/contract';
import { bundledContentDir } from '../../helpers/corpus';
import { expectOk } from '../../helpers/service';

export interface PlanDataSpec {
  id: string;
  title: string;
  /** Markdown for the body, after the title heading. */
  body?: string;
  certifications?: (string | { name: string; issuer?: string; examCode?: string; why?: string })[];
  tools?: { group: string; tools: string[] }[];
  projects?: { title: string; summary?: string; deliverables?: string[] }[];
}

/** JSON is valid YAML, so the lists can be written without a YAML serialiser. */
export function planDataMarkdown(spec: PlanDataSpec): string {
  const certifications = (spec.certifications ?? []).map((entry) => {
    const cert = typeof entry === 'string' ? { name: entry } : entry;
    return {
      name: cert.name,
      issuer: cert.issuer ?? 'Test Issuer',
      level: 'foundational',
      hours: 20,
      url: 'https://example.org/certification',
      why: cert.why ?? `Shows you know the basics of ${cert.name}.`,
      ...(cert.examCode === undefined ? {} : { examCode: cert.examCode }),
    };
  });
  const tools = (spec.tools ?? []).map((group) => ({
    group: group.group,
    tools: group.tools,
    start: group.tools[0],
  }));
  const projects = (spec.projects ?? [{ title: 'Practice project' }]).map((project) => ({
    title: project.title,
    summary: project.summary ?? `Build ${project.title} and write up what you learned.`,
    hours: 10,
    deliverables: project.deliverables ?? ['A short write-up'],
  }));
  return [
    '---',
    `id: ${spec.id}`,
    `title: ${JSON.stringify(spec.title)}`,
    `description: ${JSON.stringify(`What a ${spec.title} does, in one line.`)}`,
    `certifications: ${JSON.stringify(certifications)}`,
    `tools: ${JSON.stringify(tools)}`,
    `projects: ${JSON.stringify(projects)}`,
    '---',
    '',
    `# ${spec.title}`,
    '',
    spec.body ?? `## Overview\n\nA ${spec.title} is a role made up for the StudyPath tests.`,
    '',
  ].join('\n');
}

export function planDataBytes(spec: PlanDataSpec): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(planDataMarkdown(spec));
}

export function importPlanData(service: PlannerService, spec: PlanDataSpec, fileName = `${spec.id}.md`) {
  return expectOk(service.importCareerPath({ fileName, bytes: planDataBytes(spec) }));
}

export const SUPPORT_ENGINEER_FILE = 'support-engineer.md';

/** The bundled Support Engineer file as it ships. */
export function bundledSupportEngineer(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(bundledContentDir, SUPPORT_ENGINEER_FILE)));
}
