import { formatHours } from '../planView/format';
import type { ProgressSummary } from '../planView/progress';

/** Items done (announced as they change), skipped items apart, and the hours behind and ahead. */
export function PlanProgress({ progress }: { progress: ProgressSummary }) {
  const { done, skipped, total, percent, completedHours, remainingHours } = progress;
  const width = (count: number) => `${total === 0 ? 0 : (count * 100) / total}%`;
  const toGo = total - done - skipped;
  return (
    <div className="plan-progress">
      <p className="progress-text" aria-live="polite">
        {done} of {total} done
      </p>
      <span className="progress-percent" aria-hidden="true">
        {percent}%
      </span>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label="Plan progress"
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={done}
        aria-valuetext={`${done} done, ${skipped} skipped, ${toGo} to go`}
      >
        <span className="progress-done" style={{ width: width(done) }} />
        <span className="progress-skipped" style={{ width: width(skipped) }} />
      </div>
      <p className="progress-detail">
        {skipped > 0 && (
          <span className="progress-skipped-count">
            <span className="swatch swatch-skipped" aria-hidden="true" />
            {skipped} skipped
          </span>
        )}
        <span>{formatHours(completedHours)} studied</span>
        <span>{formatHours(remainingHours)} to go</span>
      </p>
    </div>
  );
}
