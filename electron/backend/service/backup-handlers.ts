import { fail } from '../../../shared/result';
import type { ServiceContext } from './context';
import type { ServiceHandlers } from './guard';

type BackupHandlers = Pick<
  ServiceHandlers,
  'listBackups' | 'backupNow' | 'restoreBackup' | 'getStartupNotice'
>;

export function backupHandlers(_context: ServiceContext): BackupHandlers {
  return {
    listBackups: () => fail('internal', 'Not built yet.'),
    backupNow: () => fail('internal', 'Not built yet.'),
    restoreBackup: () => fail('internal', 'Not built yet.'),
    getStartupNotice: () => fail('internal', 'Not built yet.'),
  };
}
