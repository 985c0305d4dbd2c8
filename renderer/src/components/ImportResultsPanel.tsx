import { useStore } from 'zustand';
import type { FileImportResult } from '../../../shared/contract';
import { libraryStore } from '../app/appStores';
import { routeToHash } from '../navigation/routes';

const statusLabel = { imported: 'Imported', updated: 'Updated', unchanged: 'Unchanged' } as const;

function ImportResultRow({ entry }: { entry: FileImportResult }) {
  const { result } = entry;
  if (!result.ok) {
    return (
      <li className="import-result refused">
        <span className="badge badge-refused">Refused</span>
        <span className="import-file">{entry.fileName}</span>
        <p className="import-message">{result.error.message}</p>
      </li>
    );
  }
  const outcome = result.value;
  return (
    <li className={`import-result ${outcome.status}`}>
      <span className={`badge badge-${outcome.status}`}>{statusLabel[outcome.status]}</span>
      <span className="import-file">{entry.fileName}</span>
      <p className="import-message">
        <a href={routeToHash({ screen: 'path', pathId: outcome.pathId })}>{outcome.title}</a>
        {outcome.status === 'unchanged' && ' is already in the library, unchanged.'}
      </p>
      {outcome.warnings.length > 0 && (
        <ul className="import-warnings">
          {outcome.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** What happened to each chosen file, until the person dismisses it. */
export function ImportResultsPanel() {
  const results = useStore(libraryStore, (s) => s.importResults);
  if (results === null) return null;
  return (
    <section className="import-results" aria-labelledby="import-results-heading">
      <div className="import-results-header">
        <h2 id="import-results-heading">Import results</h2>
        <button
          type="button"
          className="button subtle"
          onClick={() => libraryStore.getState().dismissImportResults()}
        >
          Dismiss
        </button>
      </div>
      <ul role="status">
        {results.map((entry, index) => (
          <ImportResultRow key={`${entry.fileName}-${index}`} entry={entry} />
        ))}
      </ul>
    </section>
  );
}
