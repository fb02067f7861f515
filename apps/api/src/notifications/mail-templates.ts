import type { MailLanguage } from './outbox-message.entity';
import { NotificationsErrorCode, NotificationsException } from './notifications.exception';

/**
 * The e-mail templates, one Japanese and one English version each. A version describes the
 * message as a few blocks; `renderMail` turns them into the plain-text part and the HTML part,
 * so both always say the same thing and every value reaches the HTML escaped.
 *
 * To add a template: add its params to `MailTemplateParams` and its two versions to `TEMPLATES`
 * (the compiler asks for both languages).
 */

export interface InvitationParams {
  /** Display name of the person who sent the invitation. */
  inviterName: string;
  /** The role the invitee will hold, already in the recipient's language (e.g. 「基幹施設 担当者（青森県）」). */
  roleDescription: string;
  /** Absolute http(s) link that accepts the invitation. */
  acceptUrl: string;
  expiresAt: Date;
}

export interface PasswordResetParams {
  /** Absolute http(s) link to the page that sets a new password. */
  resetUrl: string;
  expiresAt: Date;
}

/** The steps of a nomination round that notify whoever acts next (seed 004 p. 47). */
export const NOMINATION_MAIL_STEPS = [
  'round-opened-prefecture',
  'round-opened-society',
  'submission-submitted',
  'submission-withdrawn',
  'submission-returned',
  'candidates-sent-to-society',
  'candidate-returned',
  'candidate-resubmitted',
  'hosts-published',
  'host-published',
  'prefecture-deadline-reminder',
  'society-deadline-reminder',
] as const;
export type NominationMailStep = (typeof NOMINATION_MAIL_STEPS)[number];

export interface NominationStepParams {
  step: NominationMailStep;
  recruitmentYear: number;
  /** Who or what the step concerns, in the recipient's language (a prefecture, a specialty, a facility …). */
  subject: string;
  deadline: Date | null;
  /** The JMSB's message when it opens a round, or the comment of a return. */
  comment: string | null;
  /** Extra labelled lines, e.g. the prefecture's current host and base facilities. */
  facts: [label: string, value: string][];
  /** Absolute link to the page where the recipient acts. */
  actionUrl: string;
}

/** A host profile's review steps: submitted (to the prefecture), approved or returned (to the host). */
export const HOST_PROFILE_REVIEW_STEPS = ['submitted', 'approved', 'returned'] as const;
export type HostProfileReviewStep = (typeof HOST_PROFILE_REVIEW_STEPS)[number];

export interface HostProfileReviewParams {
  step: HostProfileReviewStep;
  facilityName: string;
  /** The prefecture's comment when it returns the profile. */
  comment: string | null;
  /** Absolute link to the profile editor or the review page. */
  actionUrl: string;
}

/** The steps of a connection request that notify the other side: asked (host), answered (base), commented. */
export const CONNECTION_MAIL_STEPS = ['requested', 'accepted', 'declined', 'commented'] as const;
export type ConnectionMailStep = (typeof CONNECTION_MAIL_STEPS)[number];

export interface ConnectionStepParams {
  step: ConnectionMailStep;
  recruitmentYear: number;
  baseName: string;
  hostName: string;
  /** Labelled lines in the recipient's language: specialty, category, places, months, the reason or comment. */
  facts: [label: string, value: string][];
  /** Absolute link to the request list (hosts) or the program (everyone else). */
  actionUrl: string;
}

/** A saved host, linked to its public page. */
export interface HostAlertHost {
  name: string;
  url: string;
}

export interface HostAlertConfirmationParams {
  hosts: HostAlertHost[];
  confirmUrl: string;
  unsubscribeUrl: string;
  expiresAt: Date;
}

/** What happened to a saved host: published for a round, or a changed acceptable number. */
export type HostAlertEvent =
  | { kind: 'published'; recruitmentYear: number }
  | { kind: 'acceptable-number-changed'; specialtyName: string; before: number | null; after: number };

export interface HostAlertParams {
  event: HostAlertEvent;
  hosts: HostAlertHost[];
  unsubscribeUrl: string;
}

export interface MailTemplateParams {
  invitation: InvitationParams;
  'password-reset': PasswordResetParams;
  'nomination-step': NominationStepParams;
  'host-profile-review': HostProfileReviewParams;
  'connection-step': ConnectionStepParams;
  'host-alert-confirmation': HostAlertConfirmationParams;
  'host-alert': HostAlertParams;
}

export type MailTemplateKey = keyof MailTemplateParams;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A block of a message: a paragraph, labelled values, or a link the reader should follow. */
type MailBlock = { paragraph: string } | { facts: [label: string, value: string][] } | { action: { label: string; url: string } };

interface MailDocument {
  subject: string;
  blocks: MailBlock[];
}

type TemplateVersions<P> = Record<MailLanguage, (params: P) => MailDocument>;

const TEMPLATES: {
  [K in MailTemplateKey]: TemplateVersions<MailTemplateParams[K]>;
} = {
  invitation: {
    ja: (params) => ({
      subject: 'renkei へのご招待',
      blocks: [
        {
          paragraph: `${text('inviterName', params.inviterName)} 様から、renkei へのご招待が届いています。`,
        },
        {
          facts: [
            ['役割', text('roleDescription', params.roleDescription)],
            ['有効期限', formatExpiry(params.expiresAt, 'ja')],
          ],
        },
        {
          paragraph: '以下のリンクから招待を承諾し、パスワードを設定してください。',
        },
        {
          action: {
            label: '招待を承諾する',
            url: url('acceptUrl', params.acceptUrl),
          },
        },
        {
          paragraph: '有効期限を過ぎた場合は、招待した方に再度の招待をご依頼ください。',
        },
        {
          paragraph: 'このメールにお心当たりがない場合は、お手数ですが破棄してください。',
        },
      ],
    }),
    en: (params) => ({
      subject: 'Your invitation to renkei',
      blocks: [
        {
          paragraph: `${text('inviterName', params.inviterName)} has invited you to renkei.`,
        },
        {
          facts: [
            ['Role', text('roleDescription', params.roleDescription)],
            ['Link expires', formatExpiry(params.expiresAt, 'en')],
          ],
        },
        { paragraph: 'Accept the invitation and choose your password here:' },
        {
          action: {
            label: 'Accept invitation',
            url: url('acceptUrl', params.acceptUrl),
          },
        },
        {
          paragraph: 'If the link has expired, ask the person who invited you to send a new invitation.',
        },
        {
          paragraph: 'If you were not expecting this invitation, you can ignore this e-mail.',
        },
      ],
    }),
  },
  'password-reset': {
    ja: (params) => ({
      subject: 'renkei パスワード再設定のご案内',
      blocks: [
        { paragraph: 'renkei のパスワード再設定のご依頼を受け付けました。' },
        { paragraph: '以下のリンクから新しいパスワードを設定してください。' },
        {
          action: {
            label: 'パスワードを再設定する',
            url: url('resetUrl', params.resetUrl),
          },
        },
        { facts: [['有効期限', formatExpiry(params.expiresAt, 'ja')]] },
        {
          paragraph: 'お心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。',
        },
      ],
    }),
    en: (params) => ({
      subject: 'Reset your renkei password',
      blocks: [
        {
          paragraph: 'We received a request to reset the password of your renkei account.',
        },
        { paragraph: 'Choose a new password here:' },
        {
          action: {
            label: 'Reset password',
            url: url('resetUrl', params.resetUrl),
          },
        },
        { facts: [['Link expires', formatExpiry(params.expiresAt, 'en')]] },
        {
          paragraph: 'If you did not ask for this, ignore this e-mail: your password stays unchanged.',
        },
      ],
    }),
  },
  'nomination-step': {
    ja: (params) => nominationStep(params, 'ja'),
    en: (params) => nominationStep(params, 'en'),
  },
  'host-profile-review': {
    ja: (params) => hostProfileReview(params, 'ja'),
    en: (params) => hostProfileReview(params, 'en'),
  },
  'connection-step': {
    ja: (params) => connectionStep(params, 'ja'),
    en: (params) => connectionStep(params, 'en'),
  },
  'host-alert-confirmation': {
    ja: (params) => ({
      subject: '【renkei】連携先施設のお知らせメールの登録確認',
      blocks: [
        { paragraph: '以下の連携先施設について、新しい募集での公表や受入可能数の変更をお知らせするメールの登録を受け付けました。' },
        ...hostLinks(params.hosts),
        { paragraph: '登録を完了するには、以下のリンクを開き「登録を確認する」ボタンを押してください。確認するまでお知らせは届きません。' },
        { action: { label: '登録を確認する', url: url('confirmUrl', params.confirmUrl) } },
        { facts: [['有効期限', formatExpiry(params.expiresAt, 'ja')]] },
        { paragraph: 'お心当たりがない場合は、このメールを破棄してください。登録は完了しません。' },
        unsubscribe(params.unsubscribeUrl, 'ja'),
      ],
    }),
    en: (params) => ({
      subject: 'Please confirm your renkei host alerts',
      blocks: [
        {
          paragraph:
            'We received a request to e-mail you when these host facilities are published for a new round or change their acceptable number:',
        },
        ...hostLinks(params.hosts),
        { paragraph: 'To start the alerts, open this link and press “Confirm”. Nothing is sent until you confirm.' },
        { action: { label: 'Confirm the alerts', url: url('confirmUrl', params.confirmUrl) } },
        { facts: [['Link expires', formatExpiry(params.expiresAt, 'en')]] },
        { paragraph: 'If you did not ask for this, ignore this e-mail: no alerts will be sent.' },
        unsubscribe(params.unsubscribeUrl, 'en'),
      ],
    }),
  },
  'host-alert': {
    ja: (params) => hostAlert(params, 'ja'),
    en: (params) => hostAlert(params, 'en'),
  },
};

const HOST_PROFILE_REVIEW_TEXT: Record<HostProfileReviewStep, Record<MailLanguage, { subject: string; lead: string; action: string }>> = {
  submitted: {
    ja: {
      subject: '【renkei】施設プロフィールの承認依頼（{facility}）',
      lead: '{facility}が施設プロフィールの変更を提出しました。内容を確認し、承認するか差し戻してください。',
      action: 'プロフィールを確認する',
    },
    en: {
      subject: 'Host profile waiting for your approval ({facility})',
      lead: '{facility} submitted changes to its host profile. Please review them and approve or return them.',
      action: 'Review the profile',
    },
  },
  approved: {
    ja: {
      subject: '【renkei】施設プロフィールが承認されました（{facility}）',
      lead: '都道府県が{facility}の施設プロフィールを承認しました。承認された内容が公開されています。',
      action: 'プロフィールを開く',
    },
    en: {
      subject: 'Your host profile was approved ({facility})',
      lead: 'The prefecture approved the host profile of {facility}. The approved version is now public.',
      action: 'Open the profile',
    },
  },
  returned: {
    ja: {
      subject: '【renkei】施設プロフィールが差し戻されました（{facility}）',
      lead: '都道府県が{facility}の施設プロフィールを差し戻しました。コメントを確認し、修正のうえ再提出してください。公開中の内容は変わりません。',
      action: 'プロフィールを開く',
    },
    en: {
      subject: 'Your host profile was returned ({facility})',
      lead: 'The prefecture returned the host profile of {facility}. Read the comment, edit the profile and submit it again. The public version stays unchanged.',
      action: 'Open the profile',
    },
  },
};

function hostProfileReview(params: HostProfileReviewParams, language: MailLanguage): MailDocument {
  const wording = HOST_PROFILE_REVIEW_TEXT[params.step];
  if (!wording) {
    throw invalid('step', `step must be one of ${HOST_PROFILE_REVIEW_STEPS.join(', ')}`);
  }
  const facility = text('facilityName', params.facilityName);
  const { subject, lead, action } = wording[language];
  const blocks: MailBlock[] = [{ paragraph: lead.replaceAll('{facility}', facility) }];
  if (params.comment?.trim()) {
    blocks.push({ facts: [[language === 'ja' ? 'コメント' : 'Comment', params.comment.trim()]] });
  }
  blocks.push({ action: { label: action, url: url('actionUrl', params.actionUrl) } });
  return { subject: subject.replaceAll('{facility}', facility), blocks };
}

const CONNECTION_STEP_TEXT: Record<ConnectionMailStep, Record<MailLanguage, { subject: string; lead: string; action: string }>> = {
  requested: {
    ja: {
      subject: '【{year}年度募集】連携の依頼が届きました（{base}）',
      lead: '{base}から{host}に、連携プログラムの受入依頼が届きました。内容を確認し、受け入れるか辞退するかを回答してください。',
      action: '依頼を確認する',
    },
    en: {
      subject: '[{year} recruitment] A connection request from {base}',
      lead: '{base} asks {host} to host residents of its connection program. Review the request, then accept or decline it.',
      action: 'Review the request',
    },
  },
  accepted: {
    ja: {
      subject: '【{year}年度募集】{host}が連携の依頼を受け入れました',
      lead: '{host}が{base}の連携プログラムの依頼を受け入れました。',
      action: 'プログラムを開く',
    },
    en: {
      subject: '[{year} recruitment] {host} accepted your connection request',
      lead: '{host} accepted the connection request of {base}.',
      action: 'Open the program',
    },
  },
  declined: {
    ja: {
      subject: '【{year}年度募集】{host}が連携の依頼を辞退しました',
      lead: '{host}が{base}の連携プログラムの依頼を辞退しました。理由を確認し、必要であれば別の連携先施設に依頼してください。',
      action: 'プログラムを開く',
    },
    en: {
      subject: '[{year} recruitment] {host} declined your connection request',
      lead: '{host} declined the connection request of {base}. Read the reason and, if needed, ask another host.',
      action: 'Open the program',
    },
  },
  commented: {
    ja: {
      subject: '【{year}年度募集】連携の依頼にコメントがありました（{base} → {host}）',
      lead: '{base}から{host}への連携の依頼にコメントが追加されました。',
      action: 'コメントを読む',
    },
    en: {
      subject: '[{year} recruitment] New comment on a connection request ({base} → {host})',
      lead: 'Someone commented on the connection request from {base} to {host}.',
      action: 'Read the comment',
    },
  },
};

function connectionStep(params: ConnectionStepParams, language: MailLanguage): MailDocument {
  const wording = CONNECTION_STEP_TEXT[params.step];
  if (!wording) {
    throw invalid('step', `step must be one of ${CONNECTION_MAIL_STEPS.join(', ')}`);
  }
  const fill = (template: string) =>
    template
      .replaceAll('{year}', String(params.recruitmentYear))
      .replaceAll('{base}', text('baseName', params.baseName))
      .replaceAll('{host}', text('hostName', params.hostName));
  const { subject, lead, action } = wording[language];
  const blocks: MailBlock[] = [{ paragraph: fill(lead) }];
  if (params.facts.length > 0) {
    blocks.push({ facts: params.facts });
  }
  blocks.push({ action: { label: action, url: url('actionUrl', params.actionUrl) } });
  return { subject: fill(subject), blocks };
}

function hostAlert(params: HostAlertParams, language: MailLanguage): MailDocument {
  const event = params.event;
  const ja = language === 'ja';
  let subject: string;
  let lead: string;
  if (event.kind === 'published') {
    subject = ja
      ? `【renkei】保存した連携先施設が${event.recruitmentYear}年度募集で公表されました`
      : `Saved hosts published for the ${event.recruitmentYear} recruitment`;
    lead = ja
      ? `保存した連携先施設が${event.recruitmentYear}年度募集の連携先施設として公表されました。`
      : `Host facilities you saved are published as hosts for the ${event.recruitmentYear} recruitment.`;
  } else {
    const specialty = text('specialtyName', event.specialtyName);
    const before = event.before === null ? (ja ? '未定' : 'not set') : ja ? `${event.before}人` : String(event.before);
    subject = ja
      ? `【renkei】保存した連携先施設の受入可能数が変わりました（${specialty}）`
      : `A saved host changed its acceptable number (${specialty})`;
    lead = ja
      ? `保存した連携先施設の${specialty}の受入可能数が ${before} から ${event.after}人 に変わりました。`
      : `A host facility you saved changed its acceptable number for ${specialty} from ${before} to ${event.after}.`;
  }
  return { subject, blocks: [{ paragraph: lead }, ...hostLinks(params.hosts), unsubscribe(params.unsubscribeUrl, language)] };
}

/** One link per saved host, to its public page. */
function hostLinks(hosts: HostAlertHost[]): MailBlock[] {
  if (hosts.length === 0) {
    throw invalid('hosts', 'hosts must list at least one host');
  }
  return hosts.map((host) => ({ action: { label: text('hosts.name', host.name), url: url('hosts.url', host.url) } }));
}

function unsubscribe(unsubscribeUrl: string, language: MailLanguage): MailBlock {
  return {
    action: {
      label: language === 'ja' ? 'お知らせメールの配信を停止する' : 'Stop these e-mails (unsubscribe)',
      url: url('unsubscribeUrl', unsubscribeUrl),
    },
  };
}

/** Subject and opening line of each step; `{year}` and `{subject}` are filled in. */
const NOMINATION_STEP_TEXT: Record<NominationMailStep, Record<MailLanguage, { subject: string; lead: string; action: string }>> = {
  'round-opened-prefecture': {
    ja: {
      subject: '【{year}年度募集】連携先施設候補の推薦のお願い（{subject}）',
      lead: '日本専門医機構より、{year}年度募集の連携先施設候補の推薦をお願いします。現在の連携先・基幹施設を下記に示します。期限までに候補リストを確認し提出してください。',
      action: '候補リストを開く',
    },
    en: {
      subject: '[{year} recruitment] Please nominate candidate host facilities ({subject})',
      lead: 'The JMSB asks you to nominate candidate host facilities for the {year} recruitment. Your current host and base facilities are listed below. Please check the candidate list and submit it by the deadline.',
      action: 'Open the candidate list',
    },
  },
  'round-opened-society': {
    ja: {
      subject: '【{year}年度募集】連携先施設の推薦受付開始のお知らせ（{subject}）',
      lead: '{year}年度募集の連携先施設候補の推薦受付を開始しました。都道府県の提出後、候補の確認をお願いします。',
      action: '募集を開く',
    },
    en: {
      subject: '[{year} recruitment] Nominations of host facilities have opened ({subject})',
      lead: 'Nominations of candidate host facilities for the {year} recruitment have opened. Once the prefectures submit, you will be asked to confirm the candidates.',
      action: 'Open the round',
    },
  },
  'submission-submitted': {
    ja: {
      subject: '【{year}年度募集】{subject}が候補リストを提出しました',
      lead: '{subject}が連携先施設の候補リストを提出しました。',
      action: '集計を開く',
    },
    en: {
      subject: '[{year} recruitment] {subject} submitted its candidate list',
      lead: '{subject} submitted its list of candidate host facilities.',
      action: 'Open the compilation',
    },
  },
  'submission-withdrawn': {
    ja: {
      subject: '【{year}年度募集】{subject}が候補リストを取り下げました',
      lead: '{subject}が候補リストを取り下げました。再提出をお待ちください。',
      action: '集計を開く',
    },
    en: {
      subject: '[{year} recruitment] {subject} withdrew its candidate list',
      lead: '{subject} withdrew its candidate list to change it; it will be submitted again.',
      action: 'Open the compilation',
    },
  },
  'submission-returned': {
    ja: {
      subject: '【{year}年度募集】候補リストが差し戻されました（{subject}）',
      lead: '日本専門医機構が候補リストを差し戻しました。コメントを確認し、修正のうえ再提出してください。',
      action: '候補リストを開く',
    },
    en: {
      subject: '[{year} recruitment] Your candidate list was returned ({subject})',
      lead: 'The JMSB returned your candidate list. Read the comment, fix the list and submit it again.',
      action: 'Open the candidate list',
    },
  },
  'candidates-sent-to-society': {
    ja: {
      subject: '【{year}年度募集】連携先施設候補の確認のお願い（{subject}）',
      lead: '都道府県から推薦された{subject}の連携先施設候補の確認をお願いします。各候補を確認するか、コメントを付けて差し戻してください。',
      action: '候補を確認する',
    },
    en: {
      subject: '[{year} recruitment] Please review the candidate host facilities ({subject})',
      lead: 'Please review the candidate host facilities the prefectures nominated for {subject}: confirm each, or return it with a comment.',
      action: 'Review the candidates',
    },
  },
  'candidate-returned': {
    ja: {
      subject: '【{year}年度募集】学会が候補を差し戻しました（{subject}）',
      lead: '基本領域学会が候補を差し戻しました。コメントを確認し、修正のうえ再提出してください。',
      action: '候補リストを開く',
    },
    en: {
      subject: '[{year} recruitment] A society returned a candidate ({subject})',
      lead: 'A specialty society returned a candidate. Read the comment, fix the row and submit it again.',
      action: 'Open the candidate list',
    },
  },
  'candidate-resubmitted': {
    ja: {
      subject: '【{year}年度募集】差し戻した候補が再提出されました（{subject}）',
      lead: '差し戻した候補が修正され、再提出されました。確認をお願いします。',
      action: '候補を確認する',
    },
    en: {
      subject: '[{year} recruitment] A returned candidate was resubmitted ({subject})',
      lead: 'A candidate you returned has been fixed and submitted again. Please review it.',
      action: 'Review the candidates',
    },
  },
  'hosts-published': {
    ja: {
      subject: '【{year}年度募集】連携先施設を公表しました',
      lead: '日本専門医機構は{year}年度募集の連携先施設を公表しました。',
      action: '公表リストを開く',
    },
    en: {
      subject: '[{year} recruitment] The host facilities are published',
      lead: 'The JMSB has published the host facilities for the {year} recruitment.',
      action: 'Open the published list',
    },
  },
  'host-published': {
    ja: {
      subject: '【{year}年度募集】貴施設が連携先施設として公表されました（{subject}）',
      lead: '{subject}は、{year}年度募集の連携先施設として公表されました。研修と生活の情報（施設プロフィール）を記入して都道府県の承認を受けると、専攻医が探す連携先一覧に表示されます。',
      action: '施設プロフィールを開く',
    },
    en: {
      subject: '[{year} recruitment] Your facility is published as a host ({subject})',
      lead: '{subject} is published as a host facility for the {year} recruitment. Describe its training and living conditions in the host profile; once your prefecture approves it, residents see it in the host directory.',
      action: 'Open the host profile',
    },
  },
  'prefecture-deadline-reminder': {
    ja: {
      subject: '【{year}年度募集】候補リスト提出期限が近づいています（{subject}）',
      lead: '連携先施設候補リストの提出期限が近づいています。まだ提出されていません。',
      action: '候補リストを開く',
    },
    en: {
      subject: '[{year} recruitment] The candidate list is due soon ({subject})',
      lead: 'The candidate list is due soon and has not been submitted yet.',
      action: 'Open the candidate list',
    },
  },
  'society-deadline-reminder': {
    ja: {
      subject: '【{year}年度募集】候補確認の期限が近づいています（{subject}）',
      lead: '連携先施設候補の確認期限が近づいています。未確認の候補があります。',
      action: '候補を確認する',
    },
    en: {
      subject: '[{year} recruitment] Candidate review is due soon ({subject})',
      lead: 'The review of candidate host facilities is due soon and some candidates are still waiting.',
      action: 'Review the candidates',
    },
  },
};

function nominationStep(params: NominationStepParams, language: MailLanguage): MailDocument {
  const wording = NOMINATION_STEP_TEXT[params.step];
  if (!wording) {
    throw invalid('step', `step must be one of ${NOMINATION_MAIL_STEPS.join(', ')}`);
  }
  const fill = (template: string) =>
    template.replaceAll('{year}', String(params.recruitmentYear)).replaceAll('{subject}', text('subject', params.subject));
  const { subject, lead, action } = wording[language];
  const labels = language === 'ja' ? { deadline: '期限', comment: 'コメント' } : { deadline: 'Due', comment: 'Comment' };
  const blocks: MailBlock[] = [{ paragraph: fill(lead) }];
  if (params.deadline) {
    blocks.push({ facts: [[labels.deadline, formatExpiry(params.deadline, language)]] });
  }
  if (params.comment?.trim()) {
    blocks.push({ facts: [[labels.comment, params.comment.trim()]] });
  }
  if (params.facts.length > 0) {
    blocks.push({ facts: params.facts });
  }
  blocks.push({ action: { label: action, url: url('actionUrl', params.actionUrl) } });
  return { subject: fill(subject), blocks };
}

const FOOTER: Record<MailLanguage, string> = {
  ja: 'このメールは renkei から送信専用アドレスで自動送信しています。ご返信いただいてもお答えできませんのでご了承ください。',
  en: 'This e-mail was sent automatically by renkei from an address that does not receive replies.',
};

export const MAIL_TEMPLATE_KEYS = Object.keys(TEMPLATES) as MailTemplateKey[];

export function isMailTemplateKey(value: string): value is MailTemplateKey {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, value);
}

/** Renders one template in one language; throws `NotificationsException` for params it cannot render. */
export function renderMail<K extends MailTemplateKey>(template: K, language: MailLanguage, params: MailTemplateParams[K]): RenderedMail {
  const versions: TemplateVersions<MailTemplateParams[K]> = TEMPLATES[template];
  const document = versions[language](params);
  const subject = document.subject.replace(/\s+/g, ' ').trim();
  return {
    subject,
    text: renderText(document, language),
    html: renderHtml(document, subject, language),
  };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Deadlines are shown in Japan time, which is where the programmes run. */
export function formatExpiry(date: Date, language: MailLanguage): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw invalid('expiresAt', 'expiresAt must be a valid date');
  }
  const options: Intl.DateTimeFormatOptions = {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  return language === 'ja'
    ? `${new Intl.DateTimeFormat('ja-JP', options).format(date)}（日本時間）`
    : `${new Intl.DateTimeFormat('en-GB', options).format(date)} (Japan time)`;
}

function renderText(document: MailDocument, language: MailLanguage): string {
  const separator = language === 'ja' ? '：' : ': ';
  const blocks = document.blocks.map((block) => {
    if ('paragraph' in block) {
      return block.paragraph;
    }
    if ('facts' in block) {
      return block.facts.map(([label, value]) => `${label}${separator}${value}`).join('\n');
    }
    return `${block.action.label}${separator}\n${block.action.url}`;
  });
  return `${[...blocks, `--\n${FOOTER[language]}`].join('\n\n')}\n`;
}

const FONT_FAMILY: Record<MailLanguage, string> = {
  ja: "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', Meiryo, 'Noto Sans JP', sans-serif",
  en: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
};

function renderHtml(document: MailDocument, subject: string, language: MailLanguage): string {
  const blocks = document.blocks.map((block) => {
    if ('paragraph' in block) {
      return `<p style="margin:0 0 16px;line-height:1.7;">${escapeHtml(block.paragraph)}</p>`;
    }
    if ('facts' in block) {
      const rows = block.facts
        .map(
          ([label, value]) =>
            `<tr><th scope="row" style="text-align:left;padding:4px 16px 4px 0;white-space:nowrap;color:#555;font-weight:normal;">${escapeHtml(label)}</th>` +
            `<td style="padding:4px 0;">${escapeHtml(value)}</td></tr>`,
        )
        .join('');
      return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;">${rows}</table>`;
    }
    const href = escapeHtml(block.action.url);
    return (
      `<p style="margin:0 0 8px;"><a href="${href}" style="display:inline-block;background:#1a5fb4;color:#ffffff;padding:10px 20px;border-radius:4px;text-decoration:none;">${escapeHtml(block.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#555;word-break:break-all;"><a href="${href}" style="color:#1a5fb4;">${href}</a></p>`
    );
  });
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f4f5f7;color:#1f2328;font-family:${escapeHtml(FONT_FAMILY[language])};font-size:15px;">`,
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px 28px;border-radius:8px;">',
    `<h1 style="font-size:20px;margin:0 0 20px;">${escapeHtml(subject)}</h1>`,
    ...blocks,
    `<hr style="border:none;border-top:1px solid #e1e4e8;margin:24px 0 12px;"><p style="margin:0;font-size:12px;color:#6a737d;line-height:1.6;">${escapeHtml(FOOTER[language])}</p>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A required single-line text value; line breaks and runs of spaces become one space. */
function text(name: string, value: string): string {
  const normalized = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  if (normalized === '') {
    throw invalid(name, `${name} must not be empty`);
  }
  return normalized;
}

/** An absolute http(s) URL, so a link can never be `javascript:` or relative. */
function url(name: string, value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw invalid(name, `${name} must be an absolute http(s) URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw invalid(name, `${name} must be an absolute http(s) URL`);
  }
  return parsed.href;
}

function invalid(name: string, message: string): NotificationsException {
  return new NotificationsException(NotificationsErrorCode.InvalidTemplateParams, message, { [name]: [message] });
}
