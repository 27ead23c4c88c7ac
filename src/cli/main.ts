import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command } from 'commander';
import { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { AuditAnchorService } from '../audit/audit-anchor.service';
import { AuditSequencer } from '../audit/audit-sequencer.service';
import { AuditVerificationService } from '../audit/audit-verification.service';
import { Role } from '../auth/role.enum';
import { ConfigError, validateConfig } from '../config/app-config';
import { ensureDatabase } from '../database/ensure-database';
import { formatVerification, verifyBundle } from '../records/bundle-verifier';
import { RescanScopeError, RescanService } from '../screening/rescan.service';
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

async function readPublicKey(file: string): Promise<KeyObject> {
  try {
    return parsePublicKey(await readFile(file));
  } catch (error) {
    const why = error instanceof SigningKeyError ? error.message : (error as Error).message;
    throw new ConfigError(`--public-key ${file}: ${why}`);
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
  .description(
    'Chain waiting events, walk the audit chain, compare with the last recorded head, and record the result; with --anchors, also check the signed checkpoints',
  )
  .option(
    '--anchors <dir>',
    "a directory of signed checkpoints (AUDIT_ANCHOR_DIR): each checkpoint's event must still be in the chain with the same hash, and its signature valid",
  )
  .option(
    '--public-key <file>',
    "the key the checkpoints must be signed with (PEM, from GET /api/exports/signing-key); by default this deployment's own key",
  )
  .action(async (opts: { anchors?: string; publicKey?: string }) => {
    const publicKey = opts.publicKey ? await readPublicKey(opts.publicKey) : undefined;
    await withContext(async (ctx) => {
      await ctx.get(AuditSequencer).settle();
      const report = await ctx.get(AuditVerificationService).verifyAndRecord('CLI');
      const anchors = opts.anchors
        ? await ctx.get(AuditAnchorService).check(opts.anchors, publicKey)
        : undefined;
      process.stdout.write(`${JSON.stringify({ ...report, anchors }, null, 2)}\n`);
      if (anchors) {
        for (const p of anchors.problems) {
          process.stderr.write(`checkpoint ${p.file}: ${p.problem}\n`);
        }
        process.stderr.write(
          anchors.problems.length
            ? `${anchors.problems.length} of ${anchors.checked} checkpoints disagree with the chain\n`
            : `all ${anchors.checked} checkpoints agree with the chain\n`,
        );
      }
      if (!report.intact || report.tampering || (anchors && anchors.problems.length > 0)) {
        process.exitCode = 2;
      }
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
    const publicKey = opts.publicKey ? await readPublicKey(opts.publicKey) : undefined;
    const result = await verifyBundle(zip, { publicKey });
    process.stdout.write(formatVerification(result));
    if (!result.ok) process.exitCode = 2;
  });

program
  .command('screening:rescan')
  .description(
    'Queue re-screening, under the current detector rules, of every finding not yet released, and list released reports the new rules would have flagged for the searchers of their process',
  )
  .option('--process <id>', 'only this hiring process')
  .action(async (opts: { process?: string }) => {
    if (
      opts.process &&
      !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(opts.process)
    )
      throw new ConfigError(`--process ${opts.process}: not a process id (a UUID)`);
    await withContext(async (ctx) => {
      let result;
      try {
        result = await ctx.get(RescanService).rescan({ processId: opts.process });
      } catch (error) {
        if (error instanceof RescanScopeError) throw new ConfigError(error.message);
        throw error;
      }
      const out = (line: string) => process.stdout.write(`${line}\n`);
      out(`Rules version ${result.rulesVersion}`);
      out(`Findings queued for re-screening: ${result.findingsQueued}`);
      out(`Released reports the new rules would have flagged: ${result.reportsListed.length}`);
      for (const r of result.reportsListed) {
        const classes = [...new Set(r.flags.map((f) => f.class))].join(', ');
        out(
          `  report version ${r.version} of vetting ${r.vettingId} (process ${r.processId}): ${classes}`,
        );
      }
      if (result.reportsListed.length)
        out(
          'They are listed for the searchers of their process (GET /api/screening/rescan-notices).',
        );
    });
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
