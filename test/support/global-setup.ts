import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { dbUrl, withAdminClient } from './test-env';

/**
 * Once per test run: a template database built by the real migrations. Each test file clones
 * it (CREATE DATABASE … TEMPLATE), so files are isolated from each other and can run in parallel.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `cvtest_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const template = `${runId}_template`;
  await withAdminClient((c) => c.query(`CREATE DATABASE "${template}"`));
  const ds = new DataSource(dataSourceOptions(dbUrl(template)));
  await ds.initialize();
  try {
    await ds.runMigrations();
  } finally {
    await ds.destroy();
  }
  process.env.CYBERVET_TEST_RUN = runId;
  process.env.CYBERVET_TEST_TEMPLATE = template;
}
