/** A certification's expiry, worked out the same way by the back end and the item details. Pure. */
import { addYears } from 'date-fns';
import type { IsoDate } from './domain';
import { formatIsoDate, parseIsoDate } from './schedule';

/** earnedDate + validityYears; a certificate earned on 29 February expires on the 28th. */
export function computedExpiry(earnedDate: IsoDate | null, validityYears: number | null): IsoDate | null {
  if (earnedDate === null || validityYears === null) return null;
  return formatIsoDate(addYears(parseIsoDate(earnedDate), validityYears));
}
