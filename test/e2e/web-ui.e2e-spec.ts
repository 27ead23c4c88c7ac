import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

const INDEX = '<!doctype html><html><body><div id="root">cybervet test build</div></body></html>';

describe('the web UI is served from WEB_DIST_DIR', () => {
  let t: TestApp;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'cybervet-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log("app")');
    // Docs public, so /docs/nope reaches the router (by default it would be a JSON 401).
    t = await startTestApp({ WEB_DIST_DIR: dist, DOCS_PUBLIC: 'true' });
  });
  afterAll(() => t.close());

  it('serves index.html at / and the built assets by name', async () => {
    const root = await t.http().get('/').set('Accept', 'text/html');
    expect(root.status).toBe(200);
    expect(root.headers['content-type']).toMatch(/text\/html/);
    expect(root.text).toContain('cybervet test build');
    // Scripts only from this origin, and no upgrade of plain-HTTP assets (a LAN deployment on :3000).
    expect(root.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(root.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(root.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
    const asset = await t.http().get('/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
  });

  it('falls back to index.html for app routes requested as HTML', async () => {
    const page = await t
      .http()
      .get('/vettings/3f1c2a9e-0000-4000-8000-000000000000')
      .set('Accept', 'text/html,application/xhtml+xml');
    expect(page.status).toBe(200);
    expect(page.text).toContain('cybervet test build');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('never falls back for /api, /docs or /health, nor for non-HTML requests', async () => {
    for (const path of ['/api/nope', '/api', '/docs/nope', '/health/nope']) {
      const res = await t.http().get(path).set('Accept', 'text/html');
      expect({ path, status: res.status, type: res.headers['content-type'] }).toEqual({
        path,
        status: 404,
        type: expect.stringMatching(/application\/json/),
      });
      expect(res.body.statusCode).toBe(404);
    }
    const missingAsset = await t.http().get('/assets/missing.js').set('Accept', '*/*');
    expect(missingAsset.status).toBe(404);
    const post = await t.http().post('/vettings').set('Accept', 'text/html');
    expect(post.status).toBe(404);
    // The API itself still answers as before.
    await t.http().get('/health/live').expect(200);
    const docs = await t.http().get('/docs-json');
    expect(docs.status).toBe(200);
    expect(docs.body.openapi).toBeDefined();
  });
});

describe('without a web UI build', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WEB_DIST_DIR: join(tmpdir(), 'cybervet-no-such-dist') });
  });
  afterAll(() => t.close());

  it('the API still starts and / is a JSON 404', async () => {
    await t.http().get('/health/live').expect(200);
    const root = await t.http().get('/').set('Accept', 'text/html');
    expect(root.status).toBe(404);
    expect(root.headers['content-type']).toMatch(/application\/json/);
  });
});
