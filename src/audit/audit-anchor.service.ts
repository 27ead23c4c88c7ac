import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { KeyObject } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { SigningKeyService } from '../signing/signing-key.service';
import { fingerprintOf, parsePublicKey, verifyDetached } from '../signing/ed25519';
import { canonicalJson } from './hash-chain';

export const CHECKPOINT_FORMAT = 'cybervet-audit-checkpoint/1';

/** What a checkpoint vouches for: the chain's event `seq` had `hash`, with `count` events, at `at`. */
export interface Checkpoint {
  seq: number;
  hash: string;
  count: number;
  /** ISO-8601 UTC, when the checkpoint was made. */
  at: string;
}

/** One checkpoint file as written: the signature covers canonicalJson(checkpoint) only. */
export interface CheckpointFile {
  format: typeof CHECKPOINT_FORMAT;
  checkpoint: Checkpoint;
  algorithm: 'Ed25519';
  /** SHA-256 (hex) of the signing key's DER SubjectPublicKeyInfo. */
  keyFingerprint: string;
  /** Base64 Ed25519 signature over the UTF-8 bytes of canonicalJson(checkpoint). */
  signature: string;
}

export interface ListedCheckpoint extends Checkpoint {
  file: string;
  keyFingerprint: string;
  signature: string;
  /** The signature checks out against this deployment's key. */
  signatureValid: boolean;
}

export interface AnchorProblem {
  file: string;
  seq: number | null;
  problem: string;
}

export interface AnchorCheck {
  checked: number;
  problems: AnchorProblem[];
}

export const checkpointBytes = (c: Checkpoint) => Buffer.from(canonicalJson(c), 'utf8');

/** `checkpoint-<seq, 12 digits>-<time>.json`: sorts by seq, then time; one file per checkpoint. */
const fileName = (c: Checkpoint) =>
  `checkpoint-${String(c.seq).padStart(12, '0')}-${c.at.replace(/[-:.]/g, '')}.json`;

/**
 * Signed checkpoints of the chain, kept outside the database (AUDIT_ANCHOR_DIR, a separate
 * volume). Someone who can disable the triggers can re-hash the whole chain so that it verifies
 * again; they cannot re-sign the checkpoints without the deployment's key, so a checkpoint whose
 * event no longer has the recorded hash shows the rewrite. Files are created with the `wx` flag:
 * never overwritten, and this code never deletes or rewrites one.
 */
@Injectable()
export class AuditAnchorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signingKey: SigningKeyService,
    private readonly config: AppConfig,
  ) {}

  get dir(): string {
    return resolve(this.config.AUDIT_ANCHOR_DIR);
  }

  /**
   * Writes a checkpoint of `at` (an event the caller has just verified) or, without it, of the
   * chain's current head. The event is re-read, so a checkpoint never vouches for a hash the
   * database does not hold. Returns null when the chain is still empty.
   */
  async write(at?: {
    seq: number;
    hash: string;
  }): Promise<{ file: string; checkpoint: Checkpoint } | null> {
    const [row] = await this.dataSource.query<{ seq: string; hash: string; count: number }[]>(
      at
        ? `SELECT seq, hash, (SELECT count(*)::int FROM audit_events WHERE seq <= $1) AS count
             FROM audit_events WHERE seq = $1`
        : `SELECT seq, hash, (SELECT count(*)::int FROM audit_events) AS count
             FROM audit_events ORDER BY seq DESC LIMIT 1`,
      at ? [at.seq] : [],
    );
    if (!row) return null;
    if (at && row.hash !== at.hash) {
      throw new Error(`Event ${at.seq} no longer has the verified hash: no checkpoint written`);
    }
    const checkpoint: Checkpoint = {
      seq: Number(row.seq),
      hash: row.hash,
      count: row.count,
      at: new Date().toISOString(),
    };
    const content: CheckpointFile = {
      format: CHECKPOINT_FORMAT,
      checkpoint,
      algorithm: 'Ed25519',
      keyFingerprint: this.signingKey.published.fingerprint,
      signature: this.signingKey.sign(checkpointBytes(checkpoint)).toString('base64'),
    };
    await mkdir(this.dir, { recursive: true });
    const file = fileName(checkpoint);
    await writeFile(join(this.dir, file), `${JSON.stringify(content, null, 2)}\n`, {
      flag: 'wx',
      mode: 0o444,
    });
    return { file, checkpoint };
  }

  /** Every checkpoint in AUDIT_ANCHOR_DIR, newest first, with its signature checked. */
  async list(): Promise<ListedCheckpoint[]> {
    const key = parsePublicKey(this.signingKey.published.publicKey);
    const files = await readCheckpointFiles(this.dir);
    return files
      .filter((f): f is { file: string; content: CheckpointFile } => 'content' in f)
      .map(({ file, content }) => ({
        file,
        ...content.checkpoint,
        keyFingerprint: content.keyFingerprint,
        signature: content.signature,
        signatureValid: signatureValid(content, key),
      }))
      .reverse();
  }

  /**
   * For `audit:verify --anchors DIR`: every checkpoint in `dir` must be signed by `publicKey`
   * (by default this deployment's key) and its event must still be in the chain with the same
   * hash. Any file that is not a readable checkpoint is a problem.
   */
  async check(dir: string, publicKey?: KeyObject): Promise<AnchorCheck> {
    const key = publicKey ?? parsePublicKey(this.signingKey.published.publicKey);
    const files = await readCheckpointFiles(resolve(dir));
    const problems: AnchorProblem[] = [];
    for (const f of files) {
      if (!('content' in f)) {
        problems.push({ file: f.file, seq: null, problem: f.error });
        continue;
      }
      const { checkpoint } = f.content;
      const say = (problem: string) =>
        problems.push({ file: f.file, seq: checkpoint.seq, problem });
      if (!signatureValid(f.content, key)) {
        say(`the signature does not match the checkpoint for key ${fingerprintOf(key)}`);
        continue;
      }
      const [row] = await this.dataSource.query<{ hash: string }[]>(
        `SELECT hash FROM audit_events WHERE seq = $1`,
        [checkpoint.seq],
      );
      if (!row) {
        say(`event ${checkpoint.seq} is no longer in the chain (checkpoint of ${checkpoint.at})`);
      } else if (row.hash !== checkpoint.hash) {
        say(
          `event ${checkpoint.seq} has hash ${row.hash}, but the checkpoint of ${checkpoint.at} signed ${checkpoint.hash}: the chain was rewritten`,
        );
      }
      // The count needs no query of its own: seq has no gaps (verification checks that), so an
      // event still at its seq with its hash has as many events before it as when signed.
    }
    return { checked: files.length, problems };
  }
}

function signatureValid(content: CheckpointFile, key: KeyObject): boolean {
  return verifyDetached(
    key,
    checkpointBytes(content.checkpoint),
    Buffer.from(content.signature, 'base64'),
  );
}

type ReadFile = { file: string; content: CheckpointFile } | { file: string; error: string };

async function readCheckpointFiles(dir: string): Promise<ReadFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: ReadFile[] = [];
  for (const file of names.filter((n) => n.endsWith('.json')).sort()) {
    try {
      const content = JSON.parse(await readFile(join(dir, file), 'utf8')) as CheckpointFile;
      const c = content.checkpoint;
      if (
        content.format !== CHECKPOINT_FORMAT ||
        !c ||
        !Number.isSafeInteger(c.seq) ||
        !Number.isSafeInteger(c.count) ||
        typeof c.hash !== 'string' ||
        typeof c.at !== 'string' ||
        typeof content.signature !== 'string'
      ) {
        out.push({ file, error: 'not a cybervet audit checkpoint' });
        continue;
      }
      // Only the signed fields count: anything else in the file is ignored.
      const checkpoint: Checkpoint = { seq: c.seq, hash: c.hash, count: c.count, at: c.at };
      out.push({ file, content: { ...content, checkpoint } });
    } catch (error) {
      out.push({ file, error: `unreadable: ${(error as Error).message}` });
    }
  }
  return out;
}
