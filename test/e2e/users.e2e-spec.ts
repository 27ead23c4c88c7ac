import { Role } from '../../src/auth/role.enum';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { auditSettled } from '../support/audit';

describe('users API and request validation', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.user([Role.ADMIN]);
  });
  afterAll(() => t.close());

  it('creates a user with several roles, never returning the password hash, and audits it', async () => {
    const res = await t
      .http()
      .post('/api/users')
      .set(admin.auth)
      .send({
        email: 'Searcher.One@Example.test',
        name: 'Sam Searcher',
        password: 'a long enough pass',
        roles: [Role.SEARCHER, Role.AUDITOR],
      });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'Searcher.One@Example.test',
      roles: [Role.SEARCHER, Role.AUDITOR],
      active: true,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|password/i);
    const got = await t.http().get(`/api/users/${res.body.id}`).set(admin.auth);
    expect(got.body.name).toBe('Sam Searcher');
    const [hash] = await t.db.query(`SELECT password_hash FROM users WHERE id = $1`, [res.body.id]);
    expect(hash.password_hash).toMatch(/^\$argon2id\$/);
    await auditSettled(t);
    const [event] = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'user.create' AND subject_id = $1`,
      [res.body.id],
    );
    expect(event.details).toEqual({
      email: 'Searcher.One@Example.test',
      roles: [Role.SEARCHER, Role.AUDITOR],
    });
  });

  it('treats emails case-insensitively: a second account differing only in case is refused with 409', async () => {
    const body = {
      email: 'dup@example.test',
      name: 'Dup',
      password: 'a long enough pass',
      roles: [Role.PANEL],
    };
    await t.http().post('/api/users').set(admin.auth).send(body).expect(201);
    const res = await t
      .http()
      .post('/api/users')
      .set(admin.auth)
      .send({ ...body, email: 'DUP@example.TEST' });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/already exists/);
  });

  it('rejects a password under 12 characters, an unknown role, an unknown field and a wrong type', async () => {
    const base = {
      email: 'v@example.test',
      name: 'V',
      password: 'a long enough pass',
      roles: [Role.PANEL],
    };
    const short = await t
      .http()
      .post('/api/users')
      .set(admin.auth)
      .send({ ...base, password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.message).toMatch(/at least 12 characters/);
    const role = await t
      .http()
      .post('/api/users')
      .set(admin.auth)
      .send({ ...base, roles: ['CHIEF'] });
    expect(role.status).toBe(400);
    expect(role.body.message).toMatch(/role must be one of/);
    const mass = await t
      .http()
      .post('/api/users')
      .set(admin.auth)
      .send({ ...base, tokenVersion: 99, active: false });
    expect(mass.status).toBe(400);
    expect(mass.body.message).toMatch(/property tokenVersion should not exist/);
    expect(mass.body.message).toMatch(/property active should not exist/);
    const type = await t
      .http()
      .patch(`/api/users/${admin.id}`)
      .set(admin.auth)
      .send({ active: 'yes' });
    expect(type.status).toBe(400);
    expect(type.body.message).toMatch(/active must be a boolean/);
  });

  it('answers malformed JSON with 400, an oversized body with 413, both in the one error shape', async () => {
    const bad = await t
      .http()
      .post('/api/users')
      .set(admin.auth)
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Malformed JSON in request body',
      requestId: expect.any(String),
    });
    const big = await t
      .http()
      .post('/api/users')
      .set(admin.auth)
      .send({ name: 'x'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(big.body.statusCode).toBe(413);
    expect(big.body.requestId).toEqual(big.headers['x-request-id']);
  });

  it('answers a bad id with 400 and a missing user with 404, never a stack trace', async () => {
    const bad = await t.http().get('/api/users/not-a-uuid').set(admin.auth);
    expect(bad.status).toBe(400);
    const missing = await t
      .http()
      .get('/api/users/00000000-0000-4000-8000-000000000000')
      .set(admin.auth);
    expect(missing.status).toBe(404);
    expect(Object.keys(missing.body).sort()).toEqual([
      'error',
      'message',
      'requestId',
      'statusCode',
    ]);
  });

  it('serves health without a token, and the OpenAPI document to an admin', async () => {
    expect((await t.http().get('/health/live')).status).toBe(200);
    const ready = await t.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toEqual({ postgres: { status: 'up' }, redis: { status: 'up' } });
    const docs = await t.http().get('/docs-json').set(admin.auth);
    expect(docs.status).toBe(200);
    expect(docs.body.components.securitySchemes.bearer).toBeDefined();
  });
});
