import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from '../../../../test/test-app';
import { CONSOLE_CSP } from './serve-console';

const INDEX = '<!doctype html><html><body><div id="root"></div></body></html>';

async function raw(t: TestApp, path: string, method = 'GET') {
  const response = await fetch(`${t.baseUrl.replace(/\/api\/v1$/, '')}${path}`, { method });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('the API serves the built console at / (one address)', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await TestApp.start({ consoleDir: dir });
  });
  afterAll(async () => {
    await t.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the console page at /, never cached, with a content security policy', async () => {
    const page = await raw(t, '/');
    expect(page.status).toBe(200);
    expect(page.text).toBe(INDEX);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
  });

  it('answers index.html for console routes (SPA fallback), including deep links', async () => {
    for (const path of ['/plan-versions', '/plan-versions/6f1c/show/2', '/users?q=a@b.com']) {
      const page = await raw(t, path);
      expect(`${path} ${page.status} ${page.text}`).toBe(`${path} 200 ${INDEX}`);
    }
  });

  it('serves hashed assets with a long cache and other files with a short one', async () => {
    const asset = await raw(t, '/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.text).toBe('console.log(1)');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await raw(t, '/favicon.svg');
    expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('never shadows /api: unknown API paths keep the JSON 404, known ones answer as before', async () => {
    for (const path of ['/api/v1/no-such-thing', '/api/v1/plan-versions/x/y/z', '/api', '/api/']) {
      const response = await raw(t, path);
      expect(`${path} ${response.status}`).toBe(`${path} 404`);
      expect(JSON.parse(response.text)).toMatchObject({ statusCode: 404, code: 'route_not_found' });
    }
    expect((await raw(t, '/api/v1/health/live')).status).toBe(200);
    expect((await raw(t, '/api/docs-json')).status).toBe(200);
    const unauthorised = await raw(t, '/api/v1/plan-versions');
    expect(unauthorised.status).toBe(401);
  });

  it('answers a missing file with the JSON 404, not the page (an asset of another build)', async () => {
    for (const path of ['/assets/index-old999.js', '/robots.txt']) {
      const response = await raw(t, path);
      expect(`${path} ${response.status}`).toBe(`${path} 404`);
    }
  });

  it('answers other methods on console paths with the JSON 404 (only GET is a page)', async () => {
    const response = await raw(t, '/plan-versions', 'POST');
    expect(response.status).toBe(404);
    expect(JSON.parse(response.text).code).toBe('route_not_found');
  });
});

describe('without a built console', () => {
  let t: TestApp;
  beforeAll(
    async () => (t = await TestApp.start({ consoleDir: join(tmpdir(), 'missing-console') })),
  );
  afterAll(() => t.stop());

  it('serves the API only: / is the JSON 404', async () => {
    const page = await raw(t, '/');
    expect(page.status).toBe(404);
    expect(JSON.parse(page.text).code).toBe('route_not_found');
  });
});
