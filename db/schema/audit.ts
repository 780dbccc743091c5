import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Append-only audit log: every reveal of personal data, every profile view,
 * every admin read of a person. Triggers in the migration refuse UPDATE/DELETE.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorUserId: integer('actor_user_id'),
    actorRole: text('actor_role'),
    actorOrganisationId: integer('actor_organisation_id'),
    /** Set when the actor is the person themself (signed in on Min side); actorRole is then 'person'. */
    actorCandidateId: integer('actor_candidate_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    /** The person the entry concerns (candidates.id) so a person's history is one query. */
    candidateId: integer('candidate_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_log_candidate_idx').on(t.candidateId),
    index('audit_log_actor_idx').on(t.actorUserId),
    index('audit_log_action_idx').on(t.action, t.at),
    index('audit_log_actor_candidate_idx').on(t.actorCandidateId),
  ],
)
