import { useStore } from 'zustand';
import { planner } from '../api';
import { notify } from '../app/appStores';
import { createDataTransferStore } from '../stores/dataTransferStore';
import { DataImportDialog } from './DataImportDialog';

const dataTransferStore = createDataTransferStore(planner, notify);

export function DataTransferPanel() {
  const pending = useStore(dataTransferStore, (s) => s.pending);
  const actions = dataTransferStore.getState();

  return (
    <section className="panel" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Move to another computer</h2>
      <p className="panel-lead">
        Export puts every plan, tick, note, date and reminder, and the career paths you imported, into one
        file. Import that file on the other computer.
      </p>
      <div className="transfer-actions">
        {/* Never disabled, so focus stays put while a dialog is open; the store ignores repeat clicks. */}
        <button type="button" className="button" onClick={() => void actions.exportData()}>
          Export all my data…
        </button>
        <button type="button" className="button" onClick={() => void actions.chooseImportFile()}>
          Import data…
        </button>
      </div>
      <DataImportDialog
        pending={pending}
        onModeChange={(mode) => void actions.setMode(mode)}
        onConfirm={() => void actions.confirmImport()}
        onDismiss={() => actions.cancelImport()}
      />
    </section>
  );
}
