/**
 * What to tell the person when the app cannot open its data. The database file is never
 * touched on this path: the message says where it is so they (or a helper) can act on it.
 */
import { DatabaseOpenError } from '../backend/db/errors';
import { DataFolderLockedError } from '../backend/lock/errors';

export interface StartupFailureMessage {
  title: string;
  message: string;
}

export function describeStartupFailure(error: unknown, dataDir: string): StartupFailureMessage {
  if (error instanceof DataFolderLockedError) {
    return {
      title: 'StudyPath is already running',
      message: `${error.message} Close the other StudyPath (or the StudyPath browser host) first, so that only one of them changes your data.\n\nData folder:\n${error.dataDir}`,
    };
  }
  const title = 'StudyPath cannot start';
  if (!(error instanceof DatabaseOpenError)) {
    const reason = error instanceof Error ? error.message : String(error);
    return { title, message: `StudyPath could not open its data in ${dataDir}.\n\n${reason}` };
  }
  const where = `Your study data is in:\n${error.file}`;
  const untouched = 'The file has not been changed.';
  switch (error.failure) {
    case 'corrupt':
      return {
        title,
        message: `Your study data file is damaged and cannot be opened. ${untouched}\n\n${where}\n\nRestore a backup copy of this file, or move it elsewhere to start with an empty planner.`,
      };
    case 'newer-version':
      return {
        title,
        message: `Your study data was saved by a newer version of StudyPath. ${untouched}\n\n${where}\n\nInstall the latest version of StudyPath to open it.`,
      };
    case 'migration-failed':
      return {
        title,
        message: `Your study data could not be updated for this version of StudyPath. ${untouched}\n\n${where}\n\nDetails: ${error.message}`,
      };
    case 'unavailable':
      return {
        title,
        message: `StudyPath cannot read or write its data folder. ${untouched}\n\n${where}\n\nCheck that the folder exists and that you have permission to change it.\n\nDetails: ${error.message}`,
      };
  }
}
