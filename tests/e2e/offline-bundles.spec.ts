/**
 * Proof that the built app cannot go online: nothing in the bundles the app runs (main,
 * preload, renderer) loads a remote resource. Runs after the build, with the other
 * end-to-end tests, which also fail on any request that leaves 127.0.0.1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const outDir = resolve(import.meta.dirname, '..', '..', 'out');

/**
 * Remote addresses that appear in the bundles without ever being requested, each with why.
 * Anything else is a failure: a new one must be looked at and either removed or added here.
 */
const MENTIONED_ONLY: Readonly<Record<string, string>> = {
  'http://www.w3.org': 'XML namespace names (SVG, XHTML, MathML) used by React and micromark',
  'https://www.w3.org': 'XML namespace names',
  'https://github.com': 'links inside libraries’ error messages and comments',
  'https://react.dev': 'React’s production error messages link to their explanation',
  'https://date-fns.org': 'date-fns error messages',
  'https://developer.mozilla.org': 'comments in bundled libraries',
  'http://en.wikipedia.org': 'comments in bundled libraries',
  'https://en.wikipedia.org': 'comments in bundled libraries',
  'https://www.unicode.org': 'comments in the markdown parser',
  'http://json-schema.org': 'JSON Schema ids in zod, used as names only',
  'https://json-schema.org': 'JSON Schema ids in zod, used as names only',
  'https://spec.commonmark.org': 'comments in the markdown parser',
  'http://es5.github.io': 'comments in bundled libraries',
  'https://tools.ietf.org': 'comments in bundled libraries',
  'https://stackoverflow.com': 'comments in bundled libraries',
  'https://docs.google.com': 'comments in bundled libraries',
  'https://example.com': 'examples in library error messages',
  'https://example.org': 'examples in library comments',
  'https://creativecommons.org':
    'the licence link on the About screen, opened in the system browser by the person',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const bundleFiles = filesUnder(outDir).filter((file) =>
  ['.js', '.cjs', '.mjs', '.html', '.css'].includes(extname(file)),
);

function originsIn(text: string): string[] {
  const origins = new Set<string>();
  for (const [url] of text.matchAll(/https?:\/\/[a-z0-9.-]+\.[a-z]{2,}/gi)) origins.add(url.toLowerCase());
  return [...origins];
}

test('the build has a main, a preload and a renderer bundle to check', () => {
  const names = bundleFiles.map((file) => relative(outDir, file));
  expect(names).toEqual(expect.arrayContaining([join('main', 'index.js'), join('preload', 'index.cjs')]));
  expect(names.some((name) => name.startsWith(join('renderer', 'assets')) && name.endsWith('.js'))).toBe(
    true,
  );
});

test('no bundle names a remote address that is not known to be mention-only', () => {
  const unexpected = bundleFiles.flatMap((file) =>
    originsIn(readFileSync(file, 'utf8'))
      .filter((origin) => !(origin in MENTIONED_ONLY))
      .map((origin) => `${relative(outDir, file)}: ${origin}`),
  );
  expect(unexpected).toEqual([]);
});

test('nothing is fetched, imported or embedded from a remote address', () => {
  const scriptLoads = [
    /\b(?:fetch|import|importScripts|EventSource|WebSocket|sendBeacon)\s*\(\s*["'`]https?:/gi,
    /\.open\(\s*["'`](?:GET|POST)["'`]\s*,\s*["'`]https?:/gi,
  ];
  const loadsByType: Record<string, RegExp[]> = {
    '.js': scriptLoads,
    '.cjs': scriptLoads,
    '.mjs': scriptLoads,
    '.css': [/\burl\(\s*["']?https?:/gi, /@import\s+(?:url\()?\s*["']?https?:/gi],
    '.html': [/\b(?:src|srcset|poster|data|href)\s*=\s*["']?https?:/gi],
  };
  const found = bundleFiles.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return (loadsByType[extname(file)] ?? []).flatMap((pattern) =>
      [...text.matchAll(pattern)].map((match) => `${relative(outDir, file)}: ${match[0]}`),
    );
  });
  expect(found).toEqual([]);
});

test('fonts and icons are the app’s own: the page uses no web font service', () => {
  const css = bundleFiles.filter((file) => file.endsWith('.css')).map((file) => readFileSync(file, 'utf8'));
  for (const sheet of css) {
    for (const [face] of sheet.matchAll(/@font-face\s*{[^}]*}/g)) expect(face).not.toMatch(/https?:/);
  }
  const html = readFileSync(join(outDir, 'renderer', 'index.html'), 'utf8');
  expect(html).not.toMatch(/https?:\/\//);
});
