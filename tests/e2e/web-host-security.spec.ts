import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

interface RawResponse {
  status: number;
  body: string;
}

/** node:http lets a test send what a browser never would: a foreign Host header, a raw path. */
function rawRequest(
  baseUrl: string,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function pageToken(page: import('@playwright/test').Page): Promise<string> {
  const token = await page.locator('meta[name="studypath-token"]').getAttribute('content');
  if (token === null || token === '') throw new Error('the page carries no host token');
  return token;
}

test.describe('the browser host protects the data it serves', () => {
  test('an API call without the per-run token is refused with 401', async ({ webHost, page, openApp }) => {
    const noToken = await rawRequest(webHost.url, {
      path: '/api/service/listPaths',
      method: 'POST',
      body: '{}',
    });
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body)).toMatchObject({ ok: false });

    const wrongToken = await rawRequest(webHost.url, {
      path: '/api/service/listPaths',
      method: 'POST',
      headers: { 'x-studypath-token': 'guessed' },
      body: '{}',
    });
    expect(wrongToken.status).toBe(401);

    const eventsWithoutToken = await rawRequest(webHost.url, { path: '/api/events' });
    expect(eventsWithoutToken.status).toBe(401);

    await openApp();
    const withToken = await rawRequest(webHost.url, {
      path: '/api/service/listPaths',
      method: 'POST',
      headers: { 'x-studypath-token': await pageToken(page), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(withToken.status).toBe(200);
    expect(JSON.parse(withToken.body)).toMatchObject({ ok: true });
  });

  test('a page reaching the host under another name (DNS rebinding) is refused with 403', async ({
    webHost,
  }) => {
    const rebound = await rawRequest(webHost.url, { path: '/', headers: { host: 'attacker.example' } });
    expect(rebound.status).toBe(403);
  });

  test('files outside the built app are never served', async ({ webHost }) => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/..%5cpackage.json',
    ]) {
      const response = await rawRequest(webHost.url, { path });
      expect(response.status, path).toBe(404);
    }
  });

  test('every response carries a Content-Security-Policy that allows nothing remote', async ({ webHost }) => {
    const response = await fetch(webHost.url);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('an unknown API method answers with a not-found error', async ({ webHost, page, openApp }) => {
    await openApp();
    const response = await rawRequest(webHost.url, {
      path: '/api/service/dropAllTables',
      method: 'POST',
      headers: { 'x-studypath-token': await pageToken(page) },
      body: '{}',
    });
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  test('a change made outside the page shows up without a reload', async ({ webHost, page, openApp }) => {
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    const document = [
      '---',
      'title: "Lighthouse Keeper Engineer"',
      'description: "Career Path for a Lighthouse Keeper Engineer"',
      '---',
      '# Lighthouse Keeper Engineer',
      '',
      '## Role Definition & Responsibilities:',
      'Keeps the lights on.',
      '',
      '### Certifications:',
      '* **Lamp Safety Certificate:** Handling lamps safely.',
      '',
      '### Recommended Technologies and Tools to Learn:',
      '* **Optics:** Fresnel lenses, mirrors',
      '',
      '#### Project Ideas:',
      '* **Build a tide table:** A small tide-table app.',
      '',
    ].join('\n');
    const imported = await rawRequest(webHost.url, {
      path: '/api/service/importCareerPath',
      method: 'POST',
      headers: { 'x-studypath-token': await pageToken(page), 'content-type': 'application/json' },
      body: JSON.stringify({
        fileName: 'lighthouse.md',
        bytes: { $bytes: Buffer.from(document).toString('base64') },
      }),
    });
    expect(JSON.parse(imported.body)).toMatchObject({ ok: true });
    await expect(library.pathCard(/Lighthouse Keeper Engineer/)).toBeVisible();
  });
});
