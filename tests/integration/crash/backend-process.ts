/** Builds and drives tests/integration/crash/backend-child.ts: start it, send requests, kill it. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { ServiceMethod } from '../../../shared/contract';

const CHILD_SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'backend-child.ts');
const CHILD_BUNDLE = 'backend-child.mjs';
const PROTOCOL_PREFIX = '@crash ';
const START_TIMEOUT_MS = 30_000;

export interface ReadyReport {
  startupNotice: unknown;
  integrity: string;
}

export type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/**
 * Bundles the child with Vite, the tests' own transformer, into `outDir`. Loaded file by file
 * through a TypeScript loader, the back end's dependency graph takes seconds to start on a
 * busy machine; as one file it starts in a fraction of that, which makes many restarts cheap.
 */
export async function buildBackendChild(outDir: string): Promise<string> {
  const nativeSqlite = pathToFileURL(createRequire(import.meta.url).resolve('better-sqlite3')).href;
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: CHILD_SOURCE,
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: {
        // The native module stays where npm put it; the bundle names it by absolute URL.
        external: ['better-sqlite3'],
        output: { entryFileNames: CHILD_BUNDLE, paths: { 'better-sqlite3': nativeSqlite } },
      },
    },
    ssr: { noExternal: true, external: ['better-sqlite3'] },
  });
  return join(outDir, CHILD_BUNDLE);
}

export class BackendProcess {
  private nextId = 1;
  private readonly waiting = new Map<number, (answer: Answer) => void>();
  private readonly answerListeners: ((answer: Answer) => void)[] = [];
  private readonly exited: Promise<void>;
  private stderr = '';

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    this.exited = new Promise((resolve) => child.once('close', () => resolve()));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    // Requests still queued when the child is killed cannot be delivered; that is the point.
    child.stdin.on('error', () => undefined);
  }

  /** Starts a back end on `dataDir`; rejects when it reports the folder locked or dies first. */
  static async start(
    script: string,
    dataDir: string,
    contentDir: string,
  ): Promise<{ process: BackendProcess; ready: ReadyReport }> {
    const child = spawn(process.execPath, [script, dataDir, contentDir], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let announceReady: (report: ReadyReport) => void = () => undefined;
    let refuse: (error: Error) => void = () => undefined;
    const ready = new Promise<ReadyReport>((resolve, reject) => {
      announceReady = resolve;
      refuse = reject;
    });
    const backend = new BackendProcess(child);
    const timer = setTimeout(
      () => refuse(new Error(`no ready line within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    let buffered = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith(PROTOCOL_PREFIX)) continue;
        const message = line.slice(PROTOCOL_PREFIX.length);
        if (message.startsWith('ready ')) announceReady(JSON.parse(message.slice(6)) as ReadyReport);
        else if (message.startsWith('locked '))
          refuse(new Error(`the restart was refused: ${message.slice(7)}`));
        else backend.receive(message);
      }
    });
    child.once('close', (code, signal) =>
      refuse(new Error(`the back end exited (${code ?? signal}) before it was ready\n${backend.stderr}`)),
    );
    try {
      return { process: backend, ready: await ready };
    } finally {
      clearTimeout(timer);
    }
  }

  private receive(message: string): void {
    const match = /^(ack|nack) (\d+) ?(.*)$/s.exec(message);
    if (match === null) return;
    const [, kind, rawId, rest] = match;
    const id = Number(rawId);
    const answer: Answer =
      kind === 'ack'
        ? { id, ok: true, value: JSON.parse(rest ?? 'null') as unknown }
        : { id, ok: false, error: rest ?? '' };
    this.waiting.get(id)?.(answer);
    this.waiting.delete(id);
    for (const listener of this.answerListeners) listener(answer);
  }

  /** Writes a request without waiting for its answer; returns its id. */
  send(method: ServiceMethod, input: unknown): number {
    const id = this.nextId;
    this.nextId += 1;
    // The child reads lines with node:readline, which also ends a line at U+2028 and U+2029;
    // JSON may carry them raw inside strings, so they are sent escaped.
    const line = JSON.stringify({ id, method, input }).replace(/[\u2028\u2029]/g, (char) =>
      char === '\u2028' ? '\\u2028' : '\\u2029',
    );
    this.child.stdin.write(`${line}\n`);
    return id;
  }

  /** Sends a request and waits for its answer. */
  call(method: ServiceMethod, input: unknown): Promise<Answer> {
    return new Promise((resolve) => {
      const id = this.send(method, input);
      this.waiting.set(id, resolve);
    });
  }

  onAnswer(listener: (answer: Answer) => void): void {
    this.answerListeners.push(listener);
  }

  /** SIGKILL: no chance to finish a write, close the database or release the folder lock. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    // Answers already written to the pipe are still read: they were acknowledged before the kill.
    await this.exited;
  }

  /** Closes stdin, which makes the child close the back end and exit normally. */
  async stop(): Promise<void> {
    this.child.stdin.end();
    await this.exited;
  }

  whenExited(): Promise<void> {
    return this.exited;
  }

  errorOutput(): string {
    return this.stderr;
  }
}
