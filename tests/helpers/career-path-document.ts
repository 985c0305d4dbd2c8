/** Small, hand-written career-path documents in the corpus format, for tests that need exact items. */

export interface DocumentSpec {
  id?: string;
  title: string;
  certifications?: { name: string; description: string }[];
  tools?: { group: string; tools: string[] }[];
  projects?: { title: string; description: string }[];
}

export function careerPathMarkdown(spec: DocumentSpec): string {
  const frontMatter = [
    '---',
    `title: "${spec.title}"`,
    `description: "Study plan material for ${spec.title}"`,
    ...(spec.id === undefined ? [] : [`id: ${spec.id}`]),
    '---',
  ];
  const certifications = (spec.certifications ?? []).map((c) => `* **${c.name}:** ${c.description}`);
  const tools = (spec.tools ?? []).map((g) => `* **${g.group}:** ${g.tools.join(', ')}`);
  const projects = (spec.projects ?? []).map((p) => `* **${p.title}:** ${p.description}`);
  return [
    ...frontMatter,
    `# ${spec.title}`,
    '',
    '## Role Definition & Responsibilities:',
    '',
    '### Definition:',
    `* **Definition:** A ${spec.title} is a made-up role used by the StudyPath tests.`,
    '',
    '### Certifications:',
    ...certifications,
    '',
    '### Tools and Technologies:',
    ...tools,
    '',
    '### Project Ideas:',
    ...projects,
    '',
  ].join('\n');
}

export function careerPathBytes(spec: DocumentSpec): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(careerPathMarkdown(spec));
}

/** A three-part path used across the service tests. */
export const sampleSpec: DocumentSpec = {
  id: 'test-role',
  title: 'Test Role',
  certifications: [
    { name: 'Alpha Certificate', description: 'The first certificate.' },
    { name: 'Beta Certificate', description: 'The second certificate.' },
  ],
  tools: [{ group: 'Editors', tools: ['Vim', 'Nano'] }],
  projects: [{ title: 'Build a Widget', description: 'A small project.' }],
};
