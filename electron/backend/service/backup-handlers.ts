import { fail, ok, type Result } from '../../../shared/result';
import type { BackupPort, ServiceContext } from './context';
import type { ServiceHandlers } from './guard';

type BackupHandlers = Pick<
  ServiceHandlers,
  'listBackups' | 'backupNow' | 'restoreBackup' | 'getStartupNotice'
>;

function withBackups<T>(backups: BackupPort | null, use: (port: BackupPort) => Result<T>): Result<T> {
  if (backups === null) return fail('internal', 'Backups are not available in this copy of StudyPath.');
  return use(backups);
}

/** These run outside the guard's transaction: the port makes its own (see BackupPort). */
export function backupHandlers({ backups }: ServiceContext): BackupHandlers {
  return {
    listBackups: () => withBackups(backups, (port) => ok(port.list())),
    backupNow: () => withBackups(backups, (port) => port.create('manual')),
    restoreBackup: ({ fileName }) => withBackups(backups, (port) => port.restore(fileName)),
    getStartupNotice: () => withBackups(backups, (port) => ok(port.startupNotice())),
  };
}
