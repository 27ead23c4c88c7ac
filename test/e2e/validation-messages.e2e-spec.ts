import { buildWorld, itemBody } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('validation messages name the broken rule first, once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a NOT_APPLICABLE item without notes says the notes are required, and nothing else', async () => {
    const w = await buildWorld(t);
    const res = await t
      .http()
      .put(`/api/vettings/${w.vettingIds[0]}/items/google`)
      .set(w.searcher.auth)
      .send(itemBody('NOT_APPLICABLE'));
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(
      'notes are required for NOT_APPLICABLE and UNABLE: say why the item was not searched',
    );
  });

  it('one message per broken field, in the order of the fields', async () => {
    const w = await buildWorld(t);
    const res = await t
      .http()
      .put(`/api/vettings/${w.vettingIds[0]}/items/google`)
      .set(w.searcher.auth)
      .send({ outcome: 'NO_FINDINGS', method: 'PUBLIC_SEARCH_ENGINE' });
    expect(res.status).toBe(400);
    const messages = (res.body.message as string).split('; ');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^searchedAt /);
    expect(messages[1]).toBe('searchTerms must be an array');
  });
});
