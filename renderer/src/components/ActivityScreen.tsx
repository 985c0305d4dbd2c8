import { useEffect, useId, useMemo } from 'react';
import { useStore } from 'zustand';
import type { ActivitySummary } from '../../../shared/domain';
import { activityStore } from '../app/trackingStores';
import {
  activitySentence,
  activityTableRows,
  heatmapWeeks,
  hoursDisplay,
  itemCount,
  streakDisplay,
} from '../lib/activityHeatmap';
import { ACTIVITY_WEEKS } from '../stores/activityStore';
import '../styles/activity.css';
import { ActivityHeatmap } from './ActivityHeatmap';
import { ActivityTable } from './ActivityTable';
import { LoadError, Loading } from './LoadState';
import { ScreenHeading } from './ScreenHeading';

function Stat({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="stat card">
      <dt>{label}</dt>
      <dd className="stat-value">{value}</dd>
      <dd className="stat-hint">{hint}</dd>
    </div>
  );
}

function ActivityStats({ summary }: { summary: ActivitySummary }) {
  const current = streakDisplay(summary.currentWeeklyStreak);
  const longest = streakDisplay(summary.longestWeeklyStreak);
  return (
    <dl className="activity-stats">
      <Stat label="Current weekly streak" value={current.value} hint={current.hint} />
      <Stat label="Longest weekly streak" value={longest.value} hint="Your best run so far." />
      <Stat
        label="Items completed"
        value={itemCount(summary.completedItems)}
        hint="Across every plan, all time."
      />
      <Stat
        label="Study completed"
        value={hoursDisplay(summary.completedHours)}
        hint="The estimated effort of the items you finished."
      />
    </dl>
  );
}

/** How steadily the person studies: items done per day, weekly streaks and hours behind them. */
export function ActivityScreen() {
  const summary = useStore(activityStore, (s) => s.summary);
  const status = useStore(activityStore, (s) => s.status);
  const error = useStore(activityStore, (s) => s.error);
  const sentenceId = useId();

  useEffect(() => {
    void activityStore.getState().load();
    return activityStore.getState().follow();
  }, []);

  const weeks = useMemo(() => (summary === null ? [] : heatmapWeeks(summary.days)), [summary]);

  if (status === 'error' && error !== null && summary === null)
    return <LoadError title="Your activity could not be read" message={error} />;

  return (
    <div className="screen activity-screen">
      <header className="screen-header">
        <div>
          <ScreenHeading>Activity</ScreenHeading>
          <p className="lead">What you have finished, across every plan.</p>
        </div>
      </header>
      {summary === null ? (
        <Loading label="Loading your activity" />
      ) : (
        <>
          <ActivityStats summary={summary} />
          <section className="card activity-section" aria-labelledby="activity-heatmap-heading">
            <h2 id="activity-heatmap-heading">Items completed per day</h2>
            <p id={sentenceId} className="activity-sentence">
              {activitySentence(summary.days, ACTIVITY_WEEKS)}
            </p>
            <ActivityHeatmap
              weeks={weeks}
              label={`Items completed per day over the last ${ACTIVITY_WEEKS} weeks`}
              describedBy={sentenceId}
            />
            <ActivityTable rows={activityTableRows(weeks)} />
          </section>
        </>
      )}
    </div>
  );
}
