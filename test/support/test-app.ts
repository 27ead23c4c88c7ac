import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { validateConfig } from '../../src/config/app-config';
import { Role } from '../../src/auth/role.enum';
import { UsersService } from '../../src/users/users.service';
import { dbUrl, REDIS_URL, withAdminClient } from './test-env';

export const TEST_PASSWORD = 'correct horse battery staple';

let counter = 0;

/** A fresh database cloned from the run's migrated template: this file's own, isolated data. */
export async function createTestDatabase(): Promise<string> {
  const runId = process.env.CYBERVET_TEST_RUN;
  const template = process.env.CYBERVET_TEST_TEMPLATE;
  if (!runId || !template) throw new Error('Run the tests with `npm test` (global setup missing)');
  const name = `${runId}_${process.pid}_${++counter}_${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await withAdminClient((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
      return name;
    } catch (error) {
      // Two workers cloning the template at the same instant: the second waits and retries.
      if (attempt > 20 || (error as { code?: string }).code !== '55006') throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

export interface TestApp {
  app: INestApplication;
  http: () => TestAgent;
  db: DataSource;
  dbName: string;
  get<T>(token: new (...args: never[]) => T): T;
  /** Creates a user through the real service and returns it with a signed-in token. */
  user(roles: Role[], name?: string): Promise<TestUser>;
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  token: string;
  auth: { Authorization: string };
}

/**
 * Boots the real AppModule against a fresh database and a Redis key prefix of its own, or, with
 * `options.dbName`, against another test app's database and prefix (a second process of one
 * deployment: pass the first one's EVIDENCE_DIR, EXPORT_DIR and JWT_SECRET in `env` too).
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { databaseUrl?: (dbName: string) => string; dbName?: string } = {},
): Promise<TestApp> {
  const dbName = options.dbName ?? (await createTestDatabase());
  const scratch = mkdtempSync(join(tmpdir(), 'cybervet-test-'));
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: (options.databaseUrl ?? dbUrl)(dbName),
    REDIS_URL,
    QUEUE_PREFIX: dbName,
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '100000',
    OUTBOX_POLL_MS: '100',
    QUEUE_ADD_TIMEOUT_MS: '500',
    JWT_SECRET: randomBytes(32).toString('hex'),
    EVIDENCE_DIR: join(scratch, 'evidence'),
    EXPORT_DIR: join(scratch, 'exports'),
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
    TRUST_PROXY: 'false',
    DOCS_PUBLIC: 'false',
    AUTH_FAILURE_LOG_LIMIT: '5',
    AUTH_FAILURE_LOG_WINDOW_SECONDS: '60',
    // Most files test other things with users of every role signing in by password alone; the
    // second-factor rule is tested with its real default in test/e2e/mfa-*.e2e-spec.ts, which
    // pass MFA_REQUIRED_ROLES: '' (an empty value means the default).
    MFA_REQUIRED_ROLES: 'none',
    LOCAL_LOGIN: 'true',
    OIDC_ISSUER: '',
    OIDC_CLIENT_ID: '',
    OIDC_CLIENT_SECRET: '',
    OIDC_REDIRECT_URL: '',
    OIDC_AUTO_PROVISION: 'false',
    OIDC_REQUIRE_MFA: 'false',
    BREAK_GLASS_ADMIN_EMAIL: '',
    AUDIT_SEQUENCE_INTERVAL_MS: '50',
    AUDIT_ANCHOR_DIR: join(scratch, 'audit-anchors'),
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRole(validateConfig(process.env))],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false });
  configureApp(app);
  await app.init();
  const db = app.get<DataSource>(getDataSourceToken());
  const http = () => request(app.getHttpServer());
  const users = app.get(UsersService);

  const login = async (email: string, password = TEST_PASSWORD) => {
    const res = await http().post('/api/auth/login').send({ email, password });
    if (res.status !== 200)
      throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { accessToken: string }).accessToken;
  };

  return {
    app,
    http,
    db,
    dbName,
    get: (token) => app.get(token),
    login,
    async user(roles, name) {
      const n = ++counter;
      const email = `${roles.join('-').toLowerCase()}-${n}-${randomBytes(3).toString('hex')}@example.test`;
      const created = await users.create({
        email,
        name: name ?? `${roles.join('/')} user ${n}`,
        password: TEST_PASSWORD,
        roles,
      });
      const token = await login(email);
      return { ...created, token, auth: { Authorization: `Bearer ${token}` } };
    },
    async close() {
      await app.close();
    },
  };
}
