/** The checks every service method passes through: argument validation and storage failures. */
import BetterSqlite3 from 'better-sqlite3';
import type { z } from 'zod';
import {
  serviceMethods,
  serviceSchemas,
  type PlannerService,
  type ServiceMethod,
  type ServiceResults,
} from '../../../shared/contract';
import { fail, type Result } from '../../../shared/result';
import type { Database } from '../db';

export type HandlerInput<M extends ServiceMethod> = z.output<(typeof serviceSchemas)[M]>;
export type Handler<M extends ServiceMethod> = (input: HandlerInput<M>) => Result<ServiceResults[M]>;
export type ServiceHandlers = { [M in ServiceMethod]: Handler<M> };

export type ServiceLogger = (message: string, error: unknown) => void;

const MAX_REPORTED_ISSUES = 3;
/** Issues can quote the caller's field names; a hostile caller must not get a huge message logged. */
const MAX_ISSUE_LENGTH = 200;

function clip(text: string): string {
  return text.length > MAX_ISSUE_LENGTH ? `${text.slice(0, MAX_ISSUE_LENGTH - 1)}…` : text;
}

function describeInvalidArgument(method: ServiceMethod, error: z.ZodError): string {
  const details = error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    return clip(`${where}${issue.message}`);
  });
  return `Invalid request to ${method}: ${details.join('; ')}.`;
}

/**
 * Methods that manage their own transactions, because SQLite cannot VACUUM INTO (backups) or
 * ATTACH (restore) inside one. Validation and error reporting stay the same for them.
 */
export const METHODS_WITHOUT_TRANSACTION: ReadonlySet<ServiceMethod> = new Set<ServiceMethod>([
  'listBackups',
  'backupNow',
  'restoreBackup',
  'getStartupNotice',
  'importData',
]);

/** Carries an expected failure out of a transaction so that its writes roll back. */
class RejectedResult {
  constructor(readonly result: Result<never>) {}
}

function guard<M extends ServiceMethod>(
  db: Database,
  method: M,
  handler: Handler<M>,
  log: ServiceLogger,
): PlannerService[M] {
  // TypeScript cannot narrow the indexed schema for a generic M; the index makes it exact.
  const schema = serviceSchemas[method] as unknown as z.ZodType<HandlerInput<M>>;
  const run = METHODS_WITHOUT_TRANSACTION.has(method)
    ? handler
    : db.transaction((input: HandlerInput<M>) => {
        const result = handler(input);
        if (!result.ok) throw new RejectedResult(result);
        return result;
      });
  const guarded = (input: unknown): Result<ServiceResults[M]> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return fail('invalid-argument', describeInvalidArgument(method, parsed.error));
    try {
      return run(parsed.data);
    } catch (error) {
      if (error instanceof RejectedResult) return error.result;
      if (error instanceof BetterSqlite3.SqliteError) {
        log(`StudyPath could not complete ${method}`, error);
        return fail('storage-failed', `Your change could not be saved (${error.code}); nothing was changed.`);
      }
      log(`Unexpected failure in ${method}`, error);
      return fail('internal', `Something went wrong in ${method}; nothing was changed.`);
    }
  };
  return guarded as PlannerService[M];
}

/**
 * Wraps every handler: invalid input is rejected before it reaches SQLite, and each call runs
 * in one transaction that rolls back on any failure, so a failed call changes nothing
 * (except METHODS_WITHOUT_TRANSACTION, which keep that promise themselves).
 */
export function guardService(db: Database, handlers: ServiceHandlers, log: ServiceLogger): PlannerService {
  const entries = serviceMethods.map((method) => [method, guard(db, method, handlers[method], log)]);
  // Sound: ServiceHandlers has exactly one handler per method, so every key is present.
  return Object.fromEntries(entries) as PlannerService;
}
