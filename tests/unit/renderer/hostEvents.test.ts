import { describe, expect, it, vi } from 'vitest';
import { handleHostEvent, refreshTargetsFor } from '../../../renderer/src/stores/hostEvents';

describe('keeping screens up to date after the back end changes data', () => {
  it('ticking an item refreshes the plan, the plan list and the reminders, not the library', () => {
    expect(refreshTargetsFor(['plans', 'items', 'reminders']).sort()).toEqual([
      'currentPlan',
      'plans',
      'reminders',
    ]);
  });

  it('importing a path refreshes the library and the open path', () => {
    expect(refreshTargetsFor(['paths'])).toEqual(['library', 'path']);
  });

  it('an event that changed nothing refreshes nothing', () => {
    expect(refreshTargetsFor([])).toEqual([]);
  });

  it('a reminder click opens that plan focused on the item', () => {
    const focusItem = vi.fn();
    handleHostEvent(
      { type: 'focus-item', planId: 3, itemId: 7 },
      { refresh: vi.fn(), focusItem, notify: vi.fn() },
    );
    expect(focusItem).toHaveBeenCalledWith(3, 7);
  });

  it('a notification becomes a toast that can open its item, or a plain one for a summary', () => {
    const notify = vi.fn();
    const handlers = { refresh: vi.fn(), focusItem: vi.fn(), notify };
    handleHostEvent(
      { type: 'notification', title: 'Due', body: 'CompTIA A+', planId: 1, itemId: 2 },
      handlers,
    );
    handleHostEvent(
      { type: 'notification', title: '3 reminders', body: 'while away', planId: null, itemId: null },
      handlers,
    );
    expect(notify.mock.calls).toEqual([
      ['Due', 'CompTIA A+', { planId: 1, itemId: 2 }],
      ['3 reminders', 'while away', null],
    ]);
  });
});
