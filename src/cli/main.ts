import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command } from 'commander';
import { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { AuditVerificationService } from '../audit/audit-verification.service';
import { Role } from '../auth/role.enum';
import { ConfigError, validateConfig } from '../config/app-config';
import { ensureDatabase } from '../database/ensure-database';
import { formatVerification, verifyBundle } from '../records/bundle-verifier';
import { parsePublicKey, SigningKeyError } from '../signing/ed25519';
import { passwordProblem } from '../users/password-policy';
import { UsersService } from '../users/users.service';
import { CliModule } from './cli.module';

/** Command-line tools for administrators, auditors and records custodians. */

async function withContext<T>(fn: (ctx: INestApplicationContext) => Promise<T>): Promise<T> {
  const config = validateConfig(process.env);
  await ensureDatabase(config.DATABASE_URL);
  const ctx = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new ConfigError('Set ADMIN_PASSWORD (no terminal to prompt on)');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('Password (at least 12 characters): ');
  } finally {
    rl.close();
  }
}

const program = new Command('cybervet').description('cybervet command-line tools');

program
  .command('create-admin')
  .description('Create an administrator (password from ADMIN_PASSWORD or a prompt)')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .action(async (opts: { email: string; name: string }) => {
    const password = await readPassword();
    const problem = passwordProblem(password);
    if (problem) throw new ConfigError(`The ${problem}`);
    await withContext(async (ctx) => {
      const user = await ctx
        .get(UsersService)
        .create({ email: opts.email, name: opts.name, password, roles: [Role.ADMIN] });
      process.stdout.write(`Created administrator ${user.email} (${user.id})\n`);
    });
  });

program
  .command('audit:verify')
  .description('Walk the audit chain, compare with the last recorded head, and record the result')
  .action(async () => {
    await withContext(async (ctx) => {
      const report = await ctx.get(AuditVerificationService).verifyAndRecord('CLI');
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      if (!report.intact || report.tampering) process.exitCode = 2;
    });
  });

program
  .command('export:verify')
  .description(
    "Check an export bundle: the zip's structure, each file's SHA-256 against manifest.json, and manifest.sig",
  )
  .argument('<zip>', 'path to the export bundle (.zip)')
  .option(
    '--public-key <file>',
    "the deployment's published public key (PEM, from GET /api/exports/signing-key); without it the signature is checked against the key inside the bundle, which proves consistency, not authenticity",
  )
  .action(async (zip: string, opts: { publicKey?: string }) => {
    // Needs no configuration and no database: a bundle can be checked anywhere.
    let publicKey: KeyObject | undefined;
    if (opts.publicKey) {
      try {
        publicKey = parsePublicKey(await readFile(opts.publicKey));
      } catch (error) {
        const why = error instanceof SigningKeyError ? error.message : (error as Error).message;
        throw new ConfigError(`--public-key ${opts.publicKey}: ${why}`);
      }
    }
    const result = await verifyBundle(zip, { publicKey });
    process.stdout.write(formatVerification(result));
    if (!result.ok) process.exitCode = 2;
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
