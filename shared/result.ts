/** Expected failures travel as data; exceptions are reserved for bugs. */
export type ErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'not-a-career-path'
  | 'empty-file'
  | 'not-text'
  | 'file-too-large'
  | 'invalid-front-matter'
  | 'unsafe-content'
  | 'storage-failed'
  | 'export-failed'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
