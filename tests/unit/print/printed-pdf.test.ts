/**
 * Prints the document with Chromium's own PDF engine (the one Electron's printToPDF uses)
 * and reads it back with pdftotext, as a person copying text out of the PDF would.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPdfOptions, renderPlanPrintHtml } from '../../../electron/backend/print';
import { CHROMIUM_EXECUTABLE } from '../../../scripts/chromium';
import { PdfPrinter } from '../../../scripts/web-host/pdf-printer';
import { planItem, planWith } from '../../helpers/plan-fixtures';

const repoRoot = resolve(import.meta.dirname, '../../..');
const corpusFile = resolve(repoRoot, '../shared/corpus/31-Support_Engineer_Customer_Success_Engineer.md');
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const missing = [
  existsSync(corpusFile) ? null : `corpus file ${corpusFile}`,
  existsSync(CHROMIUM_EXECUTABLE) ? null : CHROMIUM_EXECUTABLE,
  hasPdftotext ? null : 'pdftotext',
].filter((x): x is string => x !== null);
if (missing.length > 0) console.warn(`printed PDF test skipped: missing ${missing.join(', ')}`);

/** The bold names listed under the document's certifications heading. */
function certificationNames(markdown: string): string[] {
  const section = markdown.split(/^###\s.*Certifications.*$/m)[1]?.split(/^#{2,3}\s/m)[0] ?? '';
  return [...section.matchAll(/^\* \*\*(.+?):?\*\*/gm)]
    .map((match) => (match[1] ?? '').replace(/:$/, ''))
    .filter((name) => !/self-learning/i.test(name));
}

const workDir = mkdtempSync(join(tmpdir(), 'studypath-print-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe.skipIf(missing.length > 0)('plan printed to PDF', () => {
  it('contains every item with its tick box and numbered pages', async () => {
    const names = certificationNames(readFileSync(corpusFile, 'utf8'));
    expect(names.length).toBeGreaterThanOrEqual(4);
    const items = [
      ...names.map((title, index) =>
        planItem({
          kind: 'certification',
          title,
          position: index,
          status: index === 0 ? 'done' : 'todo',
          completedAt: index === 0 ? '2026-10-02T09:30:00.000Z' : null,
          dueDate: index === 1 ? '2026-11-01' : null,
        }),
      ),
      // Enough rows to need a second page.
      ...Array.from({ length: 24 }, (_, index) =>
        planItem({ kind: 'custom', title: `Practice ticket ${index + 1}`, position: index }),
      ),
    ];
    const html = renderPlanPrintHtml(planWith(items), {
      pathTitle: 'Support Engineer / Customer Success Engineer',
      generatedAt: new Date(2026, 10, 28, 10, 0),
    });

    const printer = new PdfPrinter();
    try {
      writeFileSync(join(workDir, 'plan.pdf'), await printer.print(html, chromiumPdfOptions()));
    } finally {
      await printer.close();
    }
    const text = execFileSync('pdftotext', [join(workDir, 'plan.pdf'), '-'], { encoding: 'utf8' });
    const flatText = text.replace(/\s+/g, ' ');
    // A wrapped title comes out with its status label (right-hand column) in the middle.
    const titlesText = flatText.replace(/ (To do|In progress|Done) /g, ' ');

    for (const item of items) expect(titlesText).toContain(item.title);
    expect(text.match(/\u2611/g)).toHaveLength(1);
    expect(text.match(/\u2610/g)).toHaveLength(items.length - 1);
    expect(flatText).toContain('1 of');
    expect(flatText).toContain('Overdue');
    expect(flatText).toMatch(/Page 1 \/ [2-9]/);
    expect(flatText).toMatch(/Page 2 \/ [2-9]/);
  }, 60_000);

  it('carries deliverables with their ticks, evidence links, exam facts and skipped items into the PDF', async () => {
    const items = [
      planItem({
        kind: 'certification',
        title: 'Cloud Basics',
        status: 'done',
        completedAt: '2026-05-14T15:00:00.000Z',
        certification: {
          examDate: '2026-05-14',
          bookingNote: 'Voucher SECRET-42',
          result: 'passed',
          score: '870/1000',
          earnedDate: '2026-05-14',
          validityYears: 3,
          expiresDate: '2029-05-14',
        },
      }),
      planItem({ kind: 'tool', title: 'Terminals', status: 'skipped' }),
      planItem({
        kind: 'project',
        title: 'Build a status page',
        deliverables: [
          { id: 1, title: 'Public repository with a README', done: true },
          { id: 2, title: 'Live demo anyone can open', done: false },
        ],
        evidence: [{ id: 1, kind: 'repository', url: 'https://git.example/me/status', label: 'Code' }],
      }),
    ];
    const html = renderPlanPrintHtml(planWith(items), {
      pathTitle: 'Cloud',
      generatedAt: new Date(2026, 10, 28),
    });
    const printer = new PdfPrinter();
    try {
      writeFileSync(join(workDir, 'tracking.pdf'), await printer.print(html, chromiumPdfOptions()));
    } finally {
      await printer.close();
    }
    const text = execFileSync('pdftotext', ['-layout', join(workDir, 'tracking.pdf'), '-'], {
      encoding: 'utf8',
    });
    const line = (needle: string) => text.split('\n').find((l) => l.includes(needle)) ?? '';
    expect(line('Public repository with a README')).toContain('\u2611');
    expect(line('Live demo anyone can open')).toContain('\u2610');
    // The label is set in small capitals by the stylesheet.
    expect(text).toMatch(/Deliverables: 1 of 2 done/i);
    expect(line('https://git.example/me/status')).toMatch(
      /Repository\s+Code\s+https:\/\/git\.example\/me\/status/,
    );
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Exam 14 May 2026 · Passed (870/1000) · Earned 14 May 2026 · Expires 14 May 2029',
    );
    expect(line('Terminals')).toContain('Skipped');
    expect(text).toContain('1 skipped');
    expect(text).not.toContain('SECRET');
  }, 60_000);
});
