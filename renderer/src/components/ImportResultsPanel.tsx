import { useStore } from 'zustand';
import type { FileImportResult } from '../../../shared/contract';
import { libraryStore } from '../app/appStores';
import { routeToHash } from '../navigation/routes';
import { importSummary, orphanedItemsNote } from '../stores/importMessages';

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
  const orphaned = orphanedItemsNote(outcome.orphanedPlanItems);
  return (
    <li className={`import-result ${outcome.status}`}>
      <span className={`badge badge-${outcome.status}`}>{statusLabel[outcome.status]}</span>
      <span className="import-file">{entry.fileName}</span>
      <p className="import-message">
        <a href={routeToHash({ screen: 'path', pathId: outcome.pathId })}>{outcome.title}</a>
        {outcome.status === 'imported' && ' was added to the library.'}
        {outcome.status === 'updated' && ' was updated.'}
        {outcome.status === 'unchanged' && ' is already in the library, unchanged.'}
      </p>
      {orphaned !== null && <p className="import-message import-orphaned">{orphaned}</p>}
      {outcome.warnings.length > 0 && (
        <ul className="import-warnings" aria-label={`Warnings for ${entry.fileName}`}>
          {outcome.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** What happened to each chosen or dropped file, until the person dismisses it. */
export function ImportResultsPanel() {
  const results = useStore(libraryStore, (s) => s.importResults);
  const progress = useStore(libraryStore, (s) => s.importProgress);

  const announcement =
    progress !== null
      ? `Importing file ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`
      : results !== null
        ? `Import finished. ${importSummary(results)}`
        : '';

  return (
    <>
      {/* Always present, so screen readers hear each change: live regions added later are often missed. */}
      <p className="sr-only" role="status">
        {announcement}
      </p>
      {progress !== null && (
        <div className="import-progress" aria-hidden="true">
          <span className="spinner" />
          <span>{announcement}</span>
          <progress max={progress.total} value={progress.done} />
        </div>
      )}
      {results !== null && progress === null && (
        <section className="import-results" aria-labelledby="import-results-heading">
          <div className="import-results-header">
            <div>
              <h2 id="import-results-heading">Import results</h2>
              <p className="import-summary">{importSummary(results)}</p>
            </div>
            <button
              type="button"
              className="button subtle"
              onClick={() => libraryStore.getState().dismissImportResults()}
            >
              Dismiss
            </button>
          </div>
          <ul>
            {results.map((entry, index) => (
              <ImportResultRow key={`${entry.fileName}-${index}`} entry={entry} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
