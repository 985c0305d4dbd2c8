import { WEEKDAY_NAMES, WEEKDAY_SHORT_NAMES, type ActivityTableRow } from '../lib/activityHeatmap';

/** The heatmap as a plain table, one row per week, newest first. */
export function ActivityTable({ rows }: { rows: readonly ActivityTableRow[] }) {
  return (
    <details className="activity-table">
      <summary>Show as a table</summary>
      <div className="activity-table-scroll">
        <table>
          <caption className="sr-only">Items completed per day, one row per week, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              {WEEKDAY_SHORT_NAMES.map((name, index) => (
                <th key={name} scope="col">
                  <abbr title={WEEKDAY_NAMES[index]}>{name}</abbr>
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.monday} className={row.total === 0 ? 'empty-week' : undefined}>
                <th scope="row">{row.label}</th>
                {row.counts.map((count, index) => (
                  <td key={WEEKDAY_NAMES[index]}>{count === null ? '–' : count}</td>
                ))}
                <td className="week-total">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
