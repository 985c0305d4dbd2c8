import { useRef, useState, type KeyboardEvent } from 'react';
import {
  HEAT_LEVELS,
  WEEKDAY_NAMES,
  WEEKDAY_SHORT_NAMES,
  lastDayPosition,
  moveInGrid,
  type GridPosition,
  type HeatmapWeek,
} from '../lib/activityHeatmap';

/** Weekday labels shown beside the grid; every row keeps its name for screen readers. */
const VISIBLE_WEEKDAY_LABELS = new Set([0, 2, 4]);

function samePosition(a: GridPosition | null, b: GridPosition): boolean {
  return a !== null && a.week === b.week && a.day === b.day;
}

/**
 * Items completed per day as a grid of weeks (columns) by weekdays (rows). One Tab stop:
 * arrow keys move a day or a week, Home and End jump to the oldest and newest week.
 */
export function ActivityHeatmap({
  weeks,
  label,
  describedBy,
}: {
  weeks: readonly HeatmapWeek[];
  label: string;
  describedBy: string;
}) {
  const [active, setActive] = useState<GridPosition | null>(null);
  const [shown, setShown] = useState<GridPosition | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const tabStop = active ?? lastDayPosition(weeks);
  const shownCell = shown === null ? null : (weeks[shown.week]?.days[shown.day] ?? null);

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (tabStop === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = moveInGrid(weeks, tabStop, event.key);
    if (target === null) return;
    event.preventDefault();
    setActive(target);
    setShown(target);
    table.current?.querySelector<HTMLElement>(`[data-cell="${target.week}-${target.day}"]`)?.focus();
  }

  return (
    <div className="heatmap">
      <div className="heatmap-scroll">
        <table
          ref={table}
          role="grid"
          className="heatmap-grid"
          aria-label={label}
          aria-describedby={describedBy}
          onKeyDown={onKeyDown}
        >
          {/* Month names are for the eye; every cell's own label names its date. */}
          <thead aria-hidden="true">
            <tr>
              <td />
              {weeks.map((week) => (
                <td key={week.monday} className="month-label">
                  {week.monthLabel !== null && <span>{week.monthLabel}</span>}
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAY_NAMES.map((weekday, day) => (
              <tr key={weekday}>
                <th scope="row" className={VISIBLE_WEEKDAY_LABELS.has(day) ? 'weekday' : 'weekday quiet'}>
                  <span aria-hidden="true">{WEEKDAY_SHORT_NAMES[day]}</span>
                  <span className="sr-only">{weekday}</span>
                </th>
                {weeks.map((week, weekIndex) => {
                  const cell = week.days[day] ?? null;
                  if (cell === null) return <td key={week.monday} className="heat-cell future" />;
                  const position = { week: weekIndex, day };
                  return (
                    <td
                      key={week.monday}
                      role="gridcell"
                      data-cell={`${weekIndex}-${day}`}
                      className={`heat-cell heat-${cell.level}`}
                      tabIndex={samePosition(tabStop, position) ? 0 : -1}
                      aria-label={cell.label}
                      title={cell.label}
                      onFocus={() => {
                        setActive(position);
                        setShown(position);
                      }}
                      onMouseEnter={() => setShown(position)}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="heatmap-footer">
        <p className="heatmap-readout" aria-hidden="true">
          {shownCell === null ? 'Point at or move to a day to see its count.' : shownCell.label}
        </p>
        <p className="heatmap-legend">
          <span className="sr-only">Colours: </span>
          <span aria-hidden="true">Fewer</span>
          {HEAT_LEVELS.map((step) => (
            <span key={step.level} className={`heat-swatch heat-${step.level}`} title={step.label}>
              <span className="sr-only">{step.label}</span>
            </span>
          ))}
          <span aria-hidden="true">More</span>
        </p>
      </div>
    </div>
  );
}
