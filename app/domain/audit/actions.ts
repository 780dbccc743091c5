/**
 * The audit catalogue (issue 13): every action written to the audit log, with
 * its bokmål label. `audit()` accepts only these names, the admin log filters
 * and shows them, and a person's history («innsyn») uses the same labels.
 *
 * Naming: SUBJECT_VERB in capitals, past tense (PROFILE_VIEWED). Adding an
 * action is one line here. Renaming one needs a migration that updates the
 * stored rows (see db/migrations/0004_audit_action_names.sql).
 */
export const AUDIT_ACTIONS = {
  // Profiles and consent
  PROFILE_VIEWED: 'Profilen ble vist',
  PROFILE_PUBLISHED: 'Profilen ble publisert',
  PROFILE_UNPUBLISHED: 'Profilen ble avpublisert',
  CONSENT_RECORDED: 'Samtykke registrert',
  CONSENT_WITHDRAWN: 'Samtykke trukket tilbake',
  // Contact requests
  CONTACT_REQUESTED: 'Arbeidsgiver ba om kontakt',
  CONTACT_CANDIDATE_ASKED: 'Kandidaten ble spurt',
  CONTACT_APPROVED: 'Kandidaten sa ja – kontaktinformasjon delt med arbeidsgiveren',
  CONTACT_DECLINED: 'Kandidaten sa nei',
  CONTACT_EXPIRED: 'Fristen gikk ut uten svar',
  CONTACT_WITHDRAWN: 'Arbeidsgiveren trakk forespørselen',
  CONTACT_DETAILS_VIEWED: 'Arbeidsgiver så kontaktinformasjonen',
  CONTACT_MARKED: 'Arbeidsgiver markerte kandidaten',
  CONTACT_SHARING_EXPIRED: 'Delingen med arbeidsgiveren utløp (6 måneder)',
  // Matching (every profile listed counts as shown)
  MATCHED_PROFILES_VIEWED: 'Matchende profiler for en stilling ble vist',
  MATCHED_VACANCIES_VIEWED: 'Matchende stillinger for personen ble vist',
  // The person and the caseload (personal data)
  CANDIDATE_VIEWED: 'Personopplysningene ble lest',
  FNR_REVEALED: 'Hele fødselsnummeret ble vist',
  PERSON_HISTORY_VIEWED: 'Administrator så innsynsloggen',
  PERSON_LOOKED_UP: 'Administrator slo opp personen',
  CASELOADS_VIEWED: 'Administrator så porteføljene',
  // Follow-up agreements
  AGREEMENT_LIST_VIEWED: 'Oversikten over oppfølgingsavtaler ble lest',
  AGREEMENT_VIEWED: 'Oppfølgingsavtalen ble lest',
  AGREEMENT_API_READ: 'Oppfølgingsavtalen ble lest via API',
  AGREEMENT_CREATED: 'Oppfølgingsavtale opprettet',
  AGREEMENT_UPDATED: 'Oppfølgingsavtalen ble endret',
  AGREEMENT_APPROVED: 'Oppfølgingsavtalen ble godkjent',
  AGREEMENT_APPROVAL_LINK_SENT: 'Lenke til godkjenning av avtalen ble sendt',
  AGREEMENT_CANCELLED: 'Oppfølgingsavtalen ble avbrutt',
  AGREEMENT_SCHEME_ATTACHED: 'Tilskuddsordning knyttet til avtalen',
  AGREEMENT_STATUS_CHANGED_BY_DATE: 'Avtalens status endret etter dato',
  FOLLOW_UP_LOGGED: 'Oppfølgingskontakt registrert',
  // Min side: the person's own actions (actor_role 'person', issue 14)
  CONTACT_SHARING_ENDED: 'Personen avsluttet delingen med arbeidsgiveren',
  MIN_SIDE_INVITED: 'Tilgang til Min side ble gitt',
  MIN_SIDE_LOGIN: 'Logget inn på Min side',
  MIN_SIDE_LOGOUT: 'Logget ut av Min side',
  MIN_SIDE_SESSIONS_ENDED: 'Innloggingen på Min side ble avsluttet',
  MIN_SIDE_PROFILE_VIEWED: 'Personen så sin egen profil på Min side',
  MIN_SIDE_DISCLOSURE_CHANGED: 'Personen endret hvilke behov for tilrettelegging arbeidsgivere ser',
  MIN_SIDE_INNSYN_VIEWED: 'Personen så innsynsloggen på Min side',
  MIN_SIDE_DATA_EXPORTED: 'Personen lastet ned opplysningene sine',
  MIN_SIDE_DELETION_REQUESTED: 'Personen ba om sletting',
  MIN_SIDE_DELETION_HANDLED: 'Forespørselen om sletting ble behandlet',
  MIN_SIDE_AGREEMENT_DECLINED: 'Personen godkjente ikke oppfølgingsavtalen',
  // Vacancies
  VACANCY_CREATED: 'Stilling opprettet',
  VACANCY_UPDATED: 'Stilling endret',
  VACANCY_PUBLISHED: 'Stilling publisert',
  VACANCY_FILLED: 'Stilling merket som besatt',
  VACANCY_CLOSED: 'Stilling stengt',
  // Users and organisations
  ORGANISATION_REGISTERED: 'Virksomhet registrert',
  USER_INVITED: 'Bruker invitert',
  USER_INVITATION_ACCEPTED: 'Invitasjon tatt i bruk',
  USER_PASSWORD_RESET: 'Passord tilbakestilt',
  USER_DEACTIVATED: 'Bruker deaktivert',
  USER_REACTIVATED: 'Bruker aktivert igjen',
  // Rates and statistics
  RATE_ADDED: 'Sats lagt til',
  STATE_HIRES_REPORTED: 'Antall ansettelser i staten rapportert',
  // E-mail outbox (admin)
  EMAIL_OUTBOX_VIEWED: 'Administrator så e-postutboksen',
  EMAIL_REQUEUED: 'Administrator la e-post i kø for ny sending',
} as const satisfies Record<string, string>

export type AuditAction = keyof typeof AUDIT_ACTIONS

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && Object.hasOwn(AUDIT_ACTIONS, value)
}

export const AUDIT_ACTION_CODES: readonly AuditAction[] = Object.keys(AUDIT_ACTIONS).filter(isAuditAction)

/** The bokmål label; rows written under a name no longer in the catalogue show the raw name. */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action] : `Annen hendelse (${action})`
}

/** What an audit row is about (`subjectType`), in bokmål for the admin log (no raw codes on screen). */
export const AUDIT_SUBJECT_TYPES = {
  agreement: 'Avtale',
  candidate: 'Person',
  contact_request: 'Forespørsel om kontakt',
  email_outbox: 'E-post',
  organisation: 'Organisasjon',
  profile: 'Profil',
  user: 'Bruker',
  vacancy: 'Stilling',
} as const

export type AuditSubjectType = keyof typeof AUDIT_SUBJECT_TYPES

export function auditSubjectLabel(subjectType: string): string {
  const known: Record<string, string> = AUDIT_SUBJECT_TYPES
  return known[subjectType] ?? subjectType
}

/** The names used before the catalogue (issue 13), and what migration 0004 renamed them to. */
export const RENAMED_AUDIT_ACTIONS = {
  'vacancy.created': 'VACANCY_CREATED',
  'vacancy.updated': 'VACANCY_UPDATED',
  'vacancy.publish': 'VACANCY_PUBLISHED',
  'vacancy.fill': 'VACANCY_FILLED',
  'vacancy.close': 'VACANCY_CLOSED',
  'organisation.register': 'ORGANISATION_REGISTERED',
  'user.invite': 'USER_INVITED',
  'user.invitation-accepted': 'USER_INVITATION_ACCEPTED',
  'user.password-reset': 'USER_PASSWORD_RESET',
  'user.deactivate': 'USER_DEACTIVATED',
  'user.reactivate': 'USER_REACTIVATED',
  'rate.add': 'RATE_ADDED',
  AGREEMENT_LIST_VIEW: 'AGREEMENT_LIST_VIEWED',
  AGREEMENT_VIEW: 'AGREEMENT_VIEWED',
  AGREEMENT_STATUS_BY_DATE: 'AGREEMENT_STATUS_CHANGED_BY_DATE',
  PERSON_LOOKUP: 'PERSON_LOOKED_UP',
} as const satisfies Record<string, AuditAction>
