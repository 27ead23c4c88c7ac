import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
  ValidationError,
} from 'class-validator';
import { randomBytes } from 'node:crypto';
import { Role } from '../auth/role.enum';
import { readPrivateKey, SigningKeyError } from '../signing/ed25519';
import { CaptureSettings, parseCaptureSettings } from './capture-settings';
import { parseTrustProxy, TrustProxy } from './trust-proxy';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** Points in a job where a test can make the worker stop (TEST_PAUSE_AT). */
export const PAUSE_POINTS = ['export.build', 'report.compile'] as const;
export type PausePoint = (typeof PAUSE_POINTS)[number];

/** Federal EEOC rules keep hiring records at least two years: no retention setting may go below. */
export const RETENTION_FLOOR_YEARS = 2;
/** Wis. Stat. 19.21(5)(c): seven years where no schedule covers the record. */
export const RETENTION_DEFAULT_YEARS = 7;

/**
 * Every environment variable the service reads, validated once at boot.
 * A bad value stops the start with a message that names the variable.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/cybervet';

  /**
   * The longest a request waits for a PostgreSQL connection (when the server is down or the
   * network hangs); after it, the request answers 503.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  DB_CONNECT_TIMEOUT_MS = 5000;

  /**
   * The longest one query may wait for PostgreSQL's answer before the request answers 503.
   * No query of this service is meant to run that long; the limit is there for a hung network.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DB_QUERY_TIMEOUT_MS = 30_000;

  @IsString()
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix for every BullMQ key, so several deployments (or test runs) can share one Redis. */
  @IsString()
  @MinLength(1)
  QUEUE_PREFIX = 'cybervet';

  @IsOptional()
  @IsString()
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(24 * 3600)
  JWT_TTL_SECONDS = 900;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsString()
  BODY_LIMIT = '1mb';

  /** Sign-in attempts allowed per client address per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 20;

  /**
   * Which proxies may set X-Forwarded-For (Express `trust proxy`): `false` (default), `true`,
   * a hop count, or a comma-separated list of addresses / CIDRs / loopback, linklocal, uniquelocal.
   */
  @IsString()
  TRUST_PROXY = 'false';

  /** `/docs` and `/docs-json` without sign-in; otherwise only for a signed-in ADMIN. */
  @IsIn(['true', 'false'])
  DOCS_PUBLIC: 'true' | 'false' = 'false';

  /** Refused-token events written to the audit log per client address per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_FAILURE_LOG_LIMIT = 5;

  /** The window, in seconds, after which one summary event counts the refusals not written. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  AUTH_FAILURE_LOG_WINDOW_SECONDS = 60;

  @IsOptional()
  @IsString()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsString()
  ADMIN_NAME?: string;

  /** Write-once evidence store (a volume in deployment). */
  @IsString()
  EVIDENCE_DIR = './var/evidence';

  @IsString()
  EXPORT_DIR = './var/exports';

  /**
   * PEM file (PKCS#8) of the deployment's Ed25519 signing key: it signs every export bundle's
   * manifest. Required in production. Elsewhere, when unset, DEFAULT_SIGNING_KEY_PATH is used and
   * a key is generated there on first start.
   */
  @IsOptional()
  @IsString()
  EXPORT_SIGNING_KEY?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

  /** How often the outbox relay pushes pending scan and release jobs to the queue. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  OUTBOX_POLL_MS = 1000;

  /** How long the relay waits for Redis before leaving a job in the outbox for the next round. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  QUEUE_ADD_TIMEOUT_MS = 3000;

  /** How many times a report compilation job runs before its release is marked FAILED. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  RELEASE_JOB_ATTEMPTS = 5;

  /** First retry delay of a failed compilation; each further retry waits twice as long. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  RELEASE_RETRY_DELAY_MS = 2000;

  /** How long the relay leaves a dispatched, still pending release before checking its job again. */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  RELEASE_REDISPATCH_MS = 60_000;

  /** How long after handing an export to the queue the relay checks that its job still exists. */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  EXPORT_REDISPATCH_MS = 60_000;

  @IsString()
  AUDIT_VERIFY_CRON = '30 2 * * *';

  /** How often the sequencer chains waiting audit events (a full batch goes again at once). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60_000)
  AUDIT_SEQUENCE_INTERVAL_MS = 200;

  /** When the worker writes a signed checkpoint of the chain's head (UTC). */
  @IsString()
  AUDIT_ANCHOR_CRON = '0 * * * *';

  /** Where signed checkpoints go: a separate volume; files are created, never rewritten. */
  @IsString()
  AUDIT_ANCHOR_DIR = './var/audit-anchors';

  @IsString()
  RETENTION_PURGE_CRON = '0 3 * * *';

  @Transform(toInt)
  @IsInt()
  @Min(RETENTION_FLOOR_YEARS, {
    message: `RETENTION_RAW_YEARS must be at least ${RETENTION_FLOOR_YEARS} years (federal EEOC floor for hiring records)`,
  })
  RETENTION_RAW_YEARS = RETENTION_DEFAULT_YEARS;

  @Transform(toInt)
  @IsInt()
  @Min(RETENTION_FLOOR_YEARS, {
    message: `RETENTION_REPORT_YEARS must be at least ${RETENTION_FLOOR_YEARS} years (federal EEOC floor for hiring records)`,
  })
  RETENTION_REPORT_YEARS = RETENTION_DEFAULT_YEARS;

  @Transform(toInt)
  @IsInt()
  @Min(RETENTION_FLOOR_YEARS, {
    message: `RETENTION_AUDIT_YEARS must be at least ${RETENTION_FLOOR_YEARS} years (federal EEOC floor for hiring records)`,
  })
  RETENTION_AUDIT_YEARS = RETENTION_DEFAULT_YEARS;

  /** Browser sessions lock after this many idle minutes (CJIS: at most 30). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30, { message: 'SESSION_IDLE_MINUTES must be at most 30 (CJIS idle-session limit)' })
  SESSION_IDLE_MINUTES = 30;

  /** A browser session ends this many hours after sign-in, however active. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24)
  SESSION_MAX_HOURS = 12;

  /** A session's last activity is written at most once per this many seconds (keeps requests cheap). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(300)
  SESSION_TOUCH_SECONDS = 30;

  /** The built web application; relative paths are taken from the project root. */
  @IsString()
  WEB_DIST_DIR = 'web/dist';

  /**
   * What this process does: `api` serves HTTP only; `worker` runs the queue processors, the
   * outbox relay, the schedulers and the audit sequencer, and serves only /health; `all` does both.
   */
  @IsIn(['api', 'worker', 'all'])
  APP_ROLE: 'api' | 'worker' | 'all' = 'all';

  /**
   * How long a worker's lock on a running job lasts without renewal (renewed every half of it).
   * A worker that dies mid-job (SIGKILL, power loss) frees its job this long after; another
   * worker then runs it again.
   */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  QUEUE_LOCK_MS = 30_000;

  /** How often a worker looks for jobs whose worker died (BullMQ's stalled-job check). */
  @Transform(toInt)
  @IsInt()
  @Min(200)
  QUEUE_STALLED_INTERVAL_MS = 30_000;

  /**
   * Tests only (refused in production): the name of a point in a job where the worker stops for
   * good and says so on stderr (`export.build`, `report.compile`), so a test can kill it there.
   */
  @IsOptional()
  @IsIn(PAUSE_POINTS)
  TEST_PAUSE_AT?: PausePoint;

  /** Chromium used for server captures (Debian's package). */
  @IsString()
  CAPTURE_BROWSER = '/usr/bin/chromium';

  /** A capture that has not finished loading within this time is FAILED. */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  @Max(120_000)
  CAPTURE_TIMEOUT_MS = 30_000;

  /** Bytes a capture's page may download in all (document and subresources). */
  @Transform(toInt)
  @IsInt()
  @Min(10_000)
  CAPTURE_MAX_BYTES = 50 * 1024 * 1024;

  /** Ports a capture may connect to (comma-separated). */
  @IsString()
  CAPTURE_PORTS = '80,443';

  /**
   * Tests only: `host:port` entries a capture may reach even though their address is not public
   * (a test server on 127.0.0.1). Refused at start-up in production.
   */
  @IsOptional()
  @IsString()
  CAPTURE_ALLOW_HOSTS?: string;

  /** Filled in by validateConfig: CAPTURE_PORTS and CAPTURE_ALLOW_HOSTS parsed. */
  capture!: CaptureSettings;

  /** OpenID Connect single sign-on: all four set, or none (then SSO is off). */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OIDC_ISSUER?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  /** This app's callback, registered at the provider: https://<host>/api/auth/oidc/callback. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OIDC_REDIRECT_URL?: string;

  /** The name on the sign-in button: "Sign in with <name>". */
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  OIDC_DISPLAY_NAME = 'single sign-on';

  /** Where the provider sends the browser after signing out there (default: this app's `/`). */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OIDC_POST_LOGOUT_REDIRECT_URL?: string;

  /** `true`: an identity with no account gets one, with no roles (an admin grants them). */
  @IsIn(['true', 'false'])
  OIDC_AUTO_PROVISION: 'true' | 'false' = 'false';

  /** `true`: an ID token whose `amr` claim shows no second factor is refused. */
  @IsIn(['true', 'false'])
  OIDC_REQUIRE_MFA: 'true' | 'false' = 'false';

  /** `false` (only with SSO configured): passwords work only for BREAK_GLASS_ADMIN_EMAIL. */
  @IsIn(['true', 'false'])
  LOCAL_LOGIN: 'true' | 'false' = 'true';

  /** The one ADMIN who may still sign in with a password when LOCAL_LOGIN=false. */
  @IsOptional()
  @IsString()
  BREAK_GLASS_ADMIN_EMAIL?: string;

  /**
   * Roles whose holders must enrol a TOTP authenticator before doing anything else (local
   * password sign-in; with SSO, MFA is the provider's job). Comma-separated, or `none`.
   */
  @IsString()
  MFA_REQUIRED_ROLES = DEFAULT_MFA_REQUIRED_ROLES;

  /** The issuer name authenticator apps show beside the account. */
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  MFA_ISSUER = 'cybervet';

  /** Filled in by validateConfig: MFA_REQUIRED_ROLES parsed. */
  mfaRequiredRoles!: Role[];

  /** Filled in by validateConfig: the secret actually used to sign tokens. */
  jwtSecret!: string;

  /** Filled in by validateConfig: where the signing key is (EXPORT_SIGNING_KEY or the default). */
  signingKeyPath!: string;

  /** Filled in by validateConfig: TRUST_PROXY parsed into Express's `trust proxy` value. */
  trustProxy!: TrustProxy;

  /** True when this process serves the API (roles `api` and `all`). */
  get servesApi(): boolean {
    return this.APP_ROLE !== 'worker';
  }

  /** True when this process runs background work (roles `worker` and `all`). */
  get runsWorkers(): boolean {
    return this.APP_ROLE !== 'api';
  }

  /** True when all four OIDC_* variables are set. */
  get oidcEnabled(): boolean {
    return this.OIDC_ISSUER !== undefined;
  }

  get localLoginEnabled(): boolean {
    return this.LOCAL_LOGIN === 'true';
  }

  get docsPublic(): boolean {
    return this.DOCS_PUBLIC === 'true';
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

/** Where a key is generated outside production when EXPORT_SIGNING_KEY is unset. */
export const DEFAULT_SIGNING_KEY_PATH = './var/keys/export-signing-key.pem';

export const DEFAULT_MFA_REQUIRED_ROLES = 'SEARCHER,ADMIN,RECORDS_CUSTODIAN,AUDITOR';

const PLACEHOLDER_SECRETS = new Set(['', 'changeme', 'change-me', 'secret', 'replace-me']);

export class ConfigError extends Error {}

function describe(errors: ValidationError[]): string {
  return errors
    .map((e) => {
      const reasons = Object.values(e.constraints ?? {}).join('; ');
      return `${e.property}: ${reasons} (got ${JSON.stringify(e.value)})`;
    })
    .join('\n  ');
}

/** Parses and validates the environment. Throws ConfigError naming each bad variable. */
export function validateConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const config = plainToInstance(AppConfig, relevant, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${describe(errors)}`);
  }
  const trustProxy = parseTrustProxy(config.TRUST_PROXY);
  if (trustProxy === null) {
    throw new ConfigError(
      `Invalid configuration:\n  TRUST_PROXY: must be false, true, a hop count, or a comma-separated list of IP addresses, CIDR ranges, loopback, linklocal, uniquelocal (got ${JSON.stringify(config.TRUST_PROXY)})`,
    );
  }
  config.trustProxy = trustProxy;
  checkSignInConfig(config);
  const secret = config.JWT_SECRET ?? '';
  if (config.isProduction) {
    if (PLACEHOLDER_SECRETS.has(secret.toLowerCase()) || secret.length < 32) {
      throw new ConfigError(
        'Invalid configuration:\n  JWT_SECRET: production needs a real secret of at least 32 characters (for example `openssl rand -hex 32`)',
      );
    }
    config.jwtSecret = secret;
  } else {
    // Outside production a missing secret gets a random one per process: tokens simply
    // stop working after a restart. Nothing secret is ever committed.
    config.jwtSecret = secret.length > 0 ? secret : randomBytes(32).toString('hex');
  }
  if (config.isProduction) {
    // Bundles signed by a key generated on the spot would prove nothing: production brings its own.
    if (!config.EXPORT_SIGNING_KEY)
      throw new ConfigError(
        'Invalid configuration:\n  EXPORT_SIGNING_KEY: production needs the path of the Ed25519 signing key (PEM), for example from `openssl genpkey -algorithm ed25519 -out export-signing-key.pem`',
      );
    try {
      readPrivateKey(config.EXPORT_SIGNING_KEY);
    } catch (error) {
      if (!(error instanceof SigningKeyError)) throw error;
      throw new ConfigError(`Invalid configuration:\n  EXPORT_SIGNING_KEY: ${error.message}`);
    }
  }
  if (config.isProduction && config.TEST_PAUSE_AT) {
    throw new ConfigError(
      'Invalid configuration:\n  TEST_PAUSE_AT: a test-only setting (it stops jobs on purpose); unset it in production',
    );
  }
  config.signingKeyPath = config.EXPORT_SIGNING_KEY ?? DEFAULT_SIGNING_KEY_PATH;
  const capture = parseCaptureSettings(config);
  if (typeof capture === 'string') throw new ConfigError(`Invalid configuration:\n  ${capture}`);
  config.capture = capture;
  return config;
}

/** SSO is all-or-nothing; LOCAL_LOGIN=false needs SSO; MFA_REQUIRED_ROLES names real roles. */
function checkSignInConfig(config: AppConfig): void {
  const oidc = [
    'OIDC_ISSUER',
    'OIDC_CLIENT_ID',
    'OIDC_CLIENT_SECRET',
    'OIDC_REDIRECT_URL',
  ] as const;
  const set = oidc.filter((k) => config[k] !== undefined);
  if (set.length > 0 && set.length < oidc.length) {
    throw new ConfigError(
      `Invalid configuration:\n  ${oidc.filter((k) => config[k] === undefined).join(', ')}: single sign-on needs all of ${oidc.join(', ')} (only ${set.join(', ')} set)`,
    );
  }
  if (!config.localLoginEnabled && !config.oidcEnabled) {
    throw new ConfigError(
      'Invalid configuration:\n  LOCAL_LOGIN: false turns passwords off, which needs single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URL)',
    );
  }
  const raw = config.MFA_REQUIRED_ROLES.trim();
  const names = raw.toLowerCase() === 'none' ? [] : raw.split(',').map((r) => r.trim());
  const unknown = names.filter((r) => !(Object.values(Role) as string[]).includes(r));
  if (unknown.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n  MFA_REQUIRED_ROLES: unknown role ${unknown.join(', ')} (roles: ${Object.values(Role).join(', ')}, or none)`,
    );
  }
  config.mfaRequiredRoles = names as Role[];
}
