import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigError, validateConfig } from './config/app-config';
import { ensureDatabase } from './database/ensure-database';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = validateConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // Loaded only once the configuration holds: a bad setting is refused in a moment, before the
  // whole application (every module, the detector's vocabulary) is loaded.
  const [{ NestFactory }, { AppModule }, { configureApp }] = await Promise.all([
    import('@nestjs/core'),
    import('./app.module'),
    import('./app.setup'),
  ]);
  await ensureDatabase(config.DATABASE_URL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRole(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app);
  await app.listen(config.PORT);
  await logStartup(app, config);
}

/** Where the service listens, which database it uses (no credentials) and its schema version. */
async function logStartup(app: NestExpressApplication, config: AppConfig): Promise<void> {
  const db = new URL(config.DATABASE_URL);
  const migrations = await app
    .get(DataSource)
    .query<{ name: string }[]>(`SELECT name FROM migrations ORDER BY timestamp`);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  new Logger('Startup').log(
    `cybervet listening on ${url} ` +
      (config.servesApi
        ? `(role ${config.APP_ROLE}: API under /api, docs at /docs); `
        : '(role worker: only /health); ') +
      `database ${db.pathname.slice(1)} on ${db.hostname}:${db.port || 5432}; ` +
      `${migrations.length} migrations applied: ${migrations.map((m) => m.name).join(', ')}`,
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `cybervet failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
