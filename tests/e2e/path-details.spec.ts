import { expect, test } from './fixtures';
import { helpdeskLead, securityAnalyst, structuredCareerPath } from './career-path-files';
import { LibraryPage } from './pages/library-page';
import { PathPage } from './pages/path-page';

test.describe('a path with structured plan data', () => {
  test('shows its certifications, tools and projects with their details, and related paths', async ({
    page,
    openApp,
  }) => {
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    await library.dropFiles([
      { name: 'helpdesk-lead.md', text: structuredCareerPath(helpdeskLead) },
      { name: 'security-analyst.md', text: structuredCareerPath(securityAnalyst) },
    ]);
    await expect(library.importResults).toContainText('2 imported');
    await library.openPath('Helpdesk Lead');

    const path = new PathPage(page);
    await path.waitUntilShown('Helpdesk Lead');

    const security = path.entry(path.certifications, 'CompTIA Security+');
    await expect(security).toContainText('Associate');
    await expect(security).toContainText('CompTIA');
    await expect(security).toContainText('about 100 hours');
    await expect(security).toContainText('SY0-701');
    await expect(security).toContainText('keeping accounts and systems safe');
    await expect(
      security.getByRole('link', { name: /Official page for CompTIA Security\+/ }),
    ).toHaveAttribute('href', 'https://www.comptia.org/certifications/security');

    const ticketing = path.entry(path.toolsToLearn, 'Ticketing');
    await expect(ticketing).toContainText('Start with Zendesk: about 12 hours to get going');
    await expect(ticketing.locator('.tool-chip.starter')).toHaveText(/^Zendesk/);

    const mockDesk = path.entry(path.portfolioProjects, 'Run a mock help desk');
    await expect(mockDesk).toContainText('about 15 hours');
    await expect(mockDesk.getByRole('list', { name: 'What to show at the end' })).toContainText(
      'A ticket log with response times',
    );

    // The prose is still there, with the plan sections before where the role leads.
    await expect(page.getByRole('heading', { level: 2, name: 'Role Definition' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Career Progression' })).toBeVisible();

    const analyst = path.relatedPaths.getByRole('link', { name: 'Junior Security Analyst' });
    await expect(analyst).toBeVisible();
    await expect(path.relatedPaths).toContainText('Shares: CompTIA Security+, Jira Service Management');
    await analyst.click();
    await path.waitUntilShown('Junior Security Analyst');
    await expect(path.relatedPaths.getByRole('link', { name: 'Helpdesk Lead' })).toBeVisible();
  });
});
