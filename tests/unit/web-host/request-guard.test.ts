import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isExpectedToken, isLoopbackAddress, isOwnHostHeader } from '../../../scripts/web-host/request-guard';
import { cspFromIndexHtml, FALLBACK_CSP } from '../../../scripts/web-host/security-headers';
import { injectBridge, resolveStaticPath } from '../../../scripts/web-host/static-files';

describe('browser host request guard', () => {
  it('answers only this computer', () => {
    expect(isLoopbackAddress('127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('::1')).toBe(true);
    expect(isLoopbackAddress('192.168.1.20')).toBe(false);
    expect(isLoopbackAddress('::ffff:10.0.0.1')).toBe(false);
    expect(isLoopbackAddress(undefined)).toBe(false);
  });

  it('refuses pages that reach it through another host name (DNS rebinding)', () => {
    expect(isOwnHostHeader('127.0.0.1:5180', 5180)).toBe(true);
    expect(isOwnHostHeader('localhost:5180', 5180)).toBe(true);
    expect(isOwnHostHeader('evil.example:5180', 5180)).toBe(false);
    expect(isOwnHostHeader('127.0.0.1:5181', 5180)).toBe(false);
    expect(isOwnHostHeader('127.0.0.1', 5180)).toBe(false);
    expect(isOwnHostHeader(undefined, 5180)).toBe(false);
  });

  it('accepts only the exact per-run token', () => {
    expect(isExpectedToken('secret-token', 'secret-token')).toBe(true);
    expect(isExpectedToken('secret-tokeN', 'secret-token')).toBe(false);
    expect(isExpectedToken('secret', 'secret-token')).toBe(false);
    expect(isExpectedToken(null, 'secret-token')).toBe(false);
    expect(isExpectedToken(undefined, 'secret-token')).toBe(false);
  });
});

describe('browser host static files', () => {
  const root = path.resolve('/srv/renderer');

  it('serves index.html for the root and files inside the build folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/a%5c..%5c..%5cx',
    '/x%00.js',
    '/%E0%A4%A',
  ])('never serves a file outside the build folder: %s', (urlPath) => {
    expect(resolveStaticPath(root, urlPath)).toBeNull();
  });

  it('puts the token and the bridge before the app script', () => {
    const html =
      '<html><head><title>StudyPath</title><script type="module" src="./assets/app.js"></script></head></html>';
    const injected = injectBridge(html, 'tok', '/__studypath/bridge.js');
    const bridgeAt = injected.indexOf('/__studypath/bridge.js');
    expect(injected).toContain('<meta name="studypath-token" content="tok">');
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(injected.indexOf('./assets/app.js'));
  });

  it("sends the renderer's own Content-Security-Policy as a header", () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:">`;
    expect(cspFromIndexHtml(html)).toBe("default-src 'self'; img-src 'self' data:");
    expect(cspFromIndexHtml('<html></html>')).toBe(FALLBACK_CSP);
  });
});
