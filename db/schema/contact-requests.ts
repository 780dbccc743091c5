import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { CONTACT_REQUEST_STATUS_CODES, EMPLOYER_MARKING_CODES } from '../../app/domain/codes'
import { users } from './accounts'
import { createdAt, json } from './columns'
import { organisations } from './organisations'
import { profiles } from './profiles'
import { vacancies } from './vacancies'

/** «Be om kontakt»: an employer asks to get in touch about a profile. */
export const contactRequests = sqliteTable(
  'contact_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    profileId: integer('profile_id')
      .notNull()
      .references(() => profiles.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    requestedByUserId: integer('requested_by_user_id').references(() => users.id),
    vacancyId: integer('vacancy_id').references(() => vacancies.id),
    message: text('message').notNull().default(''),
    status: text('status', { enum: CONTACT_REQUEST_STATUS_CODES }).notNull().default('SENDT'),
    replyDeadline: text('reply_deadline'),
    askedAt: text('asked_at'),
    answeredAt: text('answered_at'),
    /** CV parts the jobbspesialist chose to share on consent: SUMMARY, EXPERIENCE, EDUCATION, CERTIFICATES. */
    sharedCvParts: json<string[]>('shared_cv_parts').notNull().default([]),
    employerMarking: text('employer_marking', { enum: EMPLOYER_MARKING_CODES }),
    markedAt: text('marked_at'),
    /** Shared data disappears from the employer's view after this (6 months after consent). */
    sharedUntil: text('shared_until'),
    sharingExpiredAt: text('sharing_expired_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [
    index('contact_requests_org_idx').on(t.organisationId, t.status),
    index('contact_requests_profile_idx').on(t.profileId),
    index('contact_requests_status_idx').on(t.status, t.replyDeadline),
    index('contact_requests_created_idx').on(t.createdAt, t.organisationId, t.status),
    index('contact_requests_marking_idx').on(t.employerMarking, t.markedAt, t.organisationId),
  ],
)
