import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileImportResult, PlannerApi } from '../../shared/contract';
import { MAX_IMPORT_BYTES } from '../../shared/contract';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

function careerPath(id: string, title: string): string {
  return [
    '---',
    `id: ${id}`,
    `title: ${title}`,
    '---',
    `# ${title}`,
    '',
    '### Recommended Technologies and Tools to Learn',
    '',
    '- **Version control:** Git, GitHub.',
    '',
  ].join('\n');
}

test.describe('importing a folder in the browser host', () => {
  test('imports each markdown file directly in the folder and leaves out everything else', async ({
    page,
    openApp,
  }, testInfo) => {
    const folder = testInfo.outputPath('career-paths');
    await mkdir(join(folder, 'drafts'), { recursive: true });
    await writeFile(join(folder, 'folder-role-one.md'), careerPath('folder-role-one', 'Folder Role One'));
    await writeFile(
      join(folder, 'folder-role-two.markdown'),
      careerPath('folder-role-two', 'Folder Role Two'),
    );
    await writeFile(join(folder, '.hidden-role.md'), careerPath('hidden-role', 'Hidden Role'));
    await writeFile(join(folder, 'notes.txt'), careerPath('text-role', 'Text Role'));
    await writeFile(join(folder, 'drafts', 'draft-role.md'), careerPath('draft-role', 'Draft Role'));
    await writeFile(join(folder, 'zz-huge.md'), '');
    await truncate(join(folder, 'zz-huge.md'), MAX_IMPORT_BYTES + 1);

    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();

    const chooserShown = page.waitForEvent('filechooser');
    const imported = page.evaluate(() =>
      (globalThis as unknown as { planner: PlannerApi }).planner.pickAndImportCareerPaths({ folder: true }),
    );
    await (await chooserShown).setFiles(folder);
    const results: FileImportResult[] = await imported;

    expect(results.map((entry) => [entry.fileName, entry.result.ok])).toEqual([
      ['folder-role-one.md', true],
      ['folder-role-two.markdown', true],
      ['zz-huge.md', false],
    ]);
    expect(results[2]?.result).toMatchObject({ error: { code: 'file-too-large' } });
    await expect(library.pathCard('Folder Role One')).toBeVisible();
    await expect(library.pathCard('Folder Role Two')).toBeVisible();
    await expect(library.pathCard('Draft Role')).toHaveCount(0);
    await expect(library.pathCard('Hidden Role')).toHaveCount(0);
  });
});
