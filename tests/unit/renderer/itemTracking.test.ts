import { describe, expect, it, vi } from 'vitest';
import type { PlanItem } from '../../../shared/domain';
import { fail, ok } from '../../../shared/result';
import {
  activeSnooze,
  canSnooze,
  computedExpiry,
  evidenceText,
  evidenceUrlProblem,
  parseEffortHours,
  renewalReminderDate,
} from '../../../renderer/src/lib/itemTrackingView';
import { createItemTracking, type ItemTrackingApi } from '../../../renderer/src/stores/itemTracking';
import { planItem } from './fixtures';

function unusedApi(): ItemTrackingApi {
  const never = async () => fail('internal', 'not expected in this test');
  return {
    updateCertification: never,
    addDeliverable: never,
    updateDeliverable: never,
    deleteDeliverable: never,
    addEvidenceLink: never,
    deleteEvidenceLink: never,
    snoozeReminder: never,
  };
}

describe('a certification record', () => {
  it('expires its validity in years after it was earned; a 29 February pass expires on the 28th', () => {
    expect(computedExpiry('2025-11-04', 3)).toBe('2028-11-04');
    expect(computedExpiry('2024-02-29', 1)).toBe('2025-02-28');
    expect(computedExpiry(null, 3)).toBeNull();
    expect(computedExpiry('2025-11-04', null)).toBeNull();
  });

  it('is reminded for renewal the set number of days before it expires', () => {
    expect(renewalReminderDate('2028-11-04', 90)).toBe('2028-08-06');
    expect(renewalReminderDate('2028-03-01', 1)).toBe('2028-02-29');
    expect(renewalReminderDate(null, 90)).toBeNull();
  });
});

describe('evidence links', () => {
  it('must be full http(s) addresses', () => {
    expect(evidenceUrlProblem('  ')).toBe('Enter the address of your work.');
    expect(evidenceUrlProblem('github.com/me/lab')).toMatch(/starting with https:\/\//);
    expect(evidenceUrlProblem('javascript:alert(1)')).toMatch(/starting with https:\/\//);
    expect(evidenceUrlProblem('https://me:secret@example.com/')).toBe(
      'That is not a web address StudyPath can open.',
    );
    expect(evidenceUrlProblem(' https://github.com/me/home-lab ')).toBeNull();
  });

  it('show their label, or the address without its scheme', () => {
    expect(evidenceText({ url: 'https://github.com/me/lab/', label: '' })).toBe('github.com/me/lab');
    expect(evidenceText({ url: 'https://github.com/me/lab', label: ' Home lab ' })).toBe('Home lab');
  });
});

describe('snoozing', () => {
  const now = new Date('2025-11-04T10:00:00.000Z');

  it('is offered for unfinished items with a reminder', () => {
    const reminder = { reminderAt: '2025-11-04T09:00:00.000Z', snoozedUntil: null };
    expect(canSnooze({ status: 'todo', ...reminder })).toBe(true);
    expect(canSnooze({ status: 'in-progress', ...reminder })).toBe(true);
    expect(canSnooze({ status: 'done', ...reminder })).toBe(false);
    expect(canSnooze({ status: 'skipped', ...reminder })).toBe(false);
    expect(canSnooze({ status: 'todo', reminderAt: null, snoozedUntil: null })).toBe(false);
  });

  it('says until when only while the snooze still holds the reminder back', () => {
    const until = '2025-11-04T11:00:00.000Z';
    expect(activeSnooze({ reminderAt: '2025-11-04T09:00:00.000Z', snoozedUntil: until }, now)).toBe(until);
    // The reminder itself is later than the snooze, so the snooze changes nothing.
    expect(activeSnooze({ reminderAt: '2025-11-05T09:00:00.000Z', snoozedUntil: until }, now)).toBeNull();
    expect(activeSnooze({ reminderAt: null, snoozedUntil: '2025-11-04T09:59:00.000Z' }, now)).toBeNull();
  });

  it('sends the time the shared snooze rule gives, and says so', async () => {
    const snoozed = planItem({ id: 4, title: 'CompTIA A+', snoozedUntil: '2025-11-04T10:10:00.000Z' });
    const snoozeReminder = vi.fn(async () => ok(snoozed));
    const notify = vi.fn();
    const applyItem = vi.fn();
    const tracking = createItemTracking({
      api: { ...unusedApi(), snoozeReminder },
      notify,
      applyItem,
      now: () => now,
    });

    expect(await tracking.snooze(4, '10-minutes')).toBe(true);
    expect(snoozeReminder).toHaveBeenCalledWith({ itemId: 4, until: '2025-11-04T10:10:00.000Z' });
    expect(applyItem).toHaveBeenCalledWith(snoozed);
    expect(notify).toHaveBeenCalledWith(
      'success',
      expect.stringMatching(/^Reminder for “CompTIA A\+” snoozed until/),
    );
  });
});

describe('saving tracking changes', () => {
  it('shows the item the back end returns', async () => {
    const updated: PlanItem = planItem({
      id: 9,
      kind: 'project',
      deliverables: [{ id: 1, title: 'Diagram', done: true }],
    });
    const updateDeliverable = vi.fn(async () => ok(updated));
    const applyItem = vi.fn();
    const tracking = createItemTracking({
      api: { ...unusedApi(), updateDeliverable },
      notify: vi.fn(),
      applyItem,
    });

    expect(await tracking.setDeliverableDone(1, true)).toBe(true);
    expect(updateDeliverable).toHaveBeenCalledWith({ deliverableId: 1, done: true });
    expect(applyItem).toHaveBeenCalledWith(updated);
  });

  it('says why a change was refused and leaves the item as it was', async () => {
    const notify = vi.fn();
    const applyItem = vi.fn();
    const tracking = createItemTracking({
      api: {
        ...unusedApi(),
        updateCertification: async () =>
          fail('invalid-argument', 'The expiry date must come after the date the certification was earned.'),
      },
      notify,
      applyItem,
    });

    expect(await tracking.updateCertification(3, { expiresDate: '2020-01-01' })).toBe(false);
    expect(notify).toHaveBeenCalledWith(
      'error',
      'The expiry date must come after the date the certification was earned.',
    );
    expect(applyItem).not.toHaveBeenCalled();
  });

  it('reports a lost connection instead of failing silently', async () => {
    const notify = vi.fn();
    const tracking = createItemTracking({
      api: {
        ...unusedApi(),
        addEvidenceLink: async () => {
          throw new Error('connection refused');
        },
      },
      notify,
      applyItem: vi.fn(),
    });
    expect(await tracking.addEvidenceLink(3, { kind: 'demo', url: 'https://example.com' })).toBe(false);
    expect(notify).toHaveBeenCalledWith('error', 'Not saved: connection refused');
  });
});

describe('the effort estimate', () => {
  it('takes hours with a point or a comma', () => {
    expect(parseEffortHours('12')).toEqual({ hours: 12 });
    expect(parseEffortHours(' 1,5 ')).toEqual({ hours: 1.5 });
  });

  it('refuses what the schedule cannot use', () => {
    expect(parseEffortHours('')).toHaveProperty('problem');
    expect(parseEffortHours('ten')).toHaveProperty('problem');
    expect(parseEffortHours('0')).toEqual({ problem: 'An estimate is between 0.25 and 2000 hours.' });
    expect(parseEffortHours('5000')).toHaveProperty('problem');
  });
});
