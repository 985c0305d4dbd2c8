/**
 * `npm run test:electron`: the smoke test against the real Electron app. Where the Electron
 * binary could not be downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD), it says so and passes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/**
 * The binary `require('electron')` resolves to, if it is really there. Worked out the way the
 * electron package does it, but without requiring it: that would try to download the binary.
 */
function electronBinary(): string | null {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relativeBinary = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const overrideDist = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary =
    overrideDist !== undefined && overrideDist !== ''
      ? join(overrideDist, relativeBinary || 'electron')
      : relativeBinary === ''
        ? null
        : join(packageDir, 'dist', relativeBinary);
  return binary !== null && existsSync(binary) ? binary : null;
}

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

if (electronBinary() === null) {
  console.log('electron tests not run: no Electron binary');
  process.exit(0);
}

const buildStatus = run('npx', ['electron-vite', 'build']);
if (buildStatus !== 0) process.exit(buildStatus);
process.exit(run('npx', ['playwright', 'test', '--config', 'tests/electron/playwright.electron.config.ts']));
