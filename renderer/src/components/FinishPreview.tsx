import type { IsoDate, ScheduleMode } from '../../../shared/domain';
import type { SchedulePreview } from '../newPlan/schedulePreview';
import { finishOutlook } from '../planView/finishOutlook';
import { formatHours } from '../planView/format';

/** The projected finish of a schedule being edited, recomputed as the person types. */
export function FinishPreview({
  id,
  result,
  targetDate,
  mode,
  waitingFor,
}: {
  id: string;
  result: { ok: true; preview: SchedulePreview } | { ok: false; problem: string } | null;
  targetDate: IsoDate;
  mode: ScheduleMode;
  /** Said while `result` is null: what is missing before a finish can be worked out. */
  waitingFor: string;
}) {
  let tone = 'pending';
  let sentence = waitingFor;
  let detail: string | null = null;
  if (result !== null && !result.ok) {
    tone = 'late';
    sentence = result.problem;
  } else if (result !== null) {
    const outlook = finishOutlook({
      projectedFinish: result.preview.projectedFinish,
      targetDate,
      shortfallDays: result.preview.targetShortfallDays,
      mode,
    });
    tone = outlook.tone;
    sentence = outlook.sentence;
    detail = [
      result.preview.totalHours > 0 ? `${formatHours(result.preview.totalHours)} of study to plan.` : null,
      outlook.advice,
    ]
      .filter((part) => part !== null)
      .join(' ');
  }
  return (
    <div id={id} className={`finish-preview tone-${tone}`} role="status">
      <p className="finish-sentence">
        {tone === 'late' && <span aria-hidden="true">⚠ </span>}
        {sentence}
      </p>
      {detail !== null && detail !== '' && <p className="finish-detail">{detail}</p>}
    </div>
  );
}
