import type { DataImportMode, DataImportPreview } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import {
  applyDataImport,
  exportDataJson,
  planDataImport,
  readDataExport,
  type DataImportPlan,
} from '../data-transfer';
import type { ServiceContext } from './context';
import type { ServiceHandlers } from './guard';

type DataHandlers = Pick<ServiceHandlers, 'exportData' | 'previewDataImport' | 'importData'>;

function previewOf(plan: DataImportPlan): DataImportPreview {
  return { mode: plan.mode, exportedAt: plan.exportedAt, counts: plan.counts, warnings: plan.warnings };
}

export function dataHandlers({ db, clock, backups }: ServiceContext): DataHandlers {
  const planImport = (bytes: Uint8Array, mode: DataImportMode): Result<DataImportPlan> => {
    const document = readDataExport(bytes);
    return document.ok ? ok(planDataImport(db, document.value, mode)) : document;
  };

  return {
    exportData: () => ok(exportDataJson(db, clock.now())),

    previewDataImport: ({ bytes, mode }) => {
      const planned = planImport(bytes, mode);
      return planned.ok ? ok(previewOf(planned.value)) : planned;
    },

    // Everything is checked and decided before the backup, and written in one transaction after it.
    importData: ({ bytes, mode }) => {
      const planned = planImport(bytes, mode);
      if (!planned.ok) return planned;
      if (backups === null) {
        return fail(
          'storage-failed',
          'StudyPath makes a backup before every import, and backups are not available here. Nothing was imported.',
        );
      }
      const backup = backups.create('before-import');
      if (!backup.ok) {
        return fail(
          backup.error.code,
          `The backup before the import could not be made, so nothing was imported. ${backup.error.message}`,
        );
      }
      db.transaction(() => applyDataImport(db, planned.value))();
      return ok({ ...previewOf(planned.value), safetyBackup: backup.value });
    },
  };
}
