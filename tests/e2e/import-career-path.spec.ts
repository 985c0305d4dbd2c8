import { writeFile } from 'node:fs/promises';
import { expect, test, corpusFile, SEED_DOCUMENT } from './fixtures';
import { LibraryPage } from './pages/library-page';

test.describe('importing career paths through the picker', () => {
  test('a file that is not a career path is refused with a reason and adds nothing', async ({
    page,
    openApp,
  }, testInfo) => {
    const shoppingList = testInfo.outputPath('shopping-list.md');
    await writeFile(shoppingList, 'Milk\nBread\nEggs\n');

    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    const cardsBefore = await library.countPathCards();

    await library.importFiles([shoppingList]);
    const row = library.importResults.getByRole('listitem').filter({ hasText: 'shopping-list.md' });
    await expect(row).toContainText('Refused');
    await expect(row.locator('.import-message')).not.toBeEmpty();
    await expect(library.pathCards).toHaveCount(cardsBefore);
  });

  test('the real Support Engineer document imports and shows up in the library', async ({
    page,
    openApp,
  }) => {
    const seed = corpusFile(SEED_DOCUMENT);
    test.skip(seed === null, `corpus document ${SEED_DOCUMENT} not found in ../shared/corpus/`);

    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    await library.importFiles([seed ?? '']);

    const row = library.importResults.getByRole('listitem').filter({ hasText: SEED_DOCUMENT });
    await expect(row).toContainText(/Imported|Updated|Unchanged/);
    await expect(row).not.toContainText('Refused');
    await row.getByRole('link', { name: /Support Engineer/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Support Engineer/ })).toBeVisible();
  });

  test('documents carrying a script or a javascript: link are refused and run nothing', async ({
    page,
    openApp,
  }, testInfo) => {
    const withScript = testInfo.outputPath('script-path.md');
    const withJavascriptLink = testInfo.outputPath('javascript-link-path.md');
    await writeFile(withScript, careerPathDocument('Script Engineer', '<script>alert("owned")</script>'));
    await writeFile(
      withJavascriptLink,
      careerPathDocument('Link Engineer', '[Free certificate](javascript:alert(1))'),
    );
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    const cardsBefore = await library.countPathCards();
    await library.importFiles([withScript, withJavascriptLink]);

    const scriptRow = library.importResults.getByRole('listitem').filter({ hasText: 'script-path.md' });
    const linkRow = library.importResults
      .getByRole('listitem')
      .filter({ hasText: 'javascript-link-path.md' });
    await expect(scriptRow).toContainText('Refused');
    await expect(scriptRow).toContainText(/script/i);
    await expect(linkRow).toContainText('Refused');
    await expect(linkRow).toContainText(/javascript/i);
    await expect(library.pathCards).toHaveCount(cardsBefore);
    await expect(library.pathCard('Script Engineer')).toHaveCount(0);
    await expect(library.pathCard('Link Engineer')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});

/** A complete, importable career path, so a refusal can only come from the hostile line in it. */
function careerPathDocument(role: string, hostileLine: string): string {
  return [
    '---',
    `title: "${role}"`,
    `description: "Career Path for a ${role}"`,
    '---',
    `# ${role}`,
    '',
    '## Role Definition & Responsibilities:',
    `A ${role} builds things. ${hostileLine}`,
    '',
    '### Certifications:',
    '* **Basic Certificate:** The first step.',
    '',
    '### Recommended Technologies and Tools to Learn:',
    '* **Editors:** Vim, VS Code',
    '',
    '#### Project Ideas:',
    '* **Build a portfolio:** A small site about your work.',
    '',
  ].join('\n');
}
