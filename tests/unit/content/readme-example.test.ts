import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCareerPath } from '../../../electron/backend/content/importer';
import { repoRoot } from '../../helpers/corpus';

/** The example a person copies from the README to start their own path. */
function readmeExample(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const block = /```markdown\n([\s\S]*?)```/.exec(readme)?.[1];
  if (block === undefined) throw new Error('README has no markdown example');
  return block;
}

describe('the career-path example in the README', () => {
  it('imports cleanly, with every certification, tool group and project it shows', () => {
    const result = parseCareerPath('example.md', new TextEncoder().encode(readmeExample()));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.warnings).toEqual([]);
    expect(result.value.id).toBe('junior-sysadmin');
    expect(result.value.content.certifications.map((c) => c.name)).toEqual(['CompTIA A+', 'CompTIA Network+']);
    expect(result.value.content.toolGroups).toEqual([
      { name: 'Operating Systems', tools: ['Windows Server', 'Ubuntu Server'] },
      { name: 'Scripting', tools: ['PowerShell', 'Bash'] },
    ]);
    expect(result.value.content.projects.map((p) => p.title)).toEqual(['Home lab']);
  });
});
