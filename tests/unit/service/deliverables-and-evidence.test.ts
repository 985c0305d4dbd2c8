import { describe, expect, it } from 'vitest';
import { expectOk } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { trackedPlan, trackingSnapshot } from './tracking-fixtures';

const tempDir = useTempDir();

function setup() {
  const harness = trackedPlan(tempDir());
  return { ...harness, project: harness.item('Build a status page') };
}

const titles = (deliverables: { title: string }[]) => deliverables.map((d) => d.title);

describe('a project’s deliverables', () => {
  it('come from the content, in its order and unticked, when the plan is made', () => {
    const { project, item } = setup();
    expect(project.deliverables.map(({ title, done }) => ({ title, done }))).toEqual([
      { title: 'A public repository with a README', done: false },
      { title: 'A live demo anyone can open', done: false },
      { title: 'A short write-up of what broke and why', done: false },
    ]);
    expect(item('Terminals').deliverables).toEqual([]);
    expect(item('Cloud Basics').deliverables).toEqual([]);
  });

  it('can be ticked, renamed, added at the end and deleted, keeping their order', () => {
    const { service, project } = setup();
    const [repo, demo, writeUp] = project.deliverables;
    if (!repo || !demo || !writeUp) throw new Error('expected three deliverables');

    const ticked = expectOk(service.updateDeliverable({ deliverableId: demo.id, done: true }));
    expect(ticked.deliverables.find((d) => d.id === demo.id)).toEqual({ ...demo, done: true });
    const renamed = expectOk(
      service.updateDeliverable({ deliverableId: repo.id, title: '  A repository  ' }),
    );
    expect(renamed.deliverables[0]).toEqual({ id: repo.id, title: 'A repository', done: false });
    expectOk(service.deleteDeliverable({ deliverableId: writeUp.id }));
    const added = expectOk(service.addDeliverable({ itemId: project.id, title: 'Slides for a meetup' }));
    expect(titles(added.deliverables)).toEqual([
      'A repository',
      'A live demo anyone can open',
      'Slides for a meetup',
    ]);
    expect(added.deliverables.map((d) => d.done)).toEqual([false, true, false]);

    const reloaded = expectOk(service.getPlan({ planId: project.planId })).items.find(
      (i) => i.id === project.id,
    );
    expect(reloaded).toEqual(added);
  });

  it('go with their item when it is deleted', () => {
    const { service, db, project } = setup();
    expectOk(service.deleteItem({ itemId: project.id }));
    expect(db.prepare('SELECT count(*) FROM plan_item_deliverables').pluck().get()).toBe(0);
  });

  it('belong to projects only; unknown ids and empty titles are refused and change nothing', () => {
    const { service, db, project, item } = setup();
    const before = trackingSnapshot({ db });
    expect(service.addDeliverable({ itemId: item('Cloud Basics').id, title: 'Flashcards' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringMatching(/not a project/) },
    });
    expect(service.addDeliverable({ itemId: 424_242, title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(service.updateDeliverable({ deliverableId: 424_242, done: true })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'There is no deliverable with id 424242.' },
    });
    expect(service.deleteDeliverable({ deliverableId: 424_242 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(service.addDeliverable({ itemId: project.id, title: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(
      service.updateDeliverable({ deliverableId: project.deliverables[0]?.id ?? 0, done: 'yes' } as never),
    ).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(trackingSnapshot({ db })).toEqual(before);
  });
});

describe('evidence links', () => {
  it('are added to any item in order with their kind and label, and deleted one by one', () => {
    const { service, project, item } = setup();
    expectOk(
      service.addEvidenceLink({
        itemId: project.id,
        kind: 'repository',
        url: ' https://github.com/me/status-page ',
        label: 'Code',
      }),
    );
    const withDemo = expectOk(
      service.addEvidenceLink({ itemId: project.id, kind: 'demo', url: 'http://status.example.net/' }),
    );
    expect(withDemo.evidence.map(({ kind, url, label }) => ({ kind, url, label }))).toEqual([
      { kind: 'repository', url: 'https://github.com/me/status-page', label: 'Code' },
      { kind: 'demo', url: 'http://status.example.net/', label: '' },
    ]);
    const cert = expectOk(
      service.addEvidenceLink({
        itemId: item('Cloud Basics').id,
        kind: 'other',
        url: 'https://badges.example.org/123',
        label: 'Badge',
      }),
    );
    expect(cert.evidence).toHaveLength(1);

    const remaining = expectOk(service.deleteEvidenceLink({ linkId: withDemo.evidence[0]?.id ?? 0 }));
    expect(remaining.evidence.map((link) => link.kind)).toEqual(['demo']);
    const plan = expectOk(service.getPlan({ planId: project.planId }));
    expect(plan.items.find((i) => i.id === project.id)?.evidence).toEqual(remaining.evidence);
    expect(plan.items.find((i) => i.title === 'Cloud Basics')?.evidence).toEqual(cert.evidence);
  });

  it('must be http(s) addresses without credentials; unknown ids are refused; nothing changes', () => {
    const { service, db, project } = setup();
    const before = trackingSnapshot({ db });
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ftp://example.org/file',
      'https://user:secret@example.org/',
      'not a url',
      `https://example.org/${'x'.repeat(2000)}`,
    ]) {
      expect(service.addEvidenceLink({ itemId: project.id, kind: 'demo', url })).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(
      service.addEvidenceLink({ itemId: project.id, kind: 'video' as never, url: 'https://example.org' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(
      service.addEvidenceLink({ itemId: 77_777, kind: 'demo', url: 'https://example.org' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(service.deleteEvidenceLink({ linkId: 77_777 })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'There is no evidence link with id 77777.' },
    });
    expect(trackingSnapshot({ db })).toEqual(before);
  });
});

describe('snoozing a reminder', () => {
  it('brings the reminder back at the snooze time, even after it already fired', () => {
    const { service, db, project } = setup();
    expectOk(service.updateItem({ itemId: project.id, reminderAt: '2026-03-02T08:30:00.000Z' }));
    db.prepare("UPDATE plan_items SET reminder_notified_at = '2026-03-02T08:30:01.000Z' WHERE id = ?").run(
      project.id,
    );
    const snoozed = expectOk(
      service.snoozeReminder({ itemId: project.id, until: '2026-03-02T11:00:00+01:00' }),
    );
    expect(snoozed).toMatchObject({
      snoozedUntil: '2026-03-02T10:00:00.000Z',
      reminderAt: '2026-03-02T08:30:00.000Z',
    });
    expect(
      db.prepare('SELECT reminder_notified_at FROM plan_items WHERE id = ?').pluck().get(project.id),
    ).toBeNull();
  });

  it('forgets the snooze when the reminder itself is moved, but not for other edits', () => {
    const { service, project } = setup();
    expectOk(service.updateItem({ itemId: project.id, reminderAt: '2026-03-02T08:30:00.000Z' }));
    expectOk(service.snoozeReminder({ itemId: project.id, until: '2026-03-02T10:00:00.000Z' }));
    expect(expectOk(service.updateItem({ itemId: project.id, notes: 'soon' })).snoozedUntil).toBe(
      '2026-03-02T10:00:00.000Z',
    );
    expect(
      expectOk(service.updateItem({ itemId: project.id, reminderAt: '2026-03-03T08:30:00.000Z' }))
        .snoozedUntil,
    ).toBeNull();
  });

  it('refuses a time that has passed, an unknown item and a malformed time, changing nothing', () => {
    const { service, db, clock, project } = setup();
    const before = trackingSnapshot({ db });
    for (const until of [clock.now().toISOString(), '2026-03-01T09:00:00.000Z']) {
      expect(service.snoozeReminder({ itemId: project.id, until })).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument', message: expect.stringMatching(/still to come/) },
      });
    }
    expect(service.snoozeReminder({ itemId: 31_337, until: '2026-03-03T09:00:00.000Z' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(service.snoozeReminder({ itemId: project.id, until: 'tomorrow' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(trackingSnapshot({ db })).toEqual(before);
  });
});
