import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCareerPath } from '../../../electron/backend/content/importer';
import { repoRoot } from '../../helpers/corpus';

/** The example a person copies from the format documentation to start their own path. */
function readmeExample(): string {
  const readme = readFileSync(join(repoRoot, 'docs', 'career-path-format.md'), 'utf8');
  const block = /```markdown\n([\s\S]*?)```/.exec(readme)?.[1];
  if (block === undefined) throw new Error('The format documentation has no markdown example');
  return block;
}

describe('the career-path example in docs/career-path-format.md', () => {
  it('imports cleanly, with every certification, tool group and project it shows', () => {
    const result = parseCareerPath('example.md', new TextEncoder().encode(readmeExample()));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.warnings).toEqual([]);
    expect(result.value.id).toBe('junior-sysadmin');
    expect(result.value.content.certifications.map((c) => c.name)).toEqual(['CompTIA A+', 'CompTIA Network+']);
    expect(result.value.content.toolGroups.map(({ name, tools }) => ({ name, tools }))).toEqual([
      { name: 'Operating Systems', tools: ['Windows Server', 'Ubuntu Server'] },
      { name: 'Scripting', tools: ['PowerShell', 'Bash'] },
    ]);
    expect(result.value.content.projects.map((p) => p.title)).toEqual(['Home lab']);
    expect(result.value.content.planData).toBe('front-matter');
    expect(result.value.content.certifications[0]).toMatchObject({
      issuer: 'CompTIA',
      level: 'foundational',
      hours: 120,
      examCode: '220-1201 and 220-1202',
      validityYears: 3,
    });
    expect(result.value.content.toolGroups[1]?.starter).toBe('PowerShell');
    expect(result.value.content.projects[0]?.deliverables).toHaveLength(3);
  });
});
