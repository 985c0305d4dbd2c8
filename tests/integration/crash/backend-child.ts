/**
 * The real back end in its own process, for killing it mid-write. Run it with
 * `node --import tsx backend-child.ts <dataDir> <contentDir>`, or bundled (see backend-process.ts).
 * It takes the data folder the way the hosts do, then answers one JSON request per stdin line
 * ({"id":1,"method":"getPlan","input":{...}}) with one protocol line on stdout:
 *   @crash ready {"startupNotice":null,"integrity":"ok"}
 *   @crash ack <id> <result value as JSON>      only once the service call returned ok
 *   @crash nack <id> <error code> <message>
 *   @crash locked <message>                     the data folder is held by another process
 * Anything else on stdout (the back end's own logging) is not part of the protocol.
 */
import { createInterface } from 'node:readline';
import BetterSqlite3 from 'better-sqlite3';
import type { PlannerService, ServiceMethod } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { createBackend } from '../../../electron/backend/backend';
import {
  acquireDataFolderLock,
  DataFolderLockedError,
  type DataFolderLock,
} from '../../../electron/backend/lock';

const PROTOCOL_PREFIX = '@crash ';

interface Request {
  id: number;
  method: ServiceMethod;
  input: unknown;
}

function say(line: string): void {
  // Synchronous on a pipe, so the line has left the process before the next request is read.
  process.stdout.write(`${PROTOCOL_PREFIX}${line}\n`);
}

function integrityOf(databaseFile: string): string {
  const check = new BetterSqlite3(databaseFile, { fileMustExist: true });
  try {
    return (check.pragma('integrity_check', { simple: true }) as string) ?? 'no answer';
  } finally {
    check.close();
  }
}

function main(): void {
  const [dataDir, contentDir] = process.argv.slice(2);
  if (dataDir === undefined || contentDir === undefined) {
    process.stderr.write('usage: backend-child.ts <dataDir> <contentDir>\n');
    process.exit(2);
  }
  let lock: DataFolderLock;
  try {
    lock = acquireDataFolderLock(dataDir);
  } catch (error) {
    if (!(error instanceof DataFolderLockedError)) throw error;
    say(`locked ${error.message}`);
    process.exit(3);
  }
  const backend = createBackend({ dataDir, contentDir, notifier: { notify: () => undefined } });
  say(
    `ready ${JSON.stringify({ startupNotice: backend.startupNotice, integrity: integrityOf(backend.databaseFile) })}`,
  );

  const service = backend.service as unknown as Record<string, (input: unknown) => Result<unknown>>;
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const request = JSON.parse(line) as Request;
    const method = service[request.method as keyof PlannerService];
    if (method === undefined) {
      say(`nack ${request.id} not-found no method ${request.method}`);
      return;
    }
    const result = method(request.input);
    if (result.ok) say(`ack ${request.id} ${JSON.stringify(result.value)}`);
    else say(`nack ${request.id} ${result.error.code} ${result.error.message}`);
  });
  lines.on('close', () => {
    backend.close();
    lock.release();
    process.exit(0);
  });
}

main();
