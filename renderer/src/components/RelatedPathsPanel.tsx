import { useStore } from 'zustand';
import { pathStore } from '../app/appStores';
import { routeToHash } from '../navigation/routes';
import { sharesLine } from './pathDisplay';

/** Other paths in the library that share certifications or tools with the open one. */
export function RelatedPathsPanel() {
  const related = useStore(pathStore, (s) => s.related);
  return (
    <section
      className="related-paths"
      aria-labelledby="related-paths-heading"
      aria-busy={related.status === 'loading'}
    >
      <h2 id="related-paths-heading">Related paths</h2>
      {related.status === 'error' ? (
        <p className="muted small">Related paths could not be found. {related.error}</p>
      ) : related.status !== 'ready' ? (
        <p className="muted small">Looking for paths with the same certifications or tools…</p>
      ) : related.paths.length === 0 ? (
        <p className="muted small">
          No other path in your library shares a certification or tool with this one.
        </p>
      ) : (
        <ul className="related-list">
          {related.paths.map((path) => (
            <li key={path.pathId}>
              <a
                href={routeToHash({ screen: 'path', pathId: path.pathId })}
                aria-describedby={`related-shares-${path.pathId}`}
              >
                {path.title}
              </a>
              <p className="related-shares" id={`related-shares-${path.pathId}`}>
                {sharesLine(path)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
