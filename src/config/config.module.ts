import { Global, Module } from '@nestjs/common';
import { AppConfig, validateConfig } from './app-config';

/** Validates the environment once, at boot, and provides the typed result as `AppConfig`. */
@Global()
@Module({
  providers: [{ provide: AppConfig, useFactory: () => validateConfig(process.env) }],
  exports: [AppConfig],
})
export class ConfigModule {}
