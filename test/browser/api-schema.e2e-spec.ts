import { readFileSync, writeFileSync } from 'node:fs';
import { startTestApp, TestApp } from '../support/test-app';
import { openApiDocument, SCHEMA_FILE, schemaSource } from './support/openapi';

/**
 * The web app's client is generated from the server's OpenAPI document and committed. This
 * fails when a server change made it stale, so a change that breaks the UI fails the build.
 * `npm run generate:api` runs this file with CYBERVET_WRITE_API_SCHEMA=1 to rewrite it.
 */
describe('generated API client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the server (run npm run generate:api after changing a route or DTO)', async () => {
    const expected = schemaSource(await openApiDocument(t.app));
    if (process.env.CYBERVET_WRITE_API_SCHEMA === '1') writeFileSync(SCHEMA_FILE, expected);
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // missing: reported below
    }
    if (committed !== expected) {
      throw new Error(
        `web/src/lib/api/schema.d.ts is stale: the server's OpenAPI document changed. Run npm run generate:api and commit the result.`,
      );
    }
    expect(expected).toContain("'/api/processes': {");
  });
});
