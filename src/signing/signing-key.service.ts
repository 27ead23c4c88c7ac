import { Injectable, Logger } from '@nestjs/common';
import { KeyObject } from 'node:crypto';
import { resolve } from 'node:path';
import { AppConfig } from '../config/app-config';
import {
  fingerprintOf,
  publicKeyPem,
  readOrCreatePrivateKey,
  readPrivateKey,
  signDetached,
} from './ed25519';

export interface PublishedKey {
  algorithm: 'Ed25519';
  /** SPKI PEM. */
  publicKey: string;
  /** SHA-256 (hex) of the DER SubjectPublicKeyInfo. */
  fingerprint: string;
}

/**
 * The deployment's Ed25519 signing key, loaded once at boot. Production reads EXPORT_SIGNING_KEY
 * (validated with the configuration); elsewhere a key is generated on first start and reused.
 * The private key never leaves this service; only signatures and the public key do.
 */
@Injectable()
export class SigningKeyService {
  private readonly logger = new Logger('SigningKey');
  private readonly privateKey: KeyObject;
  readonly published: PublishedKey;

  constructor(config: AppConfig) {
    const path = resolve(config.signingKeyPath);
    if (config.isProduction) {
      this.privateKey = readPrivateKey(path);
    } else {
      const { key, created } = readOrCreatePrivateKey(path);
      this.privateKey = key;
      if (created) this.logger.warn(`Generated a new signing key at ${path} (not for production)`);
    }
    this.published = {
      algorithm: 'Ed25519',
      publicKey: publicKeyPem(this.privateKey),
      fingerprint: fingerprintOf(this.privateKey),
    };
  }

  /** Detached Ed25519 signature over exactly these bytes. */
  sign(data: Buffer): Buffer {
    return signDetached(this.privateKey, data);
  }
}
