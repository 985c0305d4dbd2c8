import type { ToolGroup } from '../../../shared/domain';
import { formatHours } from './pathDisplay';

function ToolGroupEntry({ group }: { group: ToolGroup }) {
  return (
    <li className="plan-entry">
      <div className="plan-entry-head">
        <h3>{group.name}</h3>
      </div>
      {group.starter !== null && (
        <p className="tool-starter">
          Start with <strong>{group.starter}</strong>
          {group.hours !== null && <span className="muted">: {formatHours(group.hours)} to get going</span>}
        </p>
      )}
      <ul className="tool-chips" aria-label={`Tools for ${group.name}`}>
        {group.tools.map((tool) => (
          <li key={tool} className={tool === group.starter ? 'tool-chip starter' : 'tool-chip'}>
            {tool}
            {tool === group.starter && <span className="sr-only"> (start here)</span>}
          </li>
        ))}
      </ul>
      {group.starter === null && group.hours !== null && (
        <p className="muted small">{formatHours(group.hours)} to get going</p>
      )}
    </li>
  );
}

/** The tools of a path that gives them as structured data, with the one to learn first. */
export function ToolGroupList({ toolGroups }: { toolGroups: ToolGroup[] }) {
  if (toolGroups.length === 0) return null;
  return (
    <section className="path-section plan-data-section" aria-labelledby="path-tools">
      <h2 id="path-tools">
        Tools to learn <span className="count">{toolGroups.length}</span>
      </h2>
      <p className="muted">You do not need every tool: start with the highlighted one in each group.</p>
      <ul className="plan-entries">
        {toolGroups.map((group) => (
          <ToolGroupEntry key={group.name} group={group} />
        ))}
      </ul>
    </section>
  );
}
