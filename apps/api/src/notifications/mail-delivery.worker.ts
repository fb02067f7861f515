import { performance } from 'node:perf_hooks';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MAIL_TRANSPORT, MailSendError, MailTransport, OutgoingMail } from './mail-transport';
import { mailConfig, MailConfig, MailWorkerSettings } from './notifications.config';
import { MailLanguage, OutboxStatus } from './outbox-message.entity';

/** What one `deliverDue()` call did. */
export interface DeliveryReport {
  /** Rows this call claimed. */
  claimed: number;
  sent: number;
  /** Failed this time, back to `pending` with a later `nextAttemptAt`. */
  retried: number;
  /** Given up: refused for good by the server, or out of attempts. */
  failed: number;
  /** Claimed but not attempted (shutting down, or too little lease left); back to `pending` at once. */
  released: number;
}

interface ClaimedRow {
  id: string;
  recipient: string;
  language: MailLanguage;
  template: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  /** After the claim: the number of this attempt, and the fencing token of our lease. */
  attempts: number;
  /** `sending` when we took over a lease that expired: the earlier attempt's outcome is unknown. */
  previousStatus: OutboxStatus;
  createdAt: Date;
}

type Outcome = 'sent' | 'retried' | 'failed';

const LAST_ERROR_MAX_LENGTH = 2000;

/**
 * Claims due rows (several instances may run this against one database: `FOR UPDATE SKIP
 * LOCKED` gives each row to one of them, and the lease keeps it theirs), reads the lease
 * counter `attempts` back as a fencing token, sends each row once and records the outcome:
 * `sent`, or `pending` again after an exponential backoff with jitter, or `failed`.
 */
const CLAIM_SQL = `
  WITH due AS (
    SELECT "id", "status" AS "previous_status"
    FROM "outbox_message"
    WHERE ("status" = 'pending' AND "next_attempt_at" <= now())
       OR ("status" = 'sending' AND "locked_until" < now())
    ORDER BY "created_at"
    LIMIT $1
    FOR UPDATE SKIP LOCKED
  )
  UPDATE "outbox_message" AS m
  SET "status" = 'sending',
      "locked_until" = now() + $2::integer * interval '1 millisecond',
      "attempts" = m."attempts" + 1,
      "transport" = $3
  FROM due
  WHERE m."id" = due."id"
  RETURNING m."id", m."recipient", m."language", m."template", m."subject", m."text_body" AS "textBody",
            m."html_body" AS "htmlBody", m."attempts", due."previous_status" AS "previousStatus", m."created_at" AS "createdAt"`;

// Every update after the claim is fenced by (status 'sending', attempts = our attempt): a worker
// whose lease was taken over changes nothing. A sent message keeps no body: bodies may hold
// single-use links, which should not outlive their delivery in the database or its backups.
const MARK_SENT_SQL = `
  UPDATE "outbox_message" SET "status" = 'sent', "sent_at" = now(), "locked_until" = NULL, "last_error" = NULL, "text_body" = '', "html_body" = ''
  WHERE "id" = $1 AND "status" = 'sending' AND "attempts" = $2`;

const MARK_RETRY_SQL = `
  UPDATE "outbox_message"
  SET "status" = 'pending', "next_attempt_at" = now() + $3::integer * interval '1 millisecond', "locked_until" = NULL, "last_error" = $4
  WHERE "id" = $1 AND "status" = 'sending' AND "attempts" = $2`;

const MARK_FAILED_SQL = `
  UPDATE "outbox_message" SET "status" = 'failed', "locked_until" = NULL, "last_error" = $3
  WHERE "id" = $1 AND "status" = 'sending' AND "attempts" = $2`;

/** Hands back a row we claimed but did not try, without using up one of its attempts. */
const RELEASE_SQL = `
  UPDATE "outbox_message" SET "status" = 'pending', "attempts" = "attempts" - 1, "locked_until" = NULL, "next_attempt_at" = now()
  WHERE "id" = $1 AND "status" = 'sending' AND "attempts" = $2`;

/**
 * Sends the outbox. On application bootstrap it polls every `pollIntervalMs` (at once again while
 * batches come back full); on shutdown it stops polling, lets the send in progress finish and
 * records it, hands back the rest of its batch, and closes the transport. Tests call `deliverDue()`.
 *
 * Guarantees: a row whose send succeeded is marked `sent` before the next row is tried and is never
 * claimed again; two workers never hold the same row (row lock + lease); no send outlives its lease
 * (each is aborted at `sendTimeoutMs`, and a row is only tried with at least that much lease left).
 * The one case of a repeat: the process dies (or the database stays unreachable) between the
 * server's acceptance and the `sent` update; the row is sent again after its lease, with the same
 * Message-ID and `X-Renkei-Outbox-Id`, and a warning is logged.
 */
@Injectable()
export class MailDeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailDeliveryWorker.name);
  private readonly settings: MailWorkerSettings;
  private readonly leaseMarginMs: number;
  private readonly messageIdDomain: string;
  private state: 'idle' | 'polling' | 'stopped' = 'idle';
  private timer: NodeJS.Timeout | undefined;
  private consecutivePollFailures = 0;
  private readonly inFlight = new Set<Promise<DeliveryReport>>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(mailConfig.KEY) private readonly config: MailConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {
    this.settings = config.worker;
    this.leaseMarginMs = Math.min(5_000, Math.floor(this.settings.leaseMs / 10));
    if (this.settings.sendTimeoutMs + this.leaseMarginMs >= this.settings.leaseMs) {
      throw new Error(`Mail worker: sendTimeoutMs (${this.settings.sendTimeoutMs}) must be well below leaseMs (${this.settings.leaseMs})`);
    }
    this.messageIdDomain = /@([^\s@<>]+)>?\s*$/.exec(config.from)?.[1] ?? 'renkei.invalid';
  }

  onApplicationBootstrap(): void {
    if (this.transport.kind === 'development') {
      this.logger.warn(`SMTP_URL is unset: e-mails go to the ${this.transport.description}; JMSB users can read them in the app.`);
    } else {
      this.logger.log(`E-mails are sent through the ${this.transport.description}`);
    }
    if (this.settings.enabled) {
      this.start();
    } else {
      this.logger.warn('MAIL_WORKER_ENABLED=false: this instance queues e-mails but does not send them.');
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  /** True while the polling loop is active. */
  get polling(): boolean {
    return this.state === 'polling';
  }

  /** Starts polling (application bootstrap does this when the worker is enabled). */
  start(): void {
    if (this.state !== 'idle') {
      return;
    }
    this.state = 'polling';
    this.schedule(0);
  }

  /** Stops polling, waits for the deliveries in progress, then closes the transport. Idempotent. */
  async stop(): Promise<void> {
    const wasStopped = this.state === 'stopped';
    this.state = 'stopped';
    clearTimeout(this.timer);
    this.timer = undefined;
    await Promise.allSettled([...this.inFlight]);
    if (!wasStopped) {
      await this.transport.close().catch((error: unknown) => this.logger.error(`Closing the mail transport failed: ${describe(error)}`));
    }
  }

  /**
   * Claims up to `batchSize` due rows and sends them one after the other. Rejects only when the
   * claim itself fails (database unreachable); each row's outcome is recorded and logged.
   * After `stop()` it does nothing.
   */
  async deliverDue(): Promise<DeliveryReport> {
    if (this.state === 'stopped') {
      return emptyReport();
    }
    const run = this.deliverBatch();
    this.inFlight.add(run);
    try {
      return await run;
    } finally {
      this.inFlight.delete(run);
    }
  }

  private schedule(delayMs: number): void {
    if (this.state !== 'polling') {
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, delayMs);
  }

  private async poll(): Promise<void> {
    let delayMs = this.settings.pollIntervalMs;
    try {
      const report = await this.deliverDue();
      if (this.consecutivePollFailures > 0) {
        this.logger.log('Mail delivery polling works again');
        this.consecutivePollFailures = 0;
      }
      if (report.claimed === this.settings.batchSize && report.released === 0) {
        delayMs = 0; // a full batch: more may be due
      }
    } catch (error) {
      this.consecutivePollFailures += 1;
      // Database unreachable: back off up to a minute rather than log every interval.
      delayMs = Math.min(this.settings.pollIntervalMs * 2 ** Math.min(this.consecutivePollFailures, 16), 60_000);
      this.logger.error(
        `Mail delivery poll failed (${this.consecutivePollFailures} in a row, next in ${Math.round(delayMs / 1000)} s): ${describe(error)}`,
      );
    }
    this.schedule(delayMs);
  }

  private async deliverBatch(): Promise<DeliveryReport> {
    const report = emptyReport();
    const claimedAt = performance.now();
    const rows = await this.claim();
    report.claimed = rows.length;
    const lastStart = claimedAt + this.settings.leaseMs - this.leaseMarginMs - this.settings.sendTimeoutMs;
    for (const row of rows) {
      if (this.state === 'stopped' || performance.now() > lastStart) {
        await this.release(row);
        report.released += 1;
      } else {
        report[await this.deliverOne(row)] += 1;
      }
    }
    return report;
  }

  private async claim(): Promise<ClaimedRow[]> {
    const { records } = await this.execute<ClaimedRow>(CLAIM_SQL, [this.settings.batchSize, this.settings.leaseMs, this.transport.kind]);
    // RETURNING does not keep the CTE's order.
    return records.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  /** Sends one claimed row and records the outcome; never throws. */
  private async deliverOne(row: ClaimedRow): Promise<Outcome> {
    if (row.attempts > this.settings.maxAttempts) {
      // Only reachable when the lease of the last allowed attempt expired unrecorded.
      return this.recordFailed(row, `gave up after ${row.attempts - 1} attempts; the outcome of the last one is unknown (its lease expired)`);
    }
    if (row.previousStatus === 'sending') {
      this.logger.warn(
        `Outbox ${row.id}: the lease of attempt ${row.attempts - 1} expired before its outcome was recorded; sending again with the same Message-ID`,
      );
    }
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(new Error(`no answer within ${this.settings.sendTimeoutMs} ms`)), this.settings.sendTimeoutMs);
    try {
      await this.transport.send(this.toOutgoing(row), controller.signal);
    } catch (error) {
      return this.recordSendFailure(row, error);
    } finally {
      clearTimeout(timeout);
    }
    await this.recordSent(row);
    return 'sent';
  }

  private toOutgoing(row: ClaimedRow): OutgoingMail {
    return {
      outboxId: row.id,
      messageId: `<${row.id}@${this.messageIdDomain}>`,
      from: this.config.from,
      to: row.recipient,
      language: row.language,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
    };
  }

  /** The server has the message: record it, retrying briefly, since an unrecorded success means a repeat later. */
  private async recordSent(row: ClaimedRow): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { affected } = await this.execute(MARK_SENT_SQL, [row.id, row.attempts]);
        if (affected === 0) {
          this.logger.warn(`Outbox ${row.id}: sent, but its lease had been taken over before it was recorded`);
        }
        return;
      } catch (error) {
        if (attempt >= 3) {
          this.logger.error(`Outbox ${row.id}: sent, but recording it failed (${describe(error)}); it will be sent again when its lease expires`);
          return;
        }
        await delay(500 * attempt);
      }
    }
  }

  private async recordSendFailure(row: ClaimedRow, error: unknown): Promise<Outcome> {
    const sendError = error instanceof MailSendError ? error : new MailSendError(describe(error), false, { cause: error });
    if (sendError.permanent) {
      return this.recordFailed(row, `refused by the server: ${sendError.message}`);
    }
    if (row.attempts >= this.settings.maxAttempts) {
      return this.recordFailed(row, `gave up after ${row.attempts} attempts; last error: ${sendError.message}`);
    }
    const retryInMs = retryDelayMs(row.attempts, this.settings);
    try {
      await this.execute(MARK_RETRY_SQL, [row.id, row.attempts, retryInMs, truncate(sendError.message)]);
    } catch (updateError) {
      this.logger.error(`Outbox ${row.id}: recording a failed attempt failed (${describe(updateError)}); retried when its lease expires`);
    }
    this.logger.warn(
      `Outbox ${row.id} (${row.template}): attempt ${row.attempts} of ${this.settings.maxAttempts} failed, next in ${formatDuration(retryInMs)}: ${sendError.message}`,
    );
    return 'retried';
  }

  private async recordFailed(row: ClaimedRow, reason: string): Promise<Outcome> {
    try {
      await this.execute(MARK_FAILED_SQL, [row.id, row.attempts, truncate(reason)]);
    } catch (error) {
      this.logger.error(`Outbox ${row.id}: recording the failure failed (${describe(error)})`);
    }
    this.logger.error(`Outbox ${row.id} (${row.template}) failed: ${reason}`);
    return 'failed';
  }

  private async release(row: ClaimedRow): Promise<void> {
    try {
      await this.execute(RELEASE_SQL, [row.id, row.attempts]);
    } catch (error) {
      this.logger.error(`Outbox ${row.id}: handing the row back failed (${describe(error)}); taken over when its lease expires`);
    }
  }

  private async execute<T>(sql: string, parameters: unknown[]): Promise<{ records: T[]; affected: number }> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(sql, parameters, true);
      return { records: result.records as T[], affected: result.affected ?? 0 };
    } finally {
      await runner.release();
    }
  }
}

/**
 * Delay before the attempt after attempt `attempt` (1-based): `backoffBaseMs · 2^(attempt−1)`
 * (5 s, 10 s, 20 s … by default), ±20 % jitter so instances do not retry in step, at most `backoffMaxMs`.
 */
export function retryDelayMs(
  attempt: number,
  settings: Pick<MailWorkerSettings, 'backoffBaseMs' | 'backoffMaxMs'>,
  random: () => number = Math.random,
): number {
  const exponential = settings.backoffBaseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30);
  const jittered = Math.min(exponential, settings.backoffMaxMs) * (0.8 + 0.4 * random());
  return Math.round(Math.min(jittered, settings.backoffMaxMs));
}

function emptyReport(): DeliveryReport {
  return { claimed: 0, sent: 0, retried: 0, failed: 0, released: 0 };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function truncate(message: string): string {
  return message.length > LAST_ERROR_MAX_LENGTH ? `${message.slice(0, LAST_ERROR_MAX_LENGTH - 1)}…` : message;
}

function formatDuration(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
