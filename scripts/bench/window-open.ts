/**
 * How long the window takes to show the library: the built renderer served by the browser host
 * and loaded in Chromium with an empty cache each time, from navigation until the path cards are
 * on screen. Also how much script the page loaded by then.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Response as PageResponse } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../chromium';
import { startWebHost } from '../web-host/server';
import { formatMs, median } from './stats';

const ROUNDS = 7;

async function openOnce(browser: Browser, url: string): Promise<{ ms: number; scriptBytes: number }> {
  // A new context has an empty cache, as a newly started app reads its files afresh.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const scripts: PageResponse[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    const start = performance.now();
    await page.goto(url);
    await page.locator('.path-card').first().waitFor({ state: 'visible' });
    const ms = performance.now() - start;
    const sizes = await Promise.all([...scripts].map(async (response) => (await response.body()).length));
    return { ms, scriptBytes: sizes.reduce((sum, size) => sum + size, 0) };
  } finally {
    await context.close();
  }
}

export async function benchWindowOpen({ repoRoot }: { repoRoot: string }): Promise<void> {
  const rendererDir = join(repoRoot, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.log('open the window: not measured, no build in out/renderer (run npm run build first)');
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'studypath-bench-window-'));
  const host = await startWebHost({ dataDir, rendererDir, contentDir: join(repoRoot, 'content'), port: 0 });
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
    try {
      const runs = [];
      for (let round = 0; round < ROUNDS; round += 1) runs.push(await openOnce(browser, host.url));
      const samples = runs.map((run) => run.ms);
      console.log(
        `open the window to the library (built page, empty cache, Chromium): median ${formatMs(median(samples))} ` +
          `of ${samples.length}, first ${formatMs(samples[0] ?? 0)}; ` +
          `${((runs.at(-1)?.scriptBytes ?? 0) / 1024).toFixed(0)} KiB of script loaded by then`,
      );
    } finally {
      await browser.close();
    }
  } catch (error) {
    console.log(`open the window: not measured (${(error as Error).message.split('\n')[0]})`);
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
