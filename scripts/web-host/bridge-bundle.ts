import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const BRIDGE_ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bridge', 'index.ts');

/**
 * Bundles the bridge into one classic script at host start, so it always matches the source
 * and the renderer build never has to know about it.
 */
export async function bundleBridge(): Promise<string> {
  const result = await build({
    entryPoints: [BRIDGE_ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no bridge bundle');
  return output.text;
}
