/**
 * A back end killed with SIGKILL in the middle of a burst of writes loses none that it
 * acknowledged: after every restart each item holds the latest acknowledged status, note and
 * reminder (or the one write that was committed while its acknowledgement was being sent), the
 * database passes SQLite's integrity check, and the dead holder's folder lock does not block
 * the restart.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemStatus, PathDetail, PathSummary, PlanDetail } from '../../shared/domain';
import { bundledContentDir } from '../helpers/corpus';
import { useTempDir } from '../helpers/temp-dir';
import { BackendProcess, buildBackendChild, type Answer, type ReadyReport } from './crash/backend-process';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 24);
const WRITES_PER_BURST = 300;

const tempDir = useTempDir('studypath-crash-');

type Write =
  | { method: 'setItemStatus'; input: { itemId: number; status: ItemStatus } }
  | { method: 'updateItem'; input: { itemId: number; notes: string } }
  | { method: 'updateItem'; input: { itemId: number; reminderAt: string | null } };

/** The fields the bursts write, per item: `${itemId} status` and so on. */
type Fields = Map<string, unknown>;

function writeArbitrary(itemIds: number[]): fc.Arbitrary<Write> {
  const itemId = fc.constantFrom(...itemIds);
  const instant = fc
    .date({
      min: new Date('2027-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString());
  return fc.oneof(
    fc
      .record({ itemId, status: fc.constantFrom<ItemStatus>('todo', 'in-progress', 'done') })
      .map((input) => ({ method: 'setItemStatus' as const, input })),
    fc
      .record({ itemId, notes: fc.string({ maxLength: 300, unit: 'grapheme' }) })
      .map((input) => ({ method: 'updateItem' as const, input })),
    fc
      .record({ itemId, reminderAt: fc.option(instant, { nil: null }) })
      .map((input) => ({ method: 'updateItem' as const, input })),
  );
}

function applyWrites(start: Fields, writes: readonly Write[]): Fields {
  const fields = new Map(start);
  for (const { input } of writes) {
    if ('status' in input) fields.set(`${input.itemId} status`, input.status);
    if ('notes' in input) fields.set(`${input.itemId} notes`, input.notes);
    if ('reminderAt' in input) fields.set(`${input.itemId} reminderAt`, input.reminderAt);
  }
  return fields;
}

function fieldsOf(plan: PlanDetail): Fields {
  const fields: Fields = new Map();
  for (const item of plan.items) {
    fields.set(`${item.id} status`, item.status);
    fields.set(`${item.id} notes`, item.notes);
    fields.set(`${item.id} reminderAt`, item.reminderAt);
  }
  return fields;
}

function valueOf<T>(answer: Answer): T {
  if (!answer.ok) throw new Error(`request ${answer.id} failed: ${answer.error}`);
  return answer.value as T;
}

function expectCleanStart(ready: ReadyReport): void {
  // A notice would mean start-up recovery replaced a damaged database.
  expect(ready.startupNotice).toBeNull();
  expect(ready.integrity).toBe('ok');
}

/** Sends the whole burst at once and SIGKILLs the child once `killAfter` answers have come back. */
async function burstThenKill(
  backend: BackendProcess,
  writes: readonly Write[],
  killAfter: number,
): Promise<Answer[]> {
  const answers: Answer[] = [];
  const killed = new Promise<void>((resolve, reject) => {
    backend.onAnswer((answer) => {
      answers.push(answer);
      if (answers.length === killAfter) resolve(backend.kill());
    });
    void backend
      .whenExited()
      .then(() => reject(new Error(`the back end died on its own\n${backend.errorOutput()}`)));
  });
  for (const write of writes) backend.send(write.method, write.input);
  await killed;
  return answers;
}

describe('crash safety of acknowledged writes', () => {
  it('keeps every acknowledged tick, status, note and reminder through repeated SIGKILLs mid-burst', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const contentDir = join(dir, 'content');
    mkdirSync(contentDir);
    copyFileSync(join(bundledContentDir, 'support-engineer.md'), join(contentDir, 'support-engineer.md'));
    const seed = Math.floor(Math.random() * 2 ** 31);
    const child = await buildBackendChild(join(dir, 'child'));

    let { process: backend, ready } = await BackendProcess.start(child, dataDir, contentDir);
    expectCleanStart(ready);
    const [path] = valueOf<PathSummary[]>(await backend.call('listPaths', {}));
    const detail = valueOf<PathDetail>(await backend.call('getPath', { pathId: path?.id }));
    const created = valueOf<PlanDetail>(
      await backend.call('createPlan', {
        name: 'Through thick and thin',
        pathId: detail.id,
        startDate: '2026-03-02',
        targetDate: '2026-12-31',
        itemKeys: detail.items.map((item) => item.key),
      }),
    );
    const itemIds = created.items.map((item) => item.id);
    expect(itemIds.length).toBeGreaterThan(3);
    let fields = fieldsOf(created);

    let acknowledgedWrites = 0;
    let roundsKilledMidBurst = 0;
    const bursts = fc.sample(
      fc.array(writeArbitrary(itemIds), { minLength: WRITES_PER_BURST, maxLength: WRITES_PER_BURST }),
      {
        seed,
        numRuns: ROUNDS,
      },
    );
    const killPoints = fc.sample(fc.integer({ min: 1, max: WRITES_PER_BURST / 2 }), {
      seed: seed + 1,
      numRuns: ROUNDS,
    });

    for (const [round, writes] of bursts.entries()) {
      const context = `seed ${seed}, round ${round + 1}`;
      const answers = await burstThenKill(backend, writes, killPoints[round] ?? 1);
      // Requests are answered in order, so the acknowledged ones are a prefix of the burst.
      expect(
        answers.map((answer) => answer.id),
        context,
      ).toEqual(answers.map((_, index) => answers[0]!.id + index));
      expect(
        answers.filter((answer) => !answer.ok),
        context,
      ).toEqual([]);
      const acknowledged = answers.length;
      if (acknowledged < writes.length) roundsKilledMidBurst += 1;

      ({ process: backend, ready } = await BackendProcess.start(child, dataDir, contentDir));
      expectCleanStart(ready);
      const stored = fieldsOf(valueOf<PlanDetail>(await backend.call('getPlan', { planId: created.id })));
      // The child may have committed the next write and died before acknowledging it.
      const candidates = [acknowledged, acknowledged + 1]
        .filter((count) => count <= writes.length)
        .map((count) => applyWrites(fields, writes.slice(0, count)));
      const match = candidates.find(
        (candidate) => fc.stringify([...candidate]) === fc.stringify([...stored]),
      );
      if (match === undefined) {
        expect(stored, `${context}: acknowledged writes missing after the restart`).toEqual(candidates[0]);
      }
      fields = stored;
      acknowledgedWrites += acknowledged;
    }
    await backend.stop();

    const check = new BetterSqlite3(join(dataDir, 'studypath.sqlite'), { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    expect(roundsKilledMidBurst, 'the kill must land while writes are still arriving').toBeGreaterThanOrEqual(
      ROUNDS / 2,
    );
    console.log(
      `crash test: ${ROUNDS} kill/restart rounds, ${acknowledgedWrites} acknowledged writes checked, all present`,
    );
  }, 180_000);
});
