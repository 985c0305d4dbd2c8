/**
 * `npm run bench`: measures what people feel — importing career paths, ticking an item,
 * exporting a PDF — on real SQLite files in a temporary folder. Every figure printed here
 * comes from this run.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../electron/backend/db';
import { createPlannerService, importPathDocument, syncBundledContent } from '../electron/backend/service';
import { chromiumPdfOptions, planPrintDocument } from '../electron/backend/print';
import { systemClock } from '../electron/backend/clock';
import { structureProblem } from '../electron/backend/content/structure-limits';
import { MAX_IMPORT_BYTES, type PlannerService } from '../shared/contract';
import type { Result } from '../shared/result';
import { PdfPrinter } from './web-host/pdf-printer';
import { formatMs, median, percentile, timeIt } from './bench/stats';
import { benchLibrary } from './bench/library';
import { benchSchedule } from './bench/schedule';
import { benchPlanSchedule } from './bench/plan-schedule';
import { benchBackupRestore } from './bench/backup-restore';
import { benchWindowOpen } from './bench/window-open';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(repoRoot, '../shared/corpus');
const contentDir = join(repoRoot, 'content');
const workDir = mkdtempSync(join(tmpdir(), 'studypath-bench-'));
let databaseCount = 0;

function freshDatabase(): Database {
  databaseCount += 1;
  return openDatabase(join(workDir, `bench-${databaseCount}.sqlite`));
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function benchCorpusImport(): void {
  if (!existsSync(corpusDir)) {
    console.log(`corpus import: not measured, no corpus at ${corpusDir}`);
    return;
  }
  const files = readdirSync(corpusDir).filter((name) => name.endsWith('.md') && name !== 'README.md');
  const documents = files.map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join(corpusDir, name))),
  }));
  const rounds: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const db = freshDatabase();
    const { ms } = timeIt(() => {
      for (const doc of documents) importPathDocument(db, doc.name, doc.bytes, 'imported', systemClock);
    });
    rounds.push(ms);
    db.close();
  }
  const kib = documents.reduce((sum, doc) => sum + doc.bytes.byteLength, 0) / 1024;
  console.log(
    `corpus import: ${documents.length} files (${kib.toFixed(0)} KiB) parsed and stored in ` +
      `${formatMs(median(rounds))} (median of ${rounds.length} runs, fresh database each)`,
  );
}

/**
 * The largest file the importer accepts, built from real documents, is the worst case a person
 * can cause: copies of a real document up to the size limit or the structure limits.
 */
function benchLargestImport(): void {
  if (!existsSync(corpusDir)) return;
  const body = readFileSync(join(corpusDir, '24-Data_Engineer.md'), 'utf8').replace(/^---[\s\S]*?---/, '');
  let text = '---\ntitle: Large benchmark path\n---\n';
  while (
    Buffer.byteLength(text) + Buffer.byteLength(body) <= MAX_IMPORT_BYTES &&
    structureProblem(text + body) === null
  ) {
    text += body;
  }
  const bytes = new TextEncoder().encode(text);
  const samples: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const db = freshDatabase();
    samples.push(timeIt(() => unwrap(importPathDocument(db, 'large.md', bytes, 'imported', systemClock))).ms);
    db.close();
  }
  console.log(
    `import the largest accepted file (${(bytes.byteLength / 1024).toFixed(0)} KiB of real sections, ` +
      `at the size or structure limit): ` +
      `${formatMs(median(samples))} (median of ${samples.length})`,
  );
}

function planWithItems(service: PlannerService, extraItems: number): number {
  const plan = unwrap(
    service.createPlan({
      name: 'Benchmark plan',
      pathId: 'support-engineer',
      startDate: '2026-01-05',
      targetDate: '2026-12-18',
      itemKeys: unwrap(service.getPath({ pathId: 'support-engineer' })).items.map((item) => item.key),
    }),
  );
  for (let index = 0; index < extraItems; index += 1) {
    unwrap(
      service.addCustomItem({
        planId: plan.id,
        title: `Practice task ${index + 1}`,
        description: 'A custom item added for the benchmark.',
        dueDate: '2026-06-01',
      }),
    );
  }
  return plan.id;
}

function benchTicking(service: PlannerService, planId: number): void {
  const items = unwrap(service.getPlan({ planId })).items;
  const samples: number[] = [];
  for (let round = 0; round < 2000; round += 1) {
    const item = items[round % items.length];
    if (item === undefined) throw new Error('plan has no items');
    const status = Math.floor(round / items.length) % 2 === 0 ? 'done' : 'todo';
    samples.push(timeIt(() => unwrap(service.setItemStatus({ itemId: item.id, status }))).ms);
  }
  console.log(
    `tick an item (service, one transaction on disk): median ${formatMs(median(samples))}, ` +
      `p95 ${formatMs(percentile(samples, 0.95))} over ${samples.length} ticks`,
  );
}

async function benchPdf(service: PlannerService, planId: number): Promise<void> {
  const plan = unwrap(service.getPlan({ planId }));
  const printer = new PdfPrinter();
  try {
    const exportOnce = async (): Promise<number> => {
      const start = performance.now();
      const { html } = unwrap(planPrintDocument(service, { planId }, new Date()));
      await printer.print(html, chromiumPdfOptions());
      return performance.now() - start;
    };
    const first = await exportOnce();
    const warm: number[] = [];
    for (let round = 0; round < 5; round += 1) warm.push(await exportOnce());
    console.log(
      `export a ${plan.items.length}-item plan to PDF (Chromium's PDF engine): ` +
        `${formatMs(median(warm))} median of ${warm.length}, ${formatMs(first)} the first time (includes starting Chromium)`,
    );
  } catch (error) {
    console.log(
      `PDF export: not measured, Chromium unavailable (${(error as Error).message.split('\n')[0]})`,
    );
  } finally {
    await printer.close();
  }
}

async function main(): Promise<void> {
  console.log(
    `StudyPath benchmarks on Node ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model ?? ''}`,
  );
  try {
    benchCorpusImport();
    benchLargestImport();
    benchLibrary({ contentDir, freshDatabase });
    const db = freshDatabase();
    unwrap(
      syncBundledContent(db, contentDir, systemClock)[0]?.result ?? {
        ok: false,
        error: { code: 'not-found', message: 'no bundled content' },
      },
    );
    const service = createPlannerService(db, { clock: systemClock });
    const planId = planWithItems(
      service,
      200 - unwrap(service.getPath({ pathId: 'support-engineer' })).items.length,
    );
    benchTicking(service, planId);
    benchSchedule();
    benchPlanSchedule({ freshDatabase });
    await benchPdf(service, planId);
    await benchWindowOpen({ repoRoot });
    const backup = benchBackupRestore({ contentDir });
    console.log(
      `back up and restore ${backup.plans} plans with ${backup.items} items plus the library ` +
        `(${(backup.backupBytes / (1024 * 1024)).toFixed(1)} MiB backup): back up ${formatMs(backup.backupMs)}, ` +
        `restore ${formatMs(backup.restoreMs)} (median of ${backup.runs}, checks and safety backup included)`,
    );
    db.close();
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
