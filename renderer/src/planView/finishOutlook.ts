/** When a plan finishes at its budget, said plainly, and whether that makes the target. Pure. */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { IsoDate, ScheduleMode } from '../../../shared/domain';
import { formatDay } from '../lib/dates';
import { days } from './format';

export interface FinishFacts {
  projectedFinish: IsoDate | null;
  targetDate: IsoDate;
  /** Days past the target the budget needs; 0 when it makes it. */
  shortfallDays: number;
  mode: ScheduleMode;
}

export type FinishTone = 'on-track' | 'late' | 'nothing-left';

export interface FinishOutlook {
  tone: FinishTone;
  /** One sentence: the finish, and the target's fate when it has one. */
  sentence: string;
  /** What to do about a missed target; null when nothing needs doing. */
  advice: string | null;
}

export function finishOutlook({
  projectedFinish,
  targetDate,
  shortfallDays,
  mode,
}: FinishFacts): FinishOutlook {
  if (projectedFinish === null) {
    return { tone: 'nothing-left', sentence: 'Nothing is left to schedule.', advice: null };
  }
  const finish = formatDay(projectedFinish);
  if (mode === 'asap') {
    return {
      tone: 'on-track',
      sentence: `As soon as your study time allows: you finish on ${finish}.`,
      advice: null,
    };
  }
  if (shortfallDays > 0) {
    return {
      tone: 'late',
      sentence: `Your target of ${formatDay(targetDate)} is out of reach: at this study time you finish on ${finish}, ${days(shortfallDays)} late.`,
      advice: 'Add study time each week or choose a later target date.',
    };
  }
  const early = differenceInCalendarDays(parseISO(targetDate), parseISO(projectedFinish));
  return {
    tone: 'on-track',
    sentence:
      early <= 0
        ? `You finish on your target date, ${finish}.`
        : `You finish on ${finish}, ${days(early)} before your target.`,
    advice: null,
  };
}
