import { expect, test } from './fixtures';
import { helpdeskLead, structuredCareerPath } from './career-path-files';
import { LibraryPage } from './pages/library-page';
import { PlanPage } from './pages/plan-page';

test.describe('removing an imported path', () => {
  test('keeping its plan removes the path from the library and the plan still opens', async ({
    page,
    openApp,
  }) => {
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    await library.dropFiles([{ name: 'helpdesk-lead.md', text: structuredCareerPath(helpdeskLead) }]);
    await expect(library.importResult('helpdesk-lead.md')).toContainText('Imported');

    await library.openPath('Helpdesk Lead');
    await page.getByRole('button', { name: 'Create study plan' }).click();
    const planName = 'Helpdesk by summer';
    await page.getByLabel('Name', { exact: true }).fill(planName);
    await page.getByRole('button', { name: 'Create plan' }).click();
    const plan = new PlanPage(page);
    await plan.waitUntilShown(planName);
    await plan.tick('Run a mock help desk');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await library
      .pathCardArticle('Helpdesk Lead')
      .getByRole('button', { name: /^Remove/ })
      .click();
    const dialog = library.removeDialog;
    await expect(dialog).toContainText('Remove “Helpdesk Lead”?');
    await expect(dialog).toContainText('1 plan was built from this path');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expect(dialog.getByRole('radio', { name: /Keep the plan/ })).toBeChecked();
    await dialog.getByRole('button', { name: 'Remove path' }).click();

    await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
      'Removed “Helpdesk Lead” from the library. 1 plan built from it is kept.',
    );
    await expect(library.pathCardArticle('Helpdesk Lead')).toHaveCount(0);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: new RegExp(planName) })
      .click();
    await plan.waitUntilShown(planName);
    await expect(plan.checkbox('Run a mock help desk')).toBeChecked();
  });

  test('bundled paths have no remove action', async ({ page, openApp }) => {
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    await expect(page.getByRole('main').locator('.path-card').first()).toBeVisible();
    await expect(page.getByRole('main').getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  });
});
