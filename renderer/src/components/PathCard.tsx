import type { PathSummary } from '../../../shared/domain';
import { routeToHash } from '../navigation/routes';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * One path in the library; the whole card follows its title link. Imported paths can be
 * removed (`onRemove`); bundled ones come with the app and stay.
 */
export function PathCard({ path, onRemove }: { path: PathSummary; onRemove?: (path: PathSummary) => void }) {
  return (
    <article className="path-card">
      <div className="path-card-top">
        <h2 className="path-card-title">
          <a href={routeToHash({ screen: 'path', pathId: path.id })}>{path.title}</a>
        </h2>
        <span className={`badge badge-${path.source}`}>
          {path.source === 'bundled' ? 'Bundled' : 'Imported'}
        </span>
      </div>
      {path.description !== '' && <p className="path-card-description">{path.description}</p>}
      <div className="path-card-bottom">
        <ul className="path-card-counts">
          <li>{plural(path.counts.certifications, 'certification', 'certifications')}</li>
          <li>{plural(path.counts.tools, 'tool group', 'tool groups')}</li>
          <li>{plural(path.counts.projects, 'project', 'projects')}</li>
        </ul>
        {path.source === 'imported' && onRemove !== undefined && (
          <button type="button" className="path-card-remove link-button" onClick={() => onRemove(path)}>
            Remove<span className="sr-only"> {path.title}</span>…
          </button>
        )}
      </div>
    </article>
  );
}
