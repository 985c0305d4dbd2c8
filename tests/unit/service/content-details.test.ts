import { describe, expect, it } from 'vitest';
import { copyContentDetails, findContentDetails } from '../../../electron/backend/repo/content-details';
import { insertPlanItem } from '../../../electron/backend/repo/items';
import { expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { importTrackedRole, trackedRoleMarkdown } from './tracking-fixtures';

const tempDir = useTempDir();

const detailsOf = (harness: ReturnType<typeof serviceHarness>) =>
  Object.fromEntries(
    (
      harness.db.prepare('SELECT key, details_json FROM path_items ORDER BY key').all() as {
        key: string;
        details_json: string;
      }[]
    ).map((row) => [row.key, JSON.parse(row.details_json) as unknown]),
  );

describe('what a plan copies from the content', () => {
  it('is stored for every item of an imported path: level, validity and deliverables', () => {
    const harness = serviceHarness(tempDir());
    importTrackedRole(harness.service);
    expect(detailsOf(harness)).toEqual({
      'tracked-role/certification/cloud-architect': {
        level: 'professional',
        validityYears: null,
        deliverables: [],
      },
      'tracked-role/certification/cloud-basics': {
        level: 'foundational',
        validityYears: 3,
        deliverables: [],
      },
      'tracked-role/project/build-a-status-page': {
        level: null,
        validityYears: null,
        deliverables: [
          'A public repository with a README',
          'A live demo anyone can open',
          'A short write-up of what broke and why',
        ],
      },
      'tracked-role/tool/terminals': { level: null, validityYears: null, deliverables: [] },
    });
  });

  it('follows a re-imported file, without touching plans made before', () => {
    const harness = serviceHarness(tempDir());
    const pathId = importTrackedRole(harness.service);
    const keys = expectOk(harness.service.getPath({ pathId })).items.map((item) => item.key);
    const plan = expectOk(
      harness.service.createPlan({
        name: 'P',
        pathId,
        startDate: '2026-03-02',
        targetDate: '2026-12-31',
        itemKeys: keys,
      }),
    );
    const edited = trackedRoleMarkdown
      .replace('validityYears: 3', 'validityYears: 2')
      .replace('      - A live demo anyone can open\n', '');
    expectOk(
      harness.service.importCareerPath({
        fileName: 'tracked-role.md',
        bytes: new TextEncoder().encode(edited),
      }),
    );

    expect(findContentDetails(harness.db, 'tracked-role/certification/cloud-basics')?.validityYears).toBe(2);
    expect(
      findContentDetails(harness.db, 'tracked-role/project/build-a-status-page')?.deliverables,
    ).toHaveLength(2);
    const kept = expectOk(harness.service.getPlan({ planId: plan.id })).items;
    expect(kept.find((i) => i.title === 'Cloud Basics')?.certification?.validityYears).toBe(3);
    expect(kept.find((i) => i.title === 'Build a status page')?.deliverables).toHaveLength(3);
  });

  it('reads paths stored before details were kept from their stored content', () => {
    const harness = serviceHarness(tempDir());
    importTrackedRole(harness.service);
    harness.db.prepare(`UPDATE path_items SET details_json = '{}'`).run();
    expect(findContentDetails(harness.db, 'tracked-role/certification/cloud-basics')).toEqual({
      level: 'foundational',
      validityYears: 3,
      deliverables: [],
    });
    expect(
      findContentDetails(harness.db, 'tracked-role/project/build-a-status-page')?.deliverables,
    ).toHaveLength(3);
    expect(findContentDetails(harness.db, 'tracked-role/tool/no-such-tool')).toBeNull();
  });

  it('gives validity to certifications and deliverables to projects only, and skips unknown content', () => {
    const harness = serviceHarness(tempDir());
    importTrackedRole(harness.service);
    const planId = Number(
      harness.db
        .prepare(
          `INSERT INTO plans (name, path_id, path_title, start_date, target_date, created_at)
           VALUES ('Bare', 'tracked-role', 'Tracked Role', '2026-03-02', '2026-12-31', '2026-03-02T09:00:00.000Z')`,
        )
        .run().lastInsertRowid,
    );
    const add = (
      kind: 'certification' | 'tool' | 'project' | 'custom',
      contentKey: string | null,
      position: number,
    ) =>
      insertPlanItem(harness.db, {
        plan_id: planId,
        content_key: contentKey,
        kind,
        title: `${kind} ${position}`,
        description: '',
        status: 'todo',
        completed_at: null,
        notes: '',
        due_date: null,
        reminder_at: null,
        reminder_notified_at: null,
        position,
      });
    const cert = add('certification', 'tracked-role/certification/cloud-basics', 0);
    // A project item pointing at a certification's content gets no validity and no deliverables.
    const mismatched = add('project', 'tracked-role/certification/cloud-basics', 1);
    const project = add('project', 'tracked-role/project/build-a-status-page', 2);
    const orphan = add('project', 'tracked-role/project/gone', 3);
    for (const [itemId, key] of [
      [cert, 'tracked-role/certification/cloud-basics'],
      [mismatched, 'tracked-role/certification/cloud-basics'],
      [project, 'tracked-role/project/build-a-status-page'],
      [orphan, 'tracked-role/project/gone'],
    ] as const) {
      copyContentDetails(harness.db, itemId, key);
    }
    const items = expectOk(harness.service.getPlan({ planId })).items;
    expect(items.map((i) => [i.certification?.validityYears ?? null, i.deliverables.length])).toEqual([
      [3, 0],
      [null, 0],
      [null, 3],
      [null, 0],
    ]);
    // Effort came from the content's hours, or the typical effort of the kind.
    expect(items.map((i) => i.effortHours)).toEqual([30, 30, 12, 15]);
  });
});
