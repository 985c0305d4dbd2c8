import { useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { PathSummary } from '../../../shared/domain';
import { libraryStore, plansStore } from '../app/appStores';
import { filterPaths, type LibrarySearch } from '../stores/libraryStore';
import { ImportResultsPanel } from './ImportResultsPanel';
import { LibrarySearchResults } from './LibrarySearchResults';
import { LoadError, Loading } from './LoadState';
import { PathCard } from './PathCard';
import { RemovePathDialog, type PlansChoice } from './RemovePathDialog';
import { ScreenHeading } from './ScreenHeading';

function pathCount(count: number): string {
  return `${count} ${count === 1 ? 'path' : 'paths'}`;
}

/** The line above the results, also read out when it changes. */
function resultLine(query: string, search: LibrarySearch, paths: number, filtered: number): string {
  const trimmed = query.trim();
  if (trimmed === '') return pathCount(paths);
  if (search.status === 'error') return `${filtered} of ${pathCount(paths)} match “${trimmed}”`;
  if (search.status === 'searching' && search.query === '') return 'Searching…';
  if (search.hits.length === 0)
    return search.status === 'searching' ? 'Searching…' : `No path matches “${trimmed}”`;
  return `${pathCount(search.hits.length)} ${search.hits.length === 1 ? 'matches' : 'match'} “${search.query}”`;
}

function PathGrid({ paths, onRemove }: { paths: PathSummary[]; onRemove(path: PathSummary): void }) {
  return (
    <ul className="path-grid">
      {paths.map((path) => (
        <li key={path.id}>
          <PathCard path={path} onRemove={onRemove} />
        </li>
      ))}
    </ul>
  );
}

export function LibraryScreen() {
  const paths = useStore(libraryStore, (s) => s.paths);
  const status = useStore(libraryStore, (s) => s.status);
  const error = useStore(libraryStore, (s) => s.error);
  const query = useStore(libraryStore, (s) => s.query);
  const search = useStore(libraryStore, (s) => s.search);
  const importing = useStore(libraryStore, (s) => s.importing);
  const filtered = useMemo(() => filterPaths(paths, query), [paths, query]);
  const screenRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const [removing, setRemoving] = useState<PathSummary | null>(null);
  const plansOfRemoving = useStore(plansStore, (s) =>
    removing === null ? 0 : s.plans.filter((plan) => plan.pathId === removing.id).length,
  );

  function askToRemove(path: PathSummary): void {
    // The count in the dialog must be current: plans may have been made since the app started.
    void plansStore.getState().load();
    setRemoving(path);
  }

  async function remove(path: PathSummary, plans: PlansChoice): Promise<void> {
    const removed = await libraryStore.getState().removePath(path, plans);
    if (!removed) return;
    setRemoving(null);
    // The card that had focus is gone; the top of the screen is the next sensible place.
    screenRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }

  if (status === 'error' && error !== null)
    return <LoadError title="The library could not be read" message={error} />;

  const searching = query.trim() !== '';

  return (
    <div className="screen library-screen" ref={screenRef}>
      <header className="screen-header">
        <div>
          <ScreenHeading>Library</ScreenHeading>
          <p className="lead">
            Choose a career path to see what it takes, then turn it into your own study plan.
          </p>
        </div>
        <div className="import-actions">
          <div className="inline-controls">
            <button
              type="button"
              className="button"
              onClick={() => void libraryStore.getState().importCareerPaths()}
              disabled={importing}
            >
              Import files…
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void libraryStore.getState().importCareerPaths({ folder: true })}
              disabled={importing}
            >
              Import folder…
            </button>
          </div>
          <p className="drop-hint">or drop markdown files anywhere on this window</p>
        </div>
      </header>

      <ImportResultsPanel />

      <div className="search-box" role="search">
        <label htmlFor="library-search">Search the library</label>
        <input
          ref={searchRef}
          id="library-search"
          type="search"
          value={query}
          maxLength={200}
          placeholder="A role, certification, tool or project"
          aria-describedby="library-search-hint"
          onChange={(event) => libraryStore.getState().setQuery(event.target.value)}
        />
        <p id="library-search-hint" className="field-hint">
          Results appear as you type.
        </p>
      </div>

      {status !== 'ready' ? (
        <Loading label="Loading the library" />
      ) : (
        <>
          <p className="result-count" role="status">
            {resultLine(query, search, paths.length, filtered.length)}
          </p>
          {!searching ? (
            paths.length === 0 ? (
              <div className="empty-state">
                <h2>The library is empty</h2>
                <p>Import a career-path document (a markdown file), or drop one on this window.</p>
              </div>
            ) : (
              <PathGrid paths={paths} onRemove={askToRemove} />
            )
          ) : search.status === 'error' ? (
            <>
              <p className="search-fallback" role="note">
                Searching inside paths is not available right now ({search.error}). These paths mention every
                word in their names, descriptions or items.
              </p>
              <PathGrid paths={filtered} onRemove={askToRemove} />
            </>
          ) : search.hits.length > 0 ? (
            <LibrarySearchResults
              hits={search.hits}
              query={search.query}
              stale={search.status === 'searching'}
            />
          ) : search.status === 'ready' ? (
            <div className="empty-state">
              <h2>No path matches “{query.trim()}”</h2>
              <p>Try a shorter word, or the name of a certification or tool.</p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  libraryStore.getState().setQuery('');
                  searchRef.current?.focus();
                }}
              >
                Clear search
              </button>
            </div>
          ) : null}
        </>
      )}

      <RemovePathDialog
        path={removing}
        planCount={plansOfRemoving}
        onRemove={remove}
        onDismiss={() => setRemoving(null)}
      />
    </div>
  );
}
