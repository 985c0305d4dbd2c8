import type { PlanItem } from '../../../shared/domain';
import { SNOOZE_OPTIONS } from '../../../shared/snooze';
import { itemTracking } from '../app/trackingStores';
import { formatInstant } from '../lib/dates';
import { activeSnooze, canSnooze } from '../lib/itemTrackingView';

/** Puts an item's reminder off for a while; the same choices as the notification's buttons. */
export function SnoozeButtons({ item }: { item: PlanItem }) {
  if (!canSnooze(item)) return null;
  const snoozedUntil = activeSnooze(item, new Date());
  return (
    <div className="snooze">
      <div className="inline-controls" role="group" aria-label={`Snooze the reminder for ${item.title}`}>
        {SNOOZE_OPTIONS.map((option) => (
          <button
            key={option.choice}
            type="button"
            className="button small"
            onClick={() => void itemTracking.snooze(item.id, option.choice)}
          >
            {option.label}
          </button>
        ))}
      </div>
      {snoozedUntil !== null && (
        <p className="field-hint snoozed-until">Snoozed until {formatInstant(snoozedUntil)}.</p>
      )}
    </div>
  );
}
