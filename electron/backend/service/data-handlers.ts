import { fail } from '../../../shared/result';
import type { ServiceContext } from './context';
import type { ServiceHandlers } from './guard';

type DataHandlers = Pick<ServiceHandlers, 'exportData' | 'previewDataImport' | 'importData'>;

export function dataHandlers(_context: ServiceContext): DataHandlers {
  return {
    exportData: () => fail('internal', 'Not built yet.'),
    previewDataImport: () => fail('internal', 'Not built yet.'),
    importData: () => fail('internal', 'Not built yet.'),
  };
}
