import {
  CONNECTION_MAIL_STEPS,
  escapeHtml,
  formatExpiry,
  HOST_PROFILE_REVIEW_STEPS,
  HostAlertParams,
  InvitationParams,
  isMailTemplateKey,
  MAIL_TEMPLATE_KEYS,
  MailTemplateKey,
  MailTemplateParams,
  NOMINATION_MAIL_STEPS,
  NominationStepParams,
  renderMail,
} from './mail-templates';
import { NotificationsErrorCode, NotificationsException } from './notifications.exception';

const EXPIRES_AT = new Date('2026-12-01T09:00:00Z'); // 18:00 in Tokyo

const invitation: InvitationParams = {
  inviterName: '山田 太郎',
  roleDescription: '基幹施設 担当者（青森県）',
  acceptUrl: 'https://renkei.example.jp/invitations/accept?token=abc123&lang=ja',
  expiresAt: EXPIRES_AT,
};

const nominationStep: NominationStepParams = {
  step: 'round-opened-prefecture',
  recruitmentYear: 2027,
  subject: '青森県',
  deadline: EXPIRES_AT,
  comment: '例年どおりご協力ください。',
  facts: [['SAMPLE-02-1', '青森サンプル病院（連携先）']],
  actionUrl: 'https://renkei.example.jp/ja/nominations/rounds/1/prefectures/02',
};

const hostAlert: HostAlertParams = {
  event: { kind: 'published', recruitmentYear: 2027 },
  hosts: [{ name: '西北五さくら病院', url: 'https://renkei.example.jp/ja/hosts/f1' }],
  unsubscribeUrl: 'https://renkei.example.jp/ja/hosts/alerts/unsubscribe?token=u1',
};

const SAMPLE_PARAMS: { [K in MailTemplateKey]: MailTemplateParams[K] } = {
  invitation,
  'password-reset': { resetUrl: 'https://renkei.example.jp/reset', expiresAt: EXPIRES_AT },
  'nomination-step': nominationStep,
  'host-profile-review': {
    step: 'returned',
    facilityName: '西北五さくら病院',
    comment: '連絡先を確認してください。',
    actionUrl: 'https://renkei.example.jp/ja/host-profile',
  },
  'connection-step': {
    step: 'requested',
    recruitmentYear: 2027,
    baseName: '千葉基幹病院',
    hostName: '西北五さくら病院',
    facts: [['依頼人数', '3人']],
    actionUrl: 'https://renkei.example.jp/ja/connection-requests',
  },
  'host-alert-confirmation': {
    hosts: hostAlert.hosts,
    confirmUrl: 'https://renkei.example.jp/ja/hosts/alerts/confirm?token=c1',
    unsubscribeUrl: hostAlert.unsubscribeUrl,
    expiresAt: EXPIRES_AT,
  },
  'host-alert': hostAlert,
};

describe('mail templates', () => {
  it('renders every nomination step in both languages with its deadline, comment, facts and link', () => {
    for (const step of NOMINATION_MAIL_STEPS) {
      const ja = renderMail('nomination-step', 'ja', { ...nominationStep, step });
      const en = renderMail('nomination-step', 'en', { ...nominationStep, step, subject: 'Aomori' });
      expect(ja.subject).toContain('2027年度募集');
      expect(en.subject).toContain('2027 recruitment');
      expect(en.subject + en.text.split('\n')[0]).not.toMatch(/[ぁ-んァ-ン]/u);
      expect(ja.text).toContain('期限：2026年12月1日(火) 18:00（日本時間）');
      expect(ja.text).toContain('コメント：例年どおりご協力ください。');
      expect(ja.text).toContain('SAMPLE-02-1：青森サンプル病院（連携先）');
      expect(ja.html).toContain('href="https://renkei.example.jp/ja/nominations/rounds/1/prefectures/02"');
    }
    expect(renderMail('nomination-step', 'ja', nominationStep).subject).toBe('【2027年度募集】連携先施設候補の推薦のお願い（青森県）');
  });

  it('leaves out the deadline and comment lines when a step has none', () => {
    const mail = renderMail('nomination-step', 'en', { ...nominationStep, subject: 'Aomori', deadline: null, comment: '  ', facts: [] });
    expect(mail.text).not.toContain('Due:');
    expect(mail.text).not.toContain('Comment:');
  });

  it('renders the Japanese invitation politely, with the link and the expiry in Japan time', () => {
    const mail = renderMail('invitation', 'ja', invitation);

    expect(mail.subject).toBe('renkei へのご招待');
    expect(mail.text).toContain('山田 太郎 様から、renkei へのご招待が届いています。');
    expect(mail.text).toContain('役割：基幹施設 担当者（青森県）');
    expect(mail.text).toContain('有効期限：2026年12月1日(火) 18:00（日本時間）');
    expect(mail.text).toContain('招待を承諾する：\nhttps://renkei.example.jp/invitations/accept?token=abc123&lang=ja');
    expect(mail.html).toContain('<html lang="ja">');
    expect(mail.html).toContain('href="https://renkei.example.jp/invitations/accept?token=abc123&amp;lang=ja"');
    expect(mail.html).toContain('基幹施設 担当者（青森県）');
  });

  it('renders the English invitation with the same facts', () => {
    const mail = renderMail('invitation', 'en', {
      ...invitation,
      inviterName: 'Taro Yamada',
      roleDescription: 'Base facility coordinator (Aomori)',
    });

    expect(mail.subject).toBe('Your invitation to renkei');
    expect(mail.text).toContain('Taro Yamada has invited you to renkei.');
    expect(mail.text).toContain('Role: Base facility coordinator (Aomori)');
    expect(mail.text).toContain('Link expires: Tue, 1 December 2026 at 18:00 (Japan time)');
    expect(mail.text).toContain('https://renkei.example.jp/invitations/accept?token=abc123&lang=ja');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.text).not.toMatch(/[ぁ-んァ-ン一-龯]/u);
  });

  it.each([
    ['ja', 'renkei パスワード再設定のご案内', '有効期限：2026年12月1日(火) 18:00（日本時間）'],
    ['en', 'Reset your renkei password', 'Link expires: Tue, 1 December 2026 at 18:00 (Japan time)'],
  ] as const)('renders the %s password reset with its link and expiry', (language, subject, expiry) => {
    const mail = renderMail('password-reset', language, {
      resetUrl: 'https://renkei.example.jp/reset?token=xyz',
      expiresAt: EXPIRES_AT,
    });

    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(expiry);
    expect(mail.text).toContain('https://renkei.example.jp/reset?token=xyz');
    expect(mail.html).toContain('href="https://renkei.example.jp/reset?token=xyz"');
  });

  it('always has a plain-text part and a footer in the recipient’s language', () => {
    for (const template of MAIL_TEMPLATE_KEYS) {
      for (const language of ['ja', 'en'] as const) {
        const mail = renderMail(template, language, SAMPLE_PARAMS[template]);
        expect(mail.text.trim().length).toBeGreaterThan(50);
        expect(mail.text).toContain(language === 'ja' ? '送信専用アドレス' : 'does not receive replies');
      }
    }
  });

  it('escapes every value in the HTML part and keeps line breaks out of single-line values', () => {
    const mail = renderMail('invitation', 'en', {
      ...invitation,
      inviterName: '<script>alert("x")</script> & Co\r\nBcc: victim@example.com',
      roleDescription: `O'Brien "lead" <b>`,
    });

    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co Bcc: victim@example.com');
    expect(mail.html).toContain('O&#39;Brien &quot;lead&quot; &lt;b&gt;');
    expect(mail.text).toContain('<script>alert("x")</script> & Co Bcc: victim@example.com has invited you');
    expect(mail.text).not.toContain('\r');
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it.each(['javascript:alert(1)', '/relative/accept', 'not a url', 'ftp://renkei.example.jp/accept'])('refuses the link %p', (acceptUrl) => {
    expect(() => renderMail('invitation', 'ja', { ...invitation, acceptUrl })).toThrow(NotificationsException);
    try {
      renderMail('invitation', 'ja', { ...invitation, acceptUrl });
    } catch (error) {
      expect((error as NotificationsException).code).toBe(NotificationsErrorCode.InvalidTemplateParams);
      expect((error as NotificationsException).fieldErrors).toEqual({
        acceptUrl: ['acceptUrl must be an absolute http(s) URL'],
      });
    }
  });

  it('refuses an empty inviter name and an invalid expiry', () => {
    expect(() => renderMail('invitation', 'ja', { ...invitation, inviterName: '  \n ' })).toThrow('inviterName must not be empty');
    expect(() =>
      renderMail('invitation', 'en', {
        ...invitation,
        expiresAt: new Date('nonsense'),
      }),
    ).toThrow('expiresAt must be a valid date');
  });

  it('formats the expiry in Japan time whatever the server time zone', () => {
    expect(formatExpiry(new Date('2026-12-31T15:30:00Z'), 'ja')).toBe('2027年1月1日(金) 00:30（日本時間）');
    expect(formatExpiry(new Date('2026-12-31T15:30:00Z'), 'en')).toBe('Fri, 1 January 2027 at 00:30 (Japan time)');
  });

  it('knows its template keys', () => {
    expect(MAIL_TEMPLATE_KEYS).toEqual([
      'invitation',
      'password-reset',
      'nomination-step',
      'host-profile-review',
      'connection-step',
      'host-alert-confirmation',
      'host-alert',
    ]);
    expect(isMailTemplateKey('invitation')).toBe(true);
    expect(isMailTemplateKey('toString')).toBe(false);
  });

  it('renders each connection request step in both languages with both facilities, its facts and link', () => {
    for (const step of CONNECTION_MAIL_STEPS) {
      const ja = renderMail('connection-step', 'ja', { ...SAMPLE_PARAMS['connection-step'], step });
      const en = renderMail('connection-step', 'en', {
        ...SAMPLE_PARAMS['connection-step'],
        step,
        baseName: 'Chiba Base Hospital',
        hostName: 'Seihokugo Hospital',
        facts: [['Places asked', '3']],
      });
      expect(ja.subject).toContain('2027年度募集');
      expect(ja.text).toContain('西北五さくら病院');
      expect(ja.text).toContain('依頼人数：3人');
      expect(ja.html).toContain('href="https://renkei.example.jp/ja/connection-requests"');
      expect(en.subject + en.text.split('\n')[0]).not.toMatch(/[ぁ-んァ-ン]/u);
      expect(en.text).toContain('Chiba Base Hospital');
    }
    expect(renderMail('connection-step', 'ja', SAMPLE_PARAMS['connection-step']).subject).toBe(
      '【2027年度募集】連携の依頼が届きました（千葉基幹病院）',
    );
  });

  it('renders each host profile review step with its link, and the comment of a return', () => {
    for (const step of HOST_PROFILE_REVIEW_STEPS) {
      const ja = renderMail('host-profile-review', 'ja', {
        ...SAMPLE_PARAMS['host-profile-review'],
        step,
        comment: step === 'returned' ? '写真を追加してください。' : null,
      });
      const en = renderMail('host-profile-review', 'en', {
        ...SAMPLE_PARAMS['host-profile-review'],
        step,
        facilityName: 'Seihokugo Hospital',
        comment: null,
      });
      expect(ja.subject).toContain('西北五さくら病院');
      expect(ja.text).toContain('https://renkei.example.jp/ja/host-profile');
      expect(en.subject).not.toMatch(/[ぁ-んァ-ン]/u);
      expect(ja.text.includes('コメント：写真を追加してください。')).toBe(step === 'returned');
    }
  });

  it('puts the unsubscribe link in every host alert mail, with a link per saved host', () => {
    const confirmation = renderMail('host-alert-confirmation', 'ja', SAMPLE_PARAMS['host-alert-confirmation']);
    expect(confirmation.text).toContain('https://renkei.example.jp/ja/hosts/alerts/confirm?token=c1');
    expect(confirmation.text).toContain('https://renkei.example.jp/ja/hosts/alerts/unsubscribe?token=u1');
    expect(confirmation.html).toContain('href="https://renkei.example.jp/ja/hosts/f1"');

    const published = renderMail('host-alert', 'en', hostAlert);
    expect(published.subject).toBe('Saved hosts published for the 2027 recruitment');
    expect(published.text).toContain('unsubscribe');
    expect(published.text).toContain('https://renkei.example.jp/ja/hosts/alerts/unsubscribe?token=u1');

    const changed = renderMail('host-alert', 'ja', {
      ...hostAlert,
      event: { kind: 'acceptable-number-changed', specialtyName: '内科', before: 2, after: 3 },
    });
    expect(changed.subject).toBe('【renkei】保存した連携先施設の受入可能数が変わりました（内科）');
    expect(changed.text).toContain('内科の受入可能数が 2人 から 3人 に変わりました。');
    expect(() => renderMail('host-alert', 'ja', { ...hostAlert, hosts: [] })).toThrow('hosts must list at least one host');
  });
});
