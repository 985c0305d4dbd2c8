/** Date formatting for display. Dates travel as `yyyy-MM-dd` (local) and instants as ISO UTC. */
import { addMonths, format, isValid, parseISO } from 'date-fns';
import type { IsoDate, IsoDateTime } from '../../../shared/domain';

export function formatDay(date: IsoDate): string {
  const parsed = parseISO(date);
  return isValid(parsed) ? format(parsed, 'd MMM yyyy') : date;
}

export function formatInstant(instant: IsoDateTime): string {
  const parsed = new Date(instant);
  return isValid(parsed) ? format(parsed, 'd MMM yyyy, HH:mm') : instant;
}

/** The value a `<input type="datetime-local">` shows for an instant, in local time. */
export function toDateTimeLocalValue(instant: IsoDateTime | null): string {
  if (instant === null) return '';
  const parsed = new Date(instant);
  return isValid(parsed) ? format(parsed, "yyyy-MM-dd'T'HH:mm") : '';
}

/** A datetime-local value is local wall-clock time; the back end stores the UTC instant. */
export function fromDateTimeLocalValue(value: string): IsoDateTime | null {
  if (value === '') return null;
  const parsed = new Date(value);
  return isValid(parsed) ? parsed.toISOString() : null;
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
}

export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  return format(addMonths(parseISO(date), months), 'yyyy-MM-dd');
}

/** The local calendar day of an instant, e.g. when an item was completed. */
export function formatInstantDay(instant: IsoDateTime): string {
  const parsed = new Date(instant);
  return isValid(parsed) ? format(parsed, 'd MMM yyyy') : instant;
}
