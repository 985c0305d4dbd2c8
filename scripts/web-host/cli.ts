/**
 * `npm run start:web`: serves the built renderer with the real back end on 127.0.0.1,
 * for development and end-to-end tests. Not part of the packaged app.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  acquireDataFolderLock,
  DataFolderLockedError,
  type DataFolderLock,
} from '../../electron/backend/lock';
import { parseCliArgs, USAGE } from './cli-options';
import { startWebHost } from './server';
import { defaultUserDataDir } from './user-data-dir';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function openInSystemBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  // No browser to open is not a reason to stop serving: the URL is printed anyway.
  child.on('error', () => undefined);
  child.unref();
}

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  const dataDir = path.resolve(options.dataDir ?? defaultUserDataDir());
  let lock: DataFolderLock;
  try {
    lock = acquireDataFolderLock(dataDir);
  } catch (error) {
    if (!(error instanceof DataFolderLockedError)) throw error;
    console.error(`${error.message}\nData folder: ${dataDir}`);
    return 1;
  }
  try {
    const rendererDir = path.join(repoRoot, 'out', 'renderer');
    if (!existsSync(path.join(rendererDir, 'index.html'))) {
      console.error(`No built renderer at ${rendererDir}. Run "npx electron-vite build" first.`);
      return 1;
    }
    const host = await startWebHost({
      dataDir,
      rendererDir,
      contentDir: path.join(repoRoot, 'content'),
      port: options.port,
    });
    console.log(`StudyPath web: ${host.url}`);
    if (options.openBrowser) openInSystemBrowser(host.url);

    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await host.close();
    return 0;
  } finally {
    lock.release();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('StudyPath web could not start:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
