/** Another StudyPath (the app or the browser host) is using the same data folder. */
export class DataFolderLockedError extends Error {
  override readonly name = 'DataFolderLockedError';

  constructor(
    readonly dataDir: string,
    /** The process holding the folder, when it recorded itself; null when unknown. */
    readonly ownerPid: number | null,
  ) {
    super(
      ownerPid === null
        ? 'StudyPath is already running with this data folder.'
        : `StudyPath is already running with this data folder (pid ${ownerPid}).`,
    );
  }
}
