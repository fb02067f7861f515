import { Inject, Injectable } from '@nestjs/common';
import { CreateHostAlertRequest, HostAlertCreatedResponse, HostAlertResponse, Language } from '@renkei/contract';
import { DataSource, EntityManager, In, LessThan, MoreThan } from 'typeorm';
import { normalizeEmail } from '../accounts/auth/auth.service';
import { RateLimiter } from '../accounts/auth/rate-limiter.service';
import { hashToken, newToken } from '../accounts/auth/tokens';
import { appConfig, AppConfig } from '../config/app.config';
import { Facility } from '../facilities/facility.entity';
import { MailOutboxService } from '../notifications/mail-outbox.service';
import { HostAlertEvent, HostAlertHost as MailHost } from '../notifications/mail-templates';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { HostAlertHost } from './entities/host-alert-host.entity';
import { HostAlertSubscription } from './entities/host-alert-subscription.entity';
import { HostAlertToken } from './entities/host-alert-token.entity';
import { HostAlertsErrorCode, HostAlertsException } from './host-alerts.exception';

const DAY_MS = 24 * 3600 * 1000;
/** A confirmation link works for a week; an unconfirmed address is forgotten after that. */
export const HOST_ALERT_CONFIRM_DAYS = 7;
/** Confirmation mails per address and requests per client address, per hour (beyond them the form answers the same, sends nothing). */
const LIMITS = { perAddress: 3, perIp: 20, windowSeconds: 3600 };
/** Saved hosts one address can collect over several requests. */
export const HOST_ALERT_MAX_SAVED_HOSTS = 50;

const CREATED: HostAlertCreatedResponse = { status: 'confirmation-sent' };

/** Web paths (after /{language}) of the alert mails' links. */
export const HOST_ALERT_PATHS = {
  confirm: (token: string) => `/hosts/alerts/confirm?token=${token}`,
  unsubscribe: (token: string) => `/hosts/alerts/unsubscribe?token=${token}`,
  host: (facilityId: string) => `/hosts/${facilityId}`,
};

/** A confirmed subscriber of some hosts, with those hosts' names. */
interface Recipient {
  subscriptionId: string;
  email: string;
  language: Language;
  hosts: { facilityId: string; name: string }[];
}

/**
 * "Tell me about these hosts": a visitor leaves an address and their saved hosts; nothing is sent
 * until the address confirms (double opt-in). Confirmed subscribers hear when a saved host is
 * published for a round or changes its acceptable number; every mail links to unsubscribe.
 */
@Injectable()
export class HostAlertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: MailOutboxService,
    private readonly rateLimiter: RateLimiter,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  /** Always the same answer, whether the address is new, pending, confirmed or throttled. */
  async subscribe(request: CreateHostAlertRequest, ipAddress: string | null): Promise<HostAlertCreatedResponse> {
    const email = normalizeEmail(request.email);
    const [perAddress, perIp] = await Promise.all([
      this.rateLimiter.hit(`host-alert:address:${email}`, LIMITS.perAddress, LIMITS.windowSeconds),
      this.rateLimiter.hit(`host-alert:ip:${ipAddress ?? 'unknown'}`, LIMITS.perIp, LIMITS.windowSeconds),
    ]);
    if (!perAddress.allowed || !perIp.allowed) {
      return CREATED;
    }
    await this.dataSource.transaction(async (manager) => {
      await this.forgetExpired(manager);
      const facilities = await manager.findBy(Facility, { id: In([...new Set(request.facilityIds)]), isHost: true });
      if (facilities.length === 0) return;
      await manager
        .createQueryBuilder()
        .insert()
        .into(HostAlertSubscription)
        .values({ email, language: request.language, status: 'pending' })
        .orIgnore()
        .execute();
      const subscription = await manager.findOneOrFail(HostAlertSubscription, { where: { email }, lock: { mode: 'pessimistic_write' } });
      if (subscription.status === 'pending' && subscription.language !== request.language) {
        subscription.language = request.language;
        await manager.save(subscription);
      }
      const saved = await manager.findBy(HostAlertHost, { subscriptionId: subscription.id });
      const known = new Set(saved.map((host) => host.facilityId));
      const added = facilities.filter((facility) => !known.has(facility.id)).slice(0, Math.max(0, HOST_ALERT_MAX_SAVED_HOSTS - saved.length));
      if (added.length > 0) {
        await manager.insert(
          HostAlertHost,
          added.map((facility) => ({ subscriptionId: subscription.id, facilityId: facility.id, confirmed: false })),
        );
      }
      const unconfirmed = await this.hostsOf(manager, subscription.id, false);
      if (unconfirmed.length === 0) return; // everything asked for is already confirmed: nothing to confirm
      const confirm = newToken();
      const expiresAt = new Date(Date.now() + HOST_ALERT_CONFIRM_DAYS * DAY_MS);
      await manager.insert(HostAlertToken, { tokenHash: confirm.hash, subscriptionId: subscription.id, purpose: 'confirm', expiresAt });
      await this.outbox.enqueue(manager, {
        to: subscription.email,
        language: request.language,
        template: 'host-alert-confirmation',
        params: {
          hosts: this.links(unconfirmed, request.language),
          confirmUrl: this.url(request.language, HOST_ALERT_PATHS.confirm(confirm.token)),
          unsubscribeUrl: await this.unsubscribeUrl(manager, subscription.id, request.language),
          expiresAt,
        },
      });
    });
    return CREATED;
  }

  /** Confirms the address and every host it asked for; a confirm link works once. */
  async confirm(token: string): Promise<HostAlertResponse> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(HostAlertToken, {
        where: { tokenHash: hashToken(token), purpose: 'confirm', expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) {
        throw unknownToken('This confirmation link is unknown, already used or expired (links work for 7 days). Save the hosts and ask again.');
      }
      await manager.update(HostAlertSubscription, { id: row.subscriptionId, status: 'pending' }, { status: 'confirmed', confirmedAt: new Date() });
      await manager.update(HostAlertHost, { subscriptionId: row.subscriptionId }, { confirmed: true });
      await manager.delete(HostAlertToken, { subscriptionId: row.subscriptionId, purpose: 'confirm' });
      return { status: 'confirmed', hosts: await this.hostsOf(manager, row.subscriptionId, true) };
    });
  }

  /** Forgets the address and all its saved hosts. */
  async unsubscribe(token: string): Promise<HostAlertResponse> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(HostAlertToken, {
        where: { tokenHash: hashToken(token), purpose: 'unsubscribe' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) {
        throw unknownToken('This unsubscribe link is unknown or was already used: the address no longer receives host alerts.');
      }
      const hosts = await this.hostsOf(manager, row.subscriptionId);
      await manager.delete(HostAlertSubscription, { id: row.subscriptionId });
      return { status: 'unsubscribed', hosts };
    });
  }

  /**
   * Tells confirmed subscribers that saved hosts are published in the round. Call inside the
   * publishing transaction: the mails go out after it commits.
   */
  async notifyRoundPublished(manager: EntityManager, round: { id: string; recruitmentYear: number }): Promise<number> {
    const recipients = await this.confirmedRecipients(
      manager,
      'facility.id IN (SELECT published.facility_id FROM published_host published WHERE published.round_id = :roundId)',
      {
        roundId: round.id,
      },
    );
    return this.send(manager, recipients, () => ({ kind: 'published', recruitmentYear: round.recruitmentYear }));
  }

  /**
   * Tells confirmed subscribers of the facility that its acceptable number for the specialty changed
   * (nothing when it did not). Call inside the transaction that changes it.
   */
  async notifyAcceptableNumberChanged(
    manager: EntityManager,
    facilityId: string,
    specialtyCode: string,
    before: number | null,
    after: number,
  ): Promise<number> {
    if (before === after) return 0;
    const specialty = await manager.findOneByOrFail(Specialty, { code: specialtyCode });
    const recipients = await this.confirmedRecipients(manager, 'facility.id = :facilityId', { facilityId });
    return this.send(manager, recipients, (language) => ({
      kind: 'acceptable-number-changed',
      specialtyName: language === 'ja' ? specialty.nameJa : specialty.nameEn,
      before,
      after,
    }));
  }

  private async send(manager: EntityManager, recipients: Recipient[], event: (language: Language) => HostAlertEvent): Promise<number> {
    for (const recipient of recipients) {
      await this.outbox.enqueue(manager, {
        to: recipient.email,
        language: recipient.language,
        template: 'host-alert',
        params: {
          event: event(recipient.language),
          hosts: this.links(recipient.hosts, recipient.language),
          unsubscribeUrl: await this.unsubscribeUrl(manager, recipient.subscriptionId, recipient.language),
        },
      });
    }
    return recipients.length;
  }

  /** Confirmed subscriptions with their confirmed saved hosts that match `hostCondition`. */
  private async confirmedRecipients(manager: EntityManager, hostCondition: string, parameters: Record<string, unknown>): Promise<Recipient[]> {
    const rows = await manager
      .createQueryBuilder(HostAlertHost, 'saved')
      .innerJoin(HostAlertSubscription, 'subscription', 'subscription.id = saved.subscriptionId')
      .innerJoin(Facility, 'facility', 'facility.id = saved.facilityId')
      .select(['subscription.id AS "subscriptionId"', 'subscription.email AS email', 'subscription.language AS language'])
      .addSelect(['facility.id AS "facilityId"', 'facility.name AS name'])
      .where("subscription.status = 'confirmed'")
      .andWhere('saved.confirmed')
      .andWhere(hostCondition, parameters)
      .orderBy('subscription.email')
      .addOrderBy('facility.name')
      .getRawMany<{ subscriptionId: string; email: string; language: Language; facilityId: string; name: string }>();
    const bySubscription = new Map<string, Recipient>();
    for (const row of rows) {
      const recipient = bySubscription.get(row.subscriptionId) ?? {
        subscriptionId: row.subscriptionId,
        email: row.email,
        language: row.language,
        hosts: [],
      };
      recipient.hosts.push({ facilityId: row.facilityId, name: row.name });
      bySubscription.set(row.subscriptionId, recipient);
    }
    return [...bySubscription.values()];
  }

  private async hostsOf(manager: EntityManager, subscriptionId: string, confirmed?: boolean): Promise<HostAlertResponse['hosts']> {
    const query = manager
      .createQueryBuilder(HostAlertHost, 'saved')
      .innerJoin(Facility, 'facility', 'facility.id = saved.facilityId')
      .select(['facility.id AS "facilityId"', 'facility.name AS name'])
      .where('saved.subscriptionId = :subscriptionId', { subscriptionId })
      .orderBy('facility.name');
    if (confirmed !== undefined) {
      query.andWhere('saved.confirmed = :confirmed', { confirmed });
    }
    return query.getRawMany<{ facilityId: string; name: string }>();
  }

  /** A fresh unsubscribe token for one mail (only its hash is kept). */
  private async unsubscribeUrl(manager: EntityManager, subscriptionId: string, language: Language): Promise<string> {
    const unsubscribe = newToken();
    await manager.insert(HostAlertToken, { tokenHash: unsubscribe.hash, subscriptionId, purpose: 'unsubscribe', expiresAt: null });
    return this.url(language, HOST_ALERT_PATHS.unsubscribe(unsubscribe.token));
  }

  /** Expired confirm links go, and with them what only they could confirm: unconfirmed addresses and unconfirmed saved hosts. */
  private async forgetExpired(manager: EntityManager): Promise<void> {
    await manager.delete(HostAlertToken, { purpose: 'confirm', expiresAt: LessThan(new Date()) });
    const withoutConfirmLink = `NOT EXISTS (SELECT 1 FROM host_alert_token token WHERE token.subscription_id = %s AND token.purpose = 'confirm')`;
    await manager.query(
      `DELETE FROM host_alert_subscription subscription WHERE subscription.status = 'pending' AND ${withoutConfirmLink.replace('%s', 'subscription.id')}`,
    );
    await manager.query(
      `DELETE FROM host_alert_host saved WHERE NOT saved.confirmed AND ${withoutConfirmLink.replace('%s', 'saved.subscription_id')}`,
    );
  }

  private links(hosts: { facilityId: string; name: string }[], language: Language): MailHost[] {
    return hosts.map((host) => ({ name: host.name, url: this.url(language, HOST_ALERT_PATHS.host(host.facilityId)) }));
  }

  private url(language: Language, path: string): string {
    return `${this.config.publicUrl}/${language}${path}`;
  }
}

function unknownToken(message: string): HostAlertsException {
  return new HostAlertsException(HostAlertsErrorCode.UnknownToken, message, { token: [message] });
}
