import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { helpdeskLead, securityAnalyst, structuredCareerPath } from './career-path-files';
import { corpusFile, expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { PlanPage } from './pages/plan-page';

const GUIDE = '1-Introduction.md';
const ROLES = ['8-Cloud_Engineer.md', '24-Data_Engineer.md'];

test.describe('importing many career paths at once', () => {
  test('files chosen together each get their own result, and a guide is refused with the reason', async ({
    page,
    openApp,
  }) => {
    const files = [GUIDE, ...ROLES].map(corpusFile);
    test.skip(files.includes(null), 'corpus documents not found in ../shared/corpus/');

    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    await library.importFiles(files.filter((file): file is string => file !== null));

    await expect(library.importResults).toContainText('3 files: 2 imported, 1 refused.');
    for (const role of ROLES) {
      await expect(library.importResult(role)).toContainText('Imported');
      await expect(library.importResult(role)).toContainText('was added to the library.');
    }
    const refused = library.importResult(GUIDE);
    await expect(refused).toContainText('Refused');
    await expect(refused).toContainText('looks like a guide, not a career path');

    await library
      .importResult('8-Cloud_Engineer.md')
      .getByRole('link', { name: /Cloud Engineer/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /Cloud Engineer/ })).toBeVisible();
  });

  test('files dropped on the window are imported, and a file that is not markdown is skipped with why', async ({
    page,
    openApp,
  }) => {
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    const cardsBefore = await library.countPathCards();

    await library.dropFiles([
      { name: 'helpdesk-lead.md', text: structuredCareerPath(helpdeskLead) },
      { name: 'holiday-photo.png', text: 'not a picture really', type: 'image/png' },
    ]);

    await expect(library.importResults).toContainText('2 files: 1 imported, 1 refused.');
    await expect(library.importResult('helpdesk-lead.md')).toContainText('Imported');
    const skipped = library.importResult('holiday-photo.png');
    await expect(skipped).toContainText('Refused');
    await expect(skipped).toContainText('only markdown files (.md or .markdown)');
    await expect(library.pathCard('Helpdesk Lead')).toBeVisible();
    await expect(library.pathCards).toHaveCount(cardsBefore + 1);
  });

  test('files dropped on another screen are imported, and the Library shows how they went', async ({
    page,
    openApp,
  }) => {
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'About StudyPath' })).toBeVisible();

    await library.dropFiles([{ name: 'helpdesk-lead.md', text: structuredCareerPath(helpdeskLead) }]);

    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(library.importResults).toContainText('1 file: 1 imported.');
    await expect(library.importResult('helpdesk-lead.md')).toContainText('Imported');
    await expect(library.pathCard('Helpdesk Lead')).toBeVisible();
  });

  test('files dropped while a dialog is open are left alone, and the dialog stays', async ({
    page,
    openApp,
  }) => {
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    const cardsBefore = await library.countPathCards();
    await page.keyboard.press('?');
    const cheatSheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(cheatSheet).toBeVisible();

    await library.dropFilesRefused([{ name: 'helpdesk-lead.md', text: structuredCareerPath(helpdeskLead) }]);

    await expect(cheatSheet).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(cheatSheet).toBeHidden();
    await expect(library.importResults).toBeHidden();
    await expect(library.pathCards).toHaveCount(cardsBefore);
  });

  test('"Import folder…" imports the markdown files of the chosen folder', async ({
    page,
    openApp,
  }, testInfo) => {
    const folder = testInfo.outputPath('my-paths');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'helpdesk-lead.md'), structuredCareerPath(helpdeskLead));
    await writeFile(path.join(folder, 'security-analyst.md'), structuredCareerPath(securityAnalyst));
    await writeFile(path.join(folder, 'shopping.txt'), 'Milk\n');

    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    const chooserShown = page.waitForEvent('filechooser');
    await library.importFolderButton.click();
    await (await chooserShown).setFiles(folder);

    await expect(library.importResults).toContainText('2 files: 2 imported.');
    await expect(library.importResult('helpdesk-lead.md')).toContainText('Imported');
    await expect(library.importResult('security-analyst.md')).toContainText('Imported');
    await expect(library.pathCard('Junior Security Analyst')).toBeVisible();
  });

  test('updating a path that plans use says how many of their items it no longer has', async ({
    page,
    openApp,
  }, testInfo) => {
    const original = testInfo.outputPath('helpdesk-lead.md');
    await writeFile(original, structuredCareerPath(helpdeskLead));
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    await library.importFiles([original]);
    await expect(library.importResult('helpdesk-lead.md')).toContainText('Imported');

    await library.openPath('Helpdesk Lead');
    await page.getByRole('button', { name: 'Create study plan' }).click();
    await page.getByRole('button', { name: 'Create plan' }).click();
    const plan = new PlanPage(page);
    await plan.showView('Checklist');
    await expect(plan.checkbox('Write an onboarding guide')).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await writeFile(
      original,
      structuredCareerPath({ ...helpdeskLead, projects: helpdeskLead.projects.slice(0, 1) }),
    );
    await library.importFiles([original]);

    const row = library.importResult('helpdesk-lead.md');
    await expect(row).toContainText('Updated');
    await expect(row).toContainText('1 item in your plans is no longer in this path.');

    // The plan keeps that item, marked as no longer in the path; the others are not marked.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Helpdesk Lead/ })
      .click();
    await plan.showView('Checklist');
    await expect(plan.checkbox('Write an onboarding guide')).toHaveAccessibleDescription(
      /No longer in this path/,
    );
    await expect(plan.checkbox(helpdeskLead.projects[0]?.title ?? '')).not.toHaveAccessibleDescription(
      /No longer in this path/,
    );
  });
});
