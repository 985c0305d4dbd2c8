/**
 * Scheduling a large plan through the service, as the app does it: creating a 500-item plan
 * (default order, effort, schedule, every row written in one transaction) and re-planning it
 * from today after a tenth of it is done. Each round uses a fresh database.
 */
import { systemClock } from '../../electron/backend/clock';
import type { Database } from '../../electron/backend/db';
import { createPlannerService } from '../../electron/backend/service';
import type { PlannerService } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { todayIso } from '../../shared/schedule';
import { formatMs, median, timeIt } from './stats';

export interface PlanScheduleBenchOptions {
  /** A new, empty database file for each round. */
  freshDatabase: () => Database;
  itemCount?: number;
  rounds?: number;
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A career path read from its body with `itemCount` certifications, tool groups and projects. */
function largePathDocument(itemCount: number): Uint8Array<ArrayBuffer> {
  const third = Math.ceil(itemCount / 3);
  const bullets = (count: number, line: (n: number) => string) =>
    Array.from({ length: count }, (_, index) => line(index + 1));
  const text = [
    '---',
    'id: bench-large-path',
    'title: Large benchmark path',
    '---',
    '# Large benchmark path',
    '',
    '## Role Definition & Responsibilities:',
    '',
    '### Definition:',
    '* **Definition:** A made-up role with a very long plan, for the benchmark.',
    '',
    '### Certifications:',
    ...bullets(third, (n) => `* **Certificate ${n}:** A certificate to study for.`),
    '',
    '### Tools and Technologies:',
    ...bullets(third, (n) => `* **Tool group ${n}:** Tool ${n}a, Tool ${n}b`),
    '',
    '### Project Ideas:',
    ...bullets(itemCount - 2 * third, (n) => `* **Project ${n}:** A project to build.`),
    '',
  ].join('\n');
  return new TextEncoder().encode(text);
}

function oneRound(service: PlannerService, itemCount: number): { createMs: number; replanMs: number } {
  const { pathId } = unwrap(
    service.importCareerPath({ fileName: 'large.md', bytes: largePathDocument(itemCount) }),
  );
  const itemKeys = unwrap(service.getPath({ pathId })).items.map((item) => item.key);
  if (itemKeys.length !== itemCount)
    throw new Error(`the path has ${itemKeys.length} items, not ${itemCount}`);
  const today = todayIso(systemClock.now());
  const created = timeIt(() =>
    unwrap(
      service.createPlan({
        name: 'Benchmark plan',
        pathId,
        startDate: today,
        targetDate: `${Number(today.slice(0, 4)) + 5}${today.slice(4, 7)}-01`,
        itemKeys,
      }),
    ),
  );
  for (const item of created.result.items.slice(0, itemCount / 10)) {
    unwrap(service.setItemStatus({ itemId: item.id, status: 'done' }));
  }
  const replanned = timeIt(() => unwrap(service.replanFromToday({ planId: created.result.id })));
  return { createMs: created.ms, replanMs: replanned.ms };
}

export function benchPlanSchedule({
  freshDatabase,
  itemCount = 500,
  rounds = 7,
}: PlanScheduleBenchOptions): void {
  const create: number[] = [];
  const replan: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const db = freshDatabase();
    try {
      const figures = oneRound(createPlannerService(db, { clock: systemClock }), itemCount);
      create.push(figures.createMs);
      replan.push(figures.replanMs);
    } finally {
      db.close();
    }
  }
  console.log(
    `schedule a ${itemCount}-item plan through the service (one transaction each, answer included): ` +
      `create ${formatMs(median(create))}, re-plan from today ${formatMs(median(replan))} ` +
      `(median of ${rounds} runs, fresh database each)`,
  );
}
