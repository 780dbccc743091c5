import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { AGREEMENT_STATUS_CODES } from '../../app/domain/codes'
import type { ChangeKind, ChangeSection } from '../../app/domain/agreements/workflow'
import { SCHEMES, type SubsidyResult } from '../../app/domain/subsidies/types'
import { candidates } from './candidates'
import { contactRequests } from './contact-requests'
import { users } from './accounts'
import { createdAt, json } from './columns'
import { organisations } from './organisations'
import { styrk08 } from './reference'

export const APPROVAL_PARTIES = ['EMPLOYER', 'PERSON', 'JOBBSPESIALIST'] as const
export type ApprovalParty = (typeof APPROVAL_PARTIES)[number]
/** How an approval was given: logged in, recorded by the jobbspesialist (oral/written) or through the e-mailed link. */
export const APPROVAL_METHODS = ['INNLOGGET', 'MUNTLIG', 'SKRIFTLIG', 'DIGITAL_LENKE'] as const
export const FOLLOW_UP_KINDS = ['MOTE', 'TELEFON', 'BESOK', 'DIGITAL'] as const
export const FOLLOW_UP_WITH = ['DELTAKER', 'ARBEIDSGIVER', 'BEGGE'] as const

/** Oppfølgingsavtale: binds employer, person and jobbspesialist after a hire (issue 6). */
export const agreements = sqliteTable(
  'agreements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    jobbspesialistUserId: integer('jobbspesialist_user_id')
      .notNull()
      .references(() => users.id),
    contactRequestId: integer('contact_request_id').references(() => contactRequests.id),
    status: text('status', { enum: AGREEMENT_STATUS_CODES }).notNull().default('PABEGYNT'),
    /** Optimistic locking: every save must name the version it edited. */
    version: integer('version').notNull().default(1),
    jobTitle: text('job_title').notNull().default(''),
    styrkCode: text('styrk_code').references(() => styrk08.code),
    positionPercent: integer('position_percent'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    permanent: integer('permanent', { mode: 'boolean' }).notNull().default(false),
    monthlyPay: integer('monthly_pay'),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    goals: text('goals').notNull().default(''),
    /** How often follow-up happens; the default is weekly in the first month, then as agreed. */
    followUpFrequency: text('follow_up_frequency').notNull().default('Ukentlig den første måneden, deretter etter avtale'),
    reviewDates: json<string[]>('review_dates').notNull().default([]),
    cancellationReason: text('cancellation_reason'),
    cancelledAt: text('cancelled_at'),
    approvedAt: text('approved_at'),
    startedAt: text('started_at'),
    endedAt: text('ended_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [
    index('agreements_owner_idx').on(t.jobbspesialistUserId, t.status),
    index('agreements_org_idx').on(t.organisationId, t.status),
    index('agreements_candidate_idx').on(t.candidateId),
    index('agreements_status_idx').on(t.status, t.startDate),
    index('agreements_started_idx').on(t.startedAt, t.organisationId),
  ],
)

/** Every saved version of an agreement (a JSON snapshot), kept forever. */
export const agreementVersions = sqliteTable(
  'agreement_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** OPPRETTET, ENDRET, GODKJENT, STATUS_ENDRET, ANNULLERT, ORDNING_LAGT_TIL … (CHANGE_KINDS in app/domain/agreements). */
    changeKind: text('change_kind').$type<ChangeKind>().notNull(),
    /** Which parts changed (STILLING, TILRETTELEGGING, ORDNINGER, OPPFOLGING, KONTAKTPERSON). */
    changedSections: json<ChangeSection[]>('changed_sections').notNull().default([]),
    approvalsWithdrawn: integer('approvals_withdrawn', { mode: 'boolean' }).notNull().default(false),
    snapshot: json<Record<string, unknown>>('snapshot').notNull(),
    byUserId: integer('by_user_id').references(() => users.id),
    at: text('at').notNull(),
  },
  (t) => [index('agreement_versions_idx').on(t.agreementId, t.version)],
)

export const agreementAdaptations = sqliteTable(
  'agreement_adaptations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    /** ADAPTATION_CODES (`GROUP__CODE`) or a group code. */
    code: text('code').notNull(),
    text: text('text').notNull().default(''),
  },
  (t) => [index('agreement_adaptations_idx').on(t.agreementId)],
)

/** A scheme used on the agreement with its saved calculation from the subsidy calculator. */
export const agreementSchemes = sqliteTable(
  'agreement_schemes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    scheme: text('scheme', { enum: SCHEMES }).notNull(),
    input: json<Record<string, unknown>>('input').notNull(),
    calculation: json<SubsidyResult>('calculation').notNull(),
    total: integer('total').notNull(),
    calculatedAt: text('calculated_at').notNull(),
    byUserId: integer('by_user_id').references(() => users.id),
  },
  (t) => [index('agreement_schemes_idx').on(t.agreementId)],
)

export const agreementApprovals = sqliteTable(
  'agreement_approvals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    party: text('party', { enum: APPROVAL_PARTIES }).notNull(),
    method: text('method', { enum: APPROVAL_METHODS }).notNull(),
    /** The user who approved or recorded the approval; null for the person's own link. */
    byUserId: integer('by_user_id').references(() => users.id),
    /** The agreement version approved. */
    agreementVersion: integer('agreement_version').notNull(),
    at: text('at').notNull(),
    withdrawnAt: text('withdrawn_at'),
  },
  (t) => [index('agreement_approvals_idx').on(t.agreementId, t.party)],
)

/** Logged follow-up contacts (a person in the caseload, optionally under an agreement). */
export const followUpContacts = sqliteTable(
  'follow_up_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    agreementId: integer('agreement_id').references(() => agreements.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: FOLLOW_UP_KINDS }).notNull(),
    withWhom: text('with_whom', { enum: FOLLOW_UP_WITH }).notNull(),
    date: text('date').notNull(),
    note: text('note').notNull().default(''),
    byUserId: integer('by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('follow_up_contacts_candidate_idx').on(t.candidateId, t.date), index('follow_up_contacts_agreement_idx').on(t.agreementId)],
)

/** Planned follow-ups; `doneContactId` is set when the contact is logged. */
export const plannedFollowUps = sqliteTable(
  'planned_follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    agreementId: integer('agreement_id').references(() => agreements.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    doneContactId: integer('done_contact_id').references(() => followUpContacts.id),
    cancelledAt: text('cancelled_at'),
    byUserId: integer('by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('planned_follow_ups_due_idx').on(t.date), index('planned_follow_ups_agreement_idx').on(t.agreementId)],
)

/** Reminders and notices sent by the agreement job: one row per (kind, key), so each goes out once. */
export const agreementReminders = sqliteTable(
  'agreement_reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    agreementId: integer('agreement_id').references(() => agreements.id, { onDelete: 'cascade' }),
    sentAt: text('sent_at').notNull(),
  },
  (t) => [uniqueIndex('agreement_reminders_unique').on(t.kind, t.key)],
)
