/** The rules of a certification's record: when it expires and when passing finishes the item. */
import { computedExpiry } from '../../../shared/certification';
import type { IsoDateTime } from '../../../shared/domain';
import type { HandlerInput } from './guard';
import type { CertificationEdits, PlanItemRow } from '../repo/items';

export type CertificationChange = Omit<HandlerInput<'updateCertification'>, 'itemId'>;

/**
 * The item's certification columns after `change`. An expiry that differs from the computed one
 * was set by hand and stays; otherwise it follows the earned date and validity, so clearing the
 * earned date clears it. Giving `expiresDate: null` goes back to the computed expiry.
 */
export function applyCertificationChange(
  row: PlanItemRow,
  change: CertificationChange,
  now: IsoDateTime,
): CertificationEdits {
  const examDate = change.examDate === undefined ? row.exam_date : change.examDate;
  const earnedDate = change.earnedDate === undefined ? row.earned_date : change.earnedDate;
  const validityYears = change.validityYears === undefined ? row.validity_years : change.validityYears;
  const result = change.result === undefined ? row.exam_result : change.result;

  const expirySetByHand =
    row.expires_date !== null && row.expires_date !== computedExpiry(row.earned_date, row.validity_years);
  const expiresDate =
    change.expiresDate !== undefined && change.expiresDate !== null
      ? change.expiresDate
      : change.expiresDate === undefined && expirySetByHand
        ? row.expires_date
        : computedExpiry(earnedDate, validityYears);

  // Only a call that records the pass or the date finishes the item, so a person who reopened
  // a passed certification can still edit its booking note without it ticking itself again.
  const recordsPass = change.result !== undefined || change.earnedDate !== undefined;
  const finishes = recordsPass && result === 'passed' && earnedDate !== null && row.status !== 'done';

  return {
    exam_date: examDate,
    // A moved exam date or expiry gets its reminder again.
    exam_notified_at: examDate === row.exam_date ? row.exam_notified_at : null,
    booking_note: change.bookingNote ?? row.booking_note,
    exam_result: result,
    exam_score: change.score ?? row.exam_score,
    earned_date: earnedDate,
    validity_years: validityYears,
    expires_date: expiresDate,
    renewal_notified_at: expiresDate === row.expires_date ? row.renewal_notified_at : null,
    status: finishes ? 'done' : row.status,
    completed_at: finishes ? now : row.completed_at,
  };
}
