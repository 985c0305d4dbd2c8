/**
 * Rasterises build/icon.svg into the PNG icons electron-builder packs (1024 px for macOS and
 * Windows, a sized set for Linux desktops), using Chromium so the drawing renders exactly
 * as a browser shows it. Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './chromium';

const buildDir = resolve(import.meta.dirname, '..', 'build');
const outputs: ReadonlyArray<{ file: string; size: number }> = [
  // electron-builder makes the .icns (macOS) and .ico (Windows) from this one.
  { file: 'icon.png', size: 1024 },
  ...[16, 24, 32, 48, 64, 128, 256, 512].map((size) => ({
    file: join('icons', `${size}x${size}.png`),
    size,
  })),
];

const svg = readFileSync(join(buildDir, 'icon.svg'));
const svgDataUrl = `data:image/svg+xml;base64,${svg.toString('base64')}`;

mkdirSync(join(buildDir, 'icons'), { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
try {
  for (const { file, size } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="${svgDataUrl}" width="${size}" height="${size}" style="display:block" alt=""></body></html>`,
      // 'load' waits for the image itself, so the screenshot never catches it half-drawn.
      { waitUntil: 'load' },
    );
    await page.screenshot({ path: join(buildDir, file), omitBackground: true });
    await page.close();
    console.log(`wrote build/${file} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
