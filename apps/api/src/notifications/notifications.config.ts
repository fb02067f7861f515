import { ConfigType, registerAs } from '@nestjs/config';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Matches, Max, Min, validateSync } from 'class-validator';
import { EnvironmentError } from '../config/environment';

export const DEFAULT_MAIL_FROM = 'renkei <no-reply@renkei.invalid>';

const SMTP_URL_MESSAGE = 'SMTP_URL must look like smtp://host:1025 or smtps://user:password@host:465';
const MAIL_FROM_MESSAGE = 'MAIL_FROM must be an address such as "renkei <no-reply@example.jp>"';
/** `address@domain` or `Display Name <address@domain>`; no line breaks (they would open a header injection). */
const MAIL_FROM = /^(?:[^\r\n<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

const toInt =
  (fallback: number) =>
  ({ value }: { value: unknown }) =>
    value === undefined || value === '' ? fallback : Number(value);

/** Mail variables, validated like `Environment` (one line per problem). */
export class MailEnvironment {
  /** Unset: the development mailbox (rows in `development_mail`) instead of a real server. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @Matches(/^smtps?:\/\/\S+$/, { message: SMTP_URL_MESSAGE })
  SMTP_URL?: string;

  @Transform(({ value }: { value: unknown }) => (value === undefined || value === '' ? DEFAULT_MAIL_FROM : value))
  @Matches(MAIL_FROM, { message: MAIL_FROM_MESSAGE })
  MAIL_FROM = DEFAULT_MAIL_FROM;

  /** `false` leaves queued messages in the outbox (for an instance that must not send). */
  @Transform(({ value }: { value: unknown }) => value === undefined || value === '' || value === true || value === 'true')
  @IsBoolean()
  MAIL_WORKER_ENABLED = true;

  @Transform(toInt(1000))
  @IsInt({
    message: 'MAIL_POLL_INTERVAL_MS must be a whole number of milliseconds between 50 and 600000',
  })
  @Min(50, {
    message: 'MAIL_POLL_INTERVAL_MS must be a whole number of milliseconds between 50 and 600000',
  })
  @Max(600_000, {
    message: 'MAIL_POLL_INTERVAL_MS must be a whole number of milliseconds between 50 and 600000',
  })
  MAIL_POLL_INTERVAL_MS = 1000;

  @Transform(toInt(10))
  @IsInt({
    message: 'MAIL_MAX_ATTEMPTS must be a whole number between 1 and 100',
  })
  @Min(1, {
    message: 'MAIL_MAX_ATTEMPTS must be a whole number between 1 and 100',
  })
  @Max(100, {
    message: 'MAIL_MAX_ATTEMPTS must be a whole number between 1 and 100',
  })
  MAIL_MAX_ATTEMPTS = 10;
}

export interface MailWorkerSettings {
  /** Poll the outbox on application bootstrap. */
  enabled: boolean;
  pollIntervalMs: number;
  /** Rows claimed per poll. */
  batchSize: number;
  /** How long a claimed row stays ours; another instance may take it over after that. */
  leaseMs: number;
  /** A single send is aborted after this; it must be well below `leaseMs`. */
  sendTimeoutMs: number;
  /** After this many attempts the message is `failed`. */
  maxAttempts: number;
  /** Retry delay after attempt n: `backoffBaseMs · 2^(n−1)`, ±20 % jitter, at most `backoffMaxMs`. */
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export interface MailSettings {
  /** `smtp://` or `smtps://` URL; undefined selects the development mailbox. */
  smtpUrl: string | undefined;
  from: string;
  worker: MailWorkerSettings;
}

/** Validates the mail variables; throws one `EnvironmentError` that never echoes the URL (it may hold a password). */
export function readMailSettings(raw: Record<string, unknown>): MailSettings {
  if (raw['NODE_ENV'] === 'production' && !raw['SMTP_URL']) {
    throw new EnvironmentError(
      'Invalid configuration: SMTP_URL is required when NODE_ENV=production (without it e-mail only reaches the development mailbox)',
    );
  }
  const environment = plainToInstance(MailEnvironment, raw, {
    exposeDefaultValues: true,
  });
  const messages = validateSync(environment).flatMap((error) => Object.values(error.constraints ?? {}));
  if (environment.SMTP_URL !== undefined && !messages.includes(SMTP_URL_MESSAGE) && !isUsableSmtpUrl(environment.SMTP_URL)) {
    messages.push(SMTP_URL_MESSAGE);
  }
  if (messages.length > 0) {
    throw new EnvironmentError(`Invalid configuration: ${messages.join('; ')}`);
  }
  return {
    smtpUrl: environment.SMTP_URL,
    from: environment.MAIL_FROM,
    worker: {
      enabled: environment.MAIL_WORKER_ENABLED,
      pollIntervalMs: environment.MAIL_POLL_INTERVAL_MS,
      batchSize: 20,
      leaseMs: 5 * 60_000,
      sendTimeoutMs: 60_000,
      maxAttempts: environment.MAIL_MAX_ATTEMPTS,
      backoffBaseMs: 5_000,
      backoffMaxMs: 10 * 60_000,
    },
  };
}

function isUsableSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    const port = url.port === '' ? undefined : Number(url.port);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '' && (port === undefined || (port >= 1 && port <= 65535));
  } catch {
    return false;
  }
}

/** `host:port` of the SMTP URL, for logs: never the user name or password. */
export function describeSmtpUrl(value: string): string {
  const url = new URL(value);
  return `${url.protocol}//${url.host}`;
}

export const mailConfig = registerAs('mail', (): MailSettings => readMailSettings(process.env));
export type MailConfig = ConfigType<typeof mailConfig>;
