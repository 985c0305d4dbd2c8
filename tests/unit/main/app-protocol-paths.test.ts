import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL, resolveAppRequest } from '../../../electron/main/app-protocol-paths';

const root = resolve('/opt/studypath/out/renderer');

describe('app:// requests', () => {
  it('serve the page and its assets from the renderer folder', () => {
    expect(resolveAppRequest(APP_PAGE_URL, root)).toBe(join(root, 'index.html'));
    expect(resolveAppRequest('app://studypath/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppRequest('app://studypath/assets/index-abc.js', root)).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppRequest('app://studypath/assets/a%20b.css?v=1#x', root)).toBe(
      join(root, 'assets', 'a b.css'),
    );
  });

  it('never leave the renderer folder', () => {
    // URL parsing already folds literal dot segments into the root.
    expect(resolveAppRequest('app://studypath/../../etc/passwd.html', root)).toBe(
      join(root, 'etc', 'passwd.html'),
    );
    expect(resolveAppRequest('app://studypath/%2e%2e/%2e%2e/secret.js', root)).toBe(join(root, 'secret.js'));
    for (const url of [
      'app://studypath/assets/..%2f..%2f..%2fsecret.js',
      'app://studypath/..%5c..%5csecret.js',
      'app://studypath/index.html%00.png',
    ]) {
      expect(resolveAppRequest(url, root), url).toBeNull();
    }
  });

  it('answer only the app host and scheme, and only file types the app ships', () => {
    expect(resolveAppRequest('app://evil/index.html', root)).toBeNull();
    expect(resolveAppRequest('file:///opt/studypath/out/renderer/index.html', root)).toBeNull();
    expect(resolveAppRequest('https://studypath/index.html', root)).toBeNull();
    expect(resolveAppRequest('app://studypath/studypath.sqlite', root)).toBeNull();
    expect(resolveAppRequest('app://studypath/%E0%A4%A', root)).toBeNull();
    expect(resolveAppRequest('not a url', root)).toBeNull();
  });
});
