import { useMemo } from 'react';
import { useStore } from 'zustand';
import { libraryStore } from '../app/appStores';
import { filterPaths } from '../stores/libraryStore';
import { ImportResultsPanel } from './ImportResultsPanel';
import { LoadError, Loading } from './LoadState';
import { PathCard } from './PathCard';
import { ScreenHeading } from './ScreenHeading';

export function LibraryScreen() {
  const paths = useStore(libraryStore, (s) => s.paths);
  const status = useStore(libraryStore, (s) => s.status);
  const error = useStore(libraryStore, (s) => s.error);
  const query = useStore(libraryStore, (s) => s.query);
  const importing = useStore(libraryStore, (s) => s.importing);
  const visible = useMemo(() => filterPaths(paths, query), [paths, query]);

  if (status === 'error' && error !== null)
    return <LoadError title="The library could not be read" message={error} />;

  return (
    <div className="screen library-screen">
      <header className="screen-header">
        <div>
          <ScreenHeading>Library</ScreenHeading>
          <p className="lead">
            Choose a career path to see what it takes, then turn it into your own study plan.
          </p>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => void libraryStore.getState().importCareerPaths()}
          disabled={importing}
        >
          Import career path...
        </button>
      </header>

      <ImportResultsPanel />

      <div className="search-box">
        <label htmlFor="library-search">Search paths</label>
        <input
          id="library-search"
          type="search"
          value={query}
          placeholder="Role, certification or tool"
          onChange={(event) => libraryStore.getState().setQuery(event.target.value)}
        />
      </div>

      {status !== 'ready' ? (
        <Loading label="Loading the library" />
      ) : visible.length === 0 ? (
        <div className="empty-state">
          {paths.length === 0 ? (
            <>
              <h2>The library is empty</h2>
              <p>Import a career-path document (a markdown file) to get started.</p>
            </>
          ) : (
            <>
              <h2>No path matches “{query.trim()}”</h2>
              <p>Try a shorter word, or search for a certification or tool name.</p>
              <button type="button" className="button" onClick={() => libraryStore.getState().setQuery('')}>
                Clear search
              </button>
            </>
          )}
        </div>
      ) : (
        <>
          <p className="result-count" aria-live="polite">
            {visible.length === paths.length
              ? `${paths.length} ${paths.length === 1 ? 'path' : 'paths'}`
              : `${visible.length} of ${paths.length} paths`}
          </p>
          <ul className="path-grid">
            {visible.map((path) => (
              <li key={path.id}>
                <PathCard path={path} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
