import { describe, expect, it } from 'vitest';
import { expectOk } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { trackedPlan, trackingSnapshot } from './tracking-fixtures';

const tempDir = useTempDir();

function setup() {
  const harness = trackedPlan(tempDir());
  return { ...harness, cert: harness.item('Cloud Basics') };
}

describe('recording a certification exam', () => {
  it('starts with the validity the content gives and nothing recorded yet', () => {
    const { cert, item } = setup();
    expect(cert.certification).toEqual({
      examDate: null,
      bookingNote: '',
      result: null,
      score: '',
      earnedDate: null,
      validityYears: 3,
      expiresDate: null,
    });
    expect(item('Cloud Architect').certification?.validityYears).toBeNull();
    expect(item('Terminals').certification).toBeNull();
    expect(item('Build a status page').certification).toBeNull();
  });

  it('saves the exam date, booking note, result and score, changing only what it is given', () => {
    const { service, cert } = setup();
    expectOk(
      service.updateCertification({
        itemId: cert.id,
        examDate: '2026-05-14',
        bookingNote: 'Voucher EX-123, test centre on Main Street',
      }),
    );
    const updated = expectOk(
      service.updateCertification({ itemId: cert.id, result: 'failed', score: ' 640/1000 ' }),
    );
    expect(updated.certification).toMatchObject({
      examDate: '2026-05-14',
      bookingNote: 'Voucher EX-123, test centre on Main Street',
      result: 'failed',
      score: '640/1000',
    });
    expect(updated.status).toBe('todo');
    expect(expectOk(service.getPlan({ planId: cert.planId })).items.find((i) => i.id === cert.id)).toEqual(
      updated,
    );
  });

  it('marks the item done when the exam is passed with the date it was earned', () => {
    const { service, clock, cert } = setup();
    const passed = expectOk(
      service.updateCertification({
        itemId: cert.id,
        result: 'passed',
        score: '812/1000',
        earnedDate: '2026-05-14',
      }),
    );
    expect(passed).toMatchObject({ status: 'done', completedAt: clock.now().toISOString() });
    expect(passed.certification).toMatchObject({ earnedDate: '2026-05-14', expiresDate: '2029-05-14' });
  });

  it('does not finish the item for a pass without a date, a failed exam, or an edit after reopening it', () => {
    const { service, cert } = setup();
    expect(expectOk(service.updateCertification({ itemId: cert.id, result: 'passed' })).status).toBe('todo');
    expect(
      expectOk(service.updateCertification({ itemId: cert.id, result: 'failed', earnedDate: '2026-05-14' }))
        .status,
    ).toBe('todo');
    expect(expectOk(service.updateCertification({ itemId: cert.id, result: 'passed' })).status).toBe('done');
    expectOk(service.setItemStatus({ itemId: cert.id, status: 'in-progress' }));
    expect(expectOk(service.updateCertification({ itemId: cert.id, bookingNote: 'retake?' })).status).toBe(
      'in-progress',
    );
  });

  it('keeps the first completion time when a done certification is recorded as passed', () => {
    const { service, clock, cert } = setup();
    const done = expectOk(service.setItemStatus({ itemId: cert.id, status: 'done' }));
    clock.advance(86_400_000);
    const passed = expectOk(
      service.updateCertification({ itemId: cert.id, result: 'passed', earnedDate: '2026-03-03' }),
    );
    expect(passed.completedAt).toBe(done.completedAt);
  });
});

describe('when a certification expires', () => {
  it('counts the validity in years from the day it was earned, 29 February included', () => {
    const { service, cert } = setup();
    const leap = expectOk(service.updateCertification({ itemId: cert.id, earnedDate: '2028-02-29' }));
    expect(leap.certification?.expiresDate).toBe('2031-02-28');
    const fourYears = expectOk(service.updateCertification({ itemId: cert.id, validityYears: 4 }));
    expect(fourYears.certification?.expiresDate).toBe('2032-02-29');
  });

  it('has no expiry without validity, and clearing the earned date clears a computed expiry', () => {
    const { service, cert } = setup();
    expectOk(service.updateCertification({ itemId: cert.id, earnedDate: '2026-06-01' }));
    const noValidity = expectOk(service.updateCertification({ itemId: cert.id, validityYears: null }));
    expect(noValidity.certification).toMatchObject({ validityYears: null, expiresDate: null });
    expectOk(service.updateCertification({ itemId: cert.id, validityYears: 2 }));
    const cleared = expectOk(service.updateCertification({ itemId: cert.id, earnedDate: null }));
    expect(cleared.certification).toMatchObject({ earnedDate: null, validityYears: 2, expiresDate: null });
  });

  it('keeps an expiry set by hand through later changes, until it is cleared back to the computed one', () => {
    const { service, cert } = setup();
    expectOk(service.updateCertification({ itemId: cert.id, earnedDate: '2026-06-01' }));
    const byHand = expectOk(service.updateCertification({ itemId: cert.id, expiresDate: '2028-12-31' }));
    expect(byHand.certification?.expiresDate).toBe('2028-12-31');
    expectOk(service.updateCertification({ itemId: cert.id, earnedDate: '2026-07-01', validityYears: 5 }));
    expect(
      expectOk(service.updateCertification({ itemId: cert.id, earnedDate: null })).certification,
    ).toMatchObject({
      earnedDate: null,
      expiresDate: '2028-12-31',
    });
    expectOk(service.updateCertification({ itemId: cert.id, earnedDate: '2026-07-01' }));
    const computed = expectOk(service.updateCertification({ itemId: cert.id, expiresDate: null }));
    expect(computed.certification?.expiresDate).toBe('2031-07-01');
  });

  it('lets the exam and renewal reminders fire again when their dates move, and only then', () => {
    const { service, db, cert } = setup();
    expectOk(
      service.updateCertification({ itemId: cert.id, examDate: '2026-05-14', earnedDate: '2026-05-14' }),
    );
    db.prepare(
      "UPDATE plan_items SET exam_notified_at = '2026-05-13T07:00:00.000Z', renewal_notified_at = '2029-02-13T07:00:00.000Z' WHERE id = ?",
    ).run(cert.id);
    const notified = () =>
      db.prepare('SELECT exam_notified_at, renewal_notified_at FROM plan_items WHERE id = ?').get(cert.id);

    expectOk(service.updateCertification({ itemId: cert.id, bookingNote: 'Room 4', examDate: '2026-05-14' }));
    expect(notified()).toEqual({
      exam_notified_at: '2026-05-13T07:00:00.000Z',
      renewal_notified_at: '2029-02-13T07:00:00.000Z',
    });
    expectOk(service.updateCertification({ itemId: cert.id, examDate: '2026-05-20' }));
    expect(notified()).toEqual({ exam_notified_at: null, renewal_notified_at: '2029-02-13T07:00:00.000Z' });
    expectOk(service.updateCertification({ itemId: cert.id, validityYears: 2 }));
    expect(notified()).toEqual({ exam_notified_at: null, renewal_notified_at: null });
  });
});

describe('refused certification changes', () => {
  it('refuses items that are not certifications, and unknown ids, changing nothing', () => {
    const { service, db, item } = setup();
    const before = trackingSnapshot({ db });
    const tool = service.updateCertification({ itemId: item('Terminals').id, examDate: '2026-05-14' });
    expect(tool).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!tool.ok && tool.error.message).toMatch(/"Terminals" is not a certification/);
    expect(service.updateCertification({ itemId: 999_999, examDate: '2026-05-14' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'There is no plan item with id 999999.' },
    });
    expect(trackingSnapshot({ db })).toEqual(before);
  });

  it('refuses an expiry before the date earned, and malformed values, changing nothing', () => {
    const { service, db, cert } = setup();
    expectOk(service.updateCertification({ itemId: cert.id, earnedDate: '2026-06-01' }));
    const before = trackingSnapshot({ db });
    expect(service.updateCertification({ itemId: cert.id, expiresDate: '2026-05-31' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringMatching(/expiry date must come after/) },
    });
    for (const bad of [
      { validityYears: 0 },
      { validityYears: 2.5 },
      { earnedDate: '2026-02-30' },
      { result: 'maybe' },
      { score: 'x'.repeat(51) },
      { bookingNote: 'x'.repeat(501) },
    ]) {
      expect(service.updateCertification({ itemId: cert.id, ...bad } as never)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(trackingSnapshot({ db })).toEqual(before);
  });
});
