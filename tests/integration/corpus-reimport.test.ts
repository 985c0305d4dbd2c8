import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db';
import { createPlannerService, syncBundledContent } from '../../electron/backend/service';
import { fakeClock } from '../helpers/clock';
import { corpusAvailable, corpusDir, corpusMissingMessage, readCorpusFile } from '../helpers/corpus';
import { expectOk } from '../helpers/service';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const ROLE_FILE = '31-Support_Engineer_Customer_Success_Engineer.md';

if (!corpusAvailable) console.warn(corpusMissingMessage);

function harness() {
  const db = openDatabase(join(tempDir(), 'studypath.sqlite'));
  const clock = fakeClock(new Date(2026, 2, 2, 9));
  return { db, clock, service: createPlannerService(db, { clock }) };
}

/** The same document with one certification line removed and one description reworded. */
function editedDocument(original: string, removedLine: string): string {
  const lines = original.split('\n').filter((line) => line !== removedLine);
  return lines.join('\n').replace('A foundational IT certification', 'An entry-level IT certification');
}

describe.skipIf(!corpusAvailable)('re-importing a real career path after it changed', () => {
  it('keeps ticks, notes and dates, and marks items that vanished as orphaned', () => {
    const { db, service } = harness();
    const original = new TextDecoder().decode(readCorpusFile(ROLE_FILE));
    const first = expectOk(
      service.importCareerPath({ fileName: ROLE_FILE, bytes: readCorpusFile(ROLE_FILE) }),
    );
    const path = expectOk(service.getPath({ pathId: first.pathId }));
    const certifications = path.items.filter((item) => item.kind === 'certification');
    expect(certifications.length).toBeGreaterThan(2);

    const plan = expectOk(
      service.createPlan({
        name: 'Support plan',
        pathId: path.id,
        startDate: '2026-03-02',
        targetDate: '2026-09-30',
        itemKeys: path.items.map((item) => item.key),
      }),
    );
    const aPlus = plan.items.find((item) => item.title.startsWith('CompTIA A+'));
    const vanishing = plan.items.find((item) => item.title.startsWith('ITIL'));
    if (aPlus === undefined || vanishing === undefined)
      throw new Error('expected CompTIA A+ and ITIL in the plan');
    expectOk(service.setItemStatus({ itemId: aPlus.id, status: 'done' }));
    expectOk(
      service.updateItem({ itemId: vanishing.id, notes: 'Studying chapter 3', dueDate: '2026-04-01' }),
    );
    const before = expectOk(service.getPlan({ planId: plan.id }));

    const removedLine = original.split('\n').find((line) => line.includes(`**${vanishing.title}`)) ?? '';
    expect(removedLine).not.toBe('');
    const edited = new TextEncoder().encode(editedDocument(original, removedLine));
    expect(expectOk(service.importCareerPath({ fileName: ROLE_FILE, bytes: edited })).status).toBe('updated');

    const after = expectOk(service.getPlan({ planId: plan.id }));
    expect(after.items).toHaveLength(before.items.length);
    const aPlusAfter = after.items.find((item) => item.id === aPlus.id);
    expect(aPlusAfter).toMatchObject({
      status: 'done',
      completedAt: before.items.find((item) => item.id === aPlus.id)?.completedAt,
      orphaned: false,
    });
    expect(aPlusAfter?.description).toContain('An entry-level IT certification');
    for (const [index, item] of after.items.entries()) {
      const previous = before.items[index];
      if (item.id === vanishing.id) expect(item).toEqual({ ...previous, orphaned: true });
      else
        expect(item, item.title).toMatchObject({
          id: previous?.id,
          orphaned: false,
          dueDate: previous?.dueDate,
        });
    }
    expect(after.done).toBe(1);
    db.close();
  });
});

describe.skipIf(!corpusAvailable)('loading the whole corpus as a library', () => {
  it('imports every role document, refuses the guides, and skips everything on the second run', () => {
    const { db, clock } = harness();
    const results = syncBundledContent(db, corpusDir, clock);
    expect(results.map((entry) => entry.fileName)).toEqual(
      readdirSync(corpusDir)
        .filter((name) => name.endsWith('.md'))
        .sort(),
    );
    const imported = results.filter((entry) => entry.result.ok);
    const refused = results.filter((entry) => !entry.result.ok);
    expect(imported.length).toBeGreaterThanOrEqual(15);
    for (const entry of refused) {
      expect(entry.result.ok ? '' : entry.result.error.code, entry.fileName).toBe('not-a-career-path');
    }

    const again = syncBundledContent(db, corpusDir, clock);
    const statuses = again
      .filter((entry) => entry.result.ok)
      .map((entry) => entry.result.ok && entry.result.value.status);
    expect(new Set(statuses)).toEqual(new Set(['unchanged']));
    expect(statuses).toHaveLength(imported.length);
    db.close();
  });
});
