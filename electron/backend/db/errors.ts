/** Why the database could not be opened; the host shows the message and leaves the file alone. */
export type DatabaseOpenFailure =
  /** Not a SQLite file, or SQLite's integrity check found damage. */
  | 'corrupt'
  /** Written by a newer StudyPath that knows migrations this one does not. */
  | 'newer-version'
  /** A migration failed; its transaction was rolled back and the file is as it was. */
  | 'migration-failed'
  /** The file or its folder cannot be read or written. */
  | 'unavailable';

export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';

  constructor(
    readonly failure: DatabaseOpenFailure,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
