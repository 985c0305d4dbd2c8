export {
  acquireDataFolderLock,
  LOCK_DIR_NAME,
  type DataFolderLock,
  type LockOptions,
} from './data-folder-lock';
export { DataFolderLockedError } from './errors';
