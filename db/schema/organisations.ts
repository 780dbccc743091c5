import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { createdAt } from './columns'
import { kommuner } from './reference'

/** Employers, partner organisations and NAV units, and employers' partner memberships. */

export const ORGANISATION_KINDS = ['EMPLOYER', 'PARTNER', 'NAV_UNIT'] as const
export const SECTORS = ['PRIVAT', 'KOMMUNAL', 'FYLKESKOMMUNAL', 'STATLIG'] as const
/** NACE Rev. 2 sections (SN2007 «næringshovedområder»). */
export const NACE_SECTIONS = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const
export const PARTNER_CODES = ['NHO', 'VIRKE', 'KS', 'SPEKTER', 'LO', 'YS', 'UNIO', 'AKADEMIKERNE'] as const

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    name: text('name').notNull(),
    /** Employers: 9-digit organisasjonsnummer with a valid modulus-11 check digit. */
    orgnr: text('orgnr'),
    kommunenummer: text('kommunenummer').references(() => kommuner.kommunenummer),
    sector: text('sector', { enum: SECTORS }),
    naceSection: text('nace_section', { enum: NACE_SECTIONS }),
    /** Partner organisations: NHO, LO, … */
    partnerCode: text('partner_code', { enum: PARTNER_CODES }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('organisations_orgnr_unique').on(t.orgnr),
    uniqueIndex('organisations_partner_code_unique').on(t.partnerCode),
    index('organisations_kind_idx').on(t.kind),
  ],
)

/** An employer's membership in partner organisations (an employer may be in NHO and Virke). */
export const partnerMemberships = sqliteTable(
  'partner_memberships',
  {
    employerId: integer('employer_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('partner_memberships_pk').on(t.employerId, t.partnerId), index('partner_memberships_partner_idx').on(t.partnerId)],
)
