import { Module } from '@nestjs/common';
import { SigningKeyService } from './signing-key.service';

/** The deployment's signing key: export bundles now, audit checkpoints and capture manifests later. */
@Module({ providers: [SigningKeyService], exports: [SigningKeyService] })
export class SigningModule {}
