/**
 * Career-path files and typed text that carry XSS payloads: files with live markup are refused
 * at import, and everything that is imported or typed shows up as text on every screen that
 * displays it (library, search, path, new plan, plan, upcoming, print) without running.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { PlannerApi } from '../../shared/contract';
import { renderPlanPrintHtml } from '../../electron/backend/print';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { NewPlanPage } from './pages/new-plan-page';
import { PathPage } from './pages/path-page';
import { PlanPage } from './pages/plan-page';
import { pdfToText } from './pdf-text';
import { repoRoot } from './web-host-process';

const HOSTILE_FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'hostile', 'hostile-display.md');
const HOSTILE_TITLE = /^Hostile <img src=x onerror=/;

/** A payload that, if it ever ran, would leave a mark on the window and open a dialog. */
function payload(where: string): string {
  return `window.__xss='${where}';alert('${where}')`;
}

const typedPlanName = `Plan <img src=x onerror="${payload('plan-name')}">`;
const typedCustomTitle = `<svg onload="${payload('custom-item')}">Mock interview`;
const typedNotes = `<script>${payload('notes')}</script> <a href="javascript:${payload('notes-link')}">x</a>`;

/** Markup that could run; each file is otherwise a valid career path. */
const refusedPayloads: { name: string; markdown: string; named: RegExp }[] = [
  { name: 'script-element', markdown: `<script>${payload('script')}</script>`, named: /<script>/ },
  { name: 'img-onerror', markdown: `<img src=x onerror="${payload('img')}">`, named: /event handler/ },
  { name: 'svg-onload', markdown: `<svg onload="${payload('svg')}"></svg>`, named: /<svg>/ },
  {
    name: 'iframe-srcdoc',
    markdown: `<iframe srcdoc="<script>parent.${payload('iframe')}</script>"></iframe>`,
    named: /<iframe>/,
  },
  {
    name: 'html-javascript-link',
    markdown: `<a href="javascript:${payload('a')}">free exam</a>`,
    named: /javascript:/,
  },
  {
    name: 'encoded-javascript-link',
    markdown: `<a href="jav&#x61;script&colon;${payload('encoded')}">free exam</a>`,
    named: /javascript:/,
  },
  {
    name: 'markdown-javascript-link',
    markdown: `[free exam](javascript:${payload('md-link')})`,
    named: /javascript:/,
  },
  {
    name: 'data-html-link',
    markdown: `[free exam](data:text/html,<script>${payload('data')}</script>)`,
    named: /data:/,
  },
  { name: 'vbscript-link', markdown: '[free exam](vbscript:msgbox(1))', named: /vbscript:/ },
  {
    name: 'heading-handler',
    markdown: `## Tips <img src=x onerror="${payload('heading')}">`,
    named: /event handler/,
  },
  {
    name: 'bullet-handler',
    markdown: `- A tip <details open ontoggle="${payload('bullet')}">`,
    named: /event handler/,
  },
  { name: 'bold-label-handler', markdown: `**<svg onload="${payload('label')}">:**`, named: /<svg>/ },
];

function careerPath(role: string, hostileBlock: string): string {
  return [
    '---',
    `title: "${role}"`,
    '---',
    `# ${role}`,
    '',
    '## Role Definition',
    'Builds things.',
    '',
    hostileBlock,
    '',
    '## Tools to Learn',
    '* **Editors:** Vim, VS Code',
    '',
    '## Project Ideas',
    '* **Build a portfolio:** A small site about your work.',
    '',
  ].join('\n');
}

interface Watch {
  dialogs: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

/** Records every dialog (dismissing it), uncaught error and console error of the page. */
function watchForExecution(page: Page): Watch {
  const watch: Watch = { dialogs: [], pageErrors: [], consoleErrors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  return watch;
}

interface DomFindings {
  xss: unknown;
  handlerAttributes: string[];
  unsafeLinks: string[];
  embeddedElements: string[];
  foreignScripts: string[];
}

/**
 * What in the live document could run code or load something from elsewhere. Runs in the page,
 * so it is plain JavaScript (this project type-checks tests without the DOM library).
 */
const INSPECT_DOM = `(() => {
  const describe = (element) => element.outerHTML.slice(0, 160);
  const sameOrigin = (url) => new URL(url, document.baseURI).origin === location.origin;
  const elements = [...document.querySelectorAll('*')];
  return {
    xss: window.__xss,
    handlerAttributes: elements.flatMap((element) =>
      element.getAttributeNames()
        .filter((name) => name.toLowerCase().startsWith('on'))
        .map((name) => name + ' on ' + describe(element))),
    unsafeLinks: [...document.querySelectorAll('a[href], area[href], [formaction], [action]')]
      .filter((element) => {
        const raw = element.getAttribute('href') ?? element.getAttribute('formaction') ?? element.getAttribute('action');
        return !['http:', 'https:', 'blob:'].includes(new URL(raw, document.baseURI).protocol);
      })
      .map(describe),
    embeddedElements: [
      ...document.querySelectorAll('iframe, frame, object, embed'),
      ...[...document.querySelectorAll('img, image, video, audio, source, link[href]')].filter((element) => {
        const source = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
        return !sameOrigin(source) && !/^(data|blob):/i.test(source);
      }),
    ].map(describe),
    foreignScripts: [...document.scripts].filter((script) => script.src === '' || !sameOrigin(script.src)).map(describe),
  };
})()`;

async function inspectDom(page: Page): Promise<DomFindings> {
  return (await page.evaluate(INSPECT_DOM)) as DomFindings;
}

async function expectNothingRan(page: Page, watch: Watch, where: string): Promise<void> {
  const findings = await inspectDom(page);
  expect(findings, where).toEqual({
    xss: undefined,
    handlerAttributes: [],
    unsafeLinks: [],
    embeddedElements: [],
    foreignScripts: [],
  });
  expect(watch.dialogs, where).toEqual([]);
  expect(watch.pageErrors, where).toEqual([]);
  expect(watch.consoleErrors, where).toEqual([]);
}

test.describe('hostile career-path content', () => {
  test('files carrying scripts, handlers or script links are refused as unsafe and run nothing', async ({
    page,
    openApp,
  }, testInfo) => {
    const watch = watchForExecution(page);
    const files = await Promise.all(
      refusedPayloads.map(async ({ name, markdown }) => {
        const file = testInfo.outputPath(`${name}.md`);
        await writeFile(file, careerPath(`Refused ${name}`, markdown));
        return file;
      }),
    );
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    const cardsBefore = await library.countPathCards();

    await library.importFiles(files);

    for (const { name, named } of refusedPayloads) {
      const row = library.importResult(`${name}.md`);
      await expect(row, name).toContainText('Refused');
      await expect(row.locator('.import-message'), name).toContainText(
        /could run code\. StudyPath does not import it\./,
      );
      await expect(row.locator('.import-message'), name).toContainText(named);
    }
    await expect(library.pathCards).toHaveCount(cardsBefore);
    await expectNothingRan(page, watch, 'after the refused imports');
  });

  test('imported and typed payloads show as text on every screen and in the PDF, and never run', async ({
    page,
    openApp,
    context,
  }, testInfo) => {
    test.setTimeout(120_000);
    const watch = watchForExecution(page);
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();

    await library.importFiles([HOSTILE_FIXTURE]);
    await expect(library.importResult('hostile-display.md')).toContainText('Imported');
    await expect(library.pathCard(HOSTILE_TITLE)).toBeVisible();
    await expect(
      page.getByText(`<script>${payload('description')}</script>`, { exact: false }).first(),
    ).toBeVisible();
    await expectNothingRan(page, watch, 'library');

    await library.search('Hostile');
    await expect(library.searchHit(HOSTILE_TITLE)).toBeVisible();
    await expectNothingRan(page, watch, 'search results');
    await library.search('Nmap');
    await expect(library.searchHit(HOSTILE_TITLE)).toBeVisible();
    await expectNothingRan(page, watch, 'search results for a tool');
    await library.search('');

    await library.openPath(HOSTILE_TITLE);
    const pathPage = new PathPage(page);
    await pathPage.waitUntilShown(HOSTILE_TITLE);
    const main = page.getByRole('main');
    for (const shownAsText of [
      `<svg onload="${payload('cert-name')}">Cert`,
      `<script>${payload('group')}</script>Scanners`,
      `<a href="javascript:${payload('project')}">Project</a>`,
      `<img src=x onerror=${payload('label')}>`,
      `<script>${payload('code')}</script>`,
      `<img/src=x/onerror=${payload('slash')}>`,
    ]) {
      await expect(main.getByText(shownAsText, { exact: false }).first(), shownAsText).toBeVisible();
    }
    // Links that are not plain http(s) are shown as their text, not as links.
    for (const text of ['a mail link', 'a relative link', 'an ftp link']) {
      await expect(main.getByText(text, { exact: true })).toBeVisible();
      await expect(main.getByRole('link', { name: text })).toHaveCount(0);
    }
    await expect(main.getByText('[remote image]')).toBeVisible();
    await expectNothingRan(page, watch, 'path');

    await pathPage.startPlan();
    const newPlan = new NewPlanPage(page);
    await newPlan.nameField.fill(typedPlanName);
    await expectNothingRan(page, watch, 'new plan');
    await newPlan.create();

    const plan = new PlanPage(page);
    await plan.waitUntilShown(typedPlanName);
    await page.getByLabel('Title', { exact: true }).fill(typedCustomTitle);
    await page.getByRole('button', { name: 'Add item' }).click();
    await expect(plan.checkbox(typedCustomTitle)).toBeVisible();
    await page.getByRole('button', { name: `Details for ${typedCustomTitle}` }).click();
    const notes = page.getByLabel('Notes');
    await notes.fill(typedNotes);
    await notes.blur();
    await expect(plan.checkbox(`<script>${payload('group')}</script>Scanners`)).toBeVisible();
    await expectNothingRan(page, watch, 'plan');

    await page.reload();
    await plan.waitUntilShown(typedPlanName);
    await page.getByRole('button', { name: `Details for ${typedCustomTitle}` }).click();
    await expect(page.getByLabel('Notes')).toHaveValue(typedNotes);
    await expectNothingRan(page, watch, 'plan after a reload');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Upcoming/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNothingRan(page, watch, 'upcoming');
    await page.goBack();
    await plan.waitUntilShown(typedPlanName);

    const download = await plan.exportPdf();
    const pdfFile = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(pdfFile);
    expect((await readFile(pdfFile)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const printed = pdfToText(pdfFile).replace(/\s+/g, ' ');
    for (const text of [
      'Plan <img src=x onerror=',
      '<svg onload=',
      'Mock interview',
      '<script>window.__xss',
    ]) {
      expect(printed, text).toContain(text);
    }
    await expectNothingRan(page, watch, 'after the PDF export');

    // The same print document, opened where scripts are allowed, is still only text.
    const planId = Number(/#\/plans\/(\d+)/.exec(page.url())?.[1]);
    const detail = await page.evaluate(
      (id) => (globalThis as unknown as { planner: PlannerApi }).planner.getPlan({ planId: id }),
      planId,
    );
    if (!detail.ok) throw new Error(detail.error.message);
    const printPage = await context.newPage();
    const printWatch = watchForExecution(printPage);
    await printPage.setContent(
      renderPlanPrintHtml(detail.value, { pathTitle: detail.value.pathTitle, generatedAt: new Date() }),
    );
    await expect(printPage.getByText(typedPlanName, { exact: true }).first()).toBeVisible();
    expect(await printPage.locator('script, img, svg, iframe, a[href^="javascript"]').count()).toBe(0);
    await expectNothingRan(printPage, printWatch, 'print document');
    await printPage.close();
  });

  test('the inspection itself notices handlers, script links and frames when they are there', async ({
    page,
    openApp,
  }) => {
    await openApp();
    await new LibraryPage(page).waitUntilShown();
    await page.evaluate(`(() => {
      const trap = document.createElement('div');
      // Not a real event name: Chromium would report a real inline handler to the offline guard.
      trap.innerHTML = '<a href="javascript:void 0" onselfcheck="void 0">x</a><iframe></iframe>';
      document.body.append(trap);
      window.__xss = 'self-check';
    })()`);
    const findings = await inspectDom(page);
    expect(findings.xss).toBe('self-check');
    expect(findings.handlerAttributes).toHaveLength(1);
    expect(findings.unsafeLinks).toHaveLength(1);
    expect(findings.embeddedElements).toHaveLength(1);
  });

  test('the offline guard of every test fails a page that asks for a remote image', async ({
    page,
    openApp,
  }) => {
    // Expected to fail: the fixture's check after the test must catch the request or its CSP block.
    test.fail();
    await openApp();
    await new LibraryPage(page).waitUntilShown();
    await page.evaluate(`(() => {
      const image = document.createElement('img');
      image.src = 'https://example.com/tracker.png';
      document.body.append(image);
    })()`);
    await page.waitForTimeout(500);
  });
});
