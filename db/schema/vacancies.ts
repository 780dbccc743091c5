import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { CONTRACT_TYPE_CODES, VACANCY_STATUS_CODES, type LanguageCode } from '../../app/domain/codes'
import { users } from './accounts'
import { createdAt, json } from './columns'
import { organisations } from './organisations'
import { kommuner, styrk08 } from './reference'

/** An employer's vacancy (stilling). */
export const vacancies = sqliteTable(
  'vacancies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    status: text('status', { enum: VACANCY_STATUS_CODES }).notNull().default('UTKAST'),
    title: text('title').notNull(),
    styrkCode: text('styrk_code')
      .notNull()
      .references(() => styrk08.code),
    description: text('description').notNull().default(''),
    kommunenummer: text('kommunenummer')
      .notNull()
      .references(() => kommuner.kommunenummer),
    positionPercent: integer('position_percent').notNull(),
    contractType: text('contract_type', { enum: CONTRACT_TYPE_CODES }).notNull(),
    /** null with startAsap = «snarest». */
    startDate: text('start_date'),
    startAsap: integer('start_asap', { mode: 'boolean' }).notNull().default(false),
    applicationDeadline: text('application_deadline'),
    /** Optional yearly full-time salary in kroner (used by the subsidy calculator). */
    yearlySalary: integer('yearly_salary'),
    requiredSkills: json<string[]>('required_skills').notNull().default([]),
    desiredSkills: json<string[]>('desired_skills').notNull().default([]),
    languages: json<LanguageCode[]>('languages').notNull().default([]),
    drivingLicence: text('driving_licence'),
    /** NAV's inclusion tags: INKLUDERING__*, TILTAK_ELLER_VIRKEMIDDEL__*, PRIORITERT_MALGRUPPE__*, STATLIG_INKLUDERINGSDUGNAD. */
    inclusionTags: json<string[]>('inclusion_tags').notNull().default([]),
    publishedAt: text('published_at'),
    filledAt: text('filled_at'),
    closedAt: text('closed_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [
    index('vacancies_org_idx').on(t.organisationId),
    index('vacancies_status_idx').on(t.status, t.publishedAt),
    index('vacancies_styrk_idx').on(t.styrkCode),
    // Partner statistics (issue 7): range scans by publishing time, covering the organisation.
    index('vacancies_published_idx').on(t.publishedAt, t.organisationId, t.kommunenummer),
  ],
)
