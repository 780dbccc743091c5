import { and, asc, eq, like, or, sql, type SQL } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { kommuneDisplayName } from '~/services/kommuner.server'
import { fylker, kommuner, organisations, partnerMemberships, users, type ORGANISATION_KINDS } from '@db/schema'
import { notFoundResult, ok } from '~/utils/result'

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

export function kommuneExists(db: DbOrTx, kommunenummer: string): boolean {
  return !!db.select({ nr: kommuner.kommunenummer }).from(kommuner).where(eq(kommuner.kommunenummer, kommunenummer)).get()
}

export function listOrganisationsOfKind(kind: OrganisationKind) {
  return getDb()
    .select({ id: organisations.id, name: organisations.name, partnerCode: organisations.partnerCode })
    .from(organisations)
    .where(eq(organisations.kind, kind))
    .orderBy(asc(organisations.name))
    .all()
}

export function findOrganisation(db: DbOrTx, id: number) {
  return db.select().from(organisations).where(eq(organisations.id, id)).get()
}

export function orgnrTaken(db: DbOrTx, orgnr: string): boolean {
  return !!db.select({ id: organisations.id }).from(organisations).where(eq(organisations.orgnr, orgnr)).get()
}

export const ORGANISATION_PAGE_SIZE = 100

/** Admin list: search by name or orgnr, filter by kind. */
export function listOrganisations(filter: { q?: string; kind?: OrganisationKind }) {
  const conditions: SQL[] = []
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind))
  const q = filter.q?.trim()
  if (q) {
    const pattern = `%${q.replace(/[%_]/g, '')}%`
    conditions.push(or(like(organisations.name, pattern), like(organisations.orgnr, `%${q.replace(/\D/g, '') || '-'}%`))!)
  }
  const where = conditions.length ? and(...conditions) : undefined
  const db = getDb()
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(organisations)
      .where(where)
      .get()?.n ?? 0
  const rows = db
    .select({
      id: organisations.id,
      kind: organisations.kind,
      name: organisations.name,
      orgnr: organisations.orgnr,
      kommunenummer: organisations.kommunenummer,
      kommune: kommuner.name,
      userCount: sql<number>`(select count(*) from ${users} where ${users.organisationId} = ${organisations.id})`,
    })
    .from(organisations)
    .leftJoin(kommuner, eq(kommuner.kommunenummer, organisations.kommunenummer))
    .where(where)
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(ORGANISATION_PAGE_SIZE)
    .all()
    .map((r) => ({ ...r, kommune: r.kommune && r.kommunenummer ? kommuneDisplayName(r.kommunenummer, r.kommune) : r.kommune }))
  return { total, rows }
}

/** One organisation with place (kommune → fylke, AGA zone), its users and partner memberships (the first page of them). */
export function getOrganisationDetail(id: number) {
  const db = getDb()
  const organisation = db
    .select({
      id: organisations.id,
      kind: organisations.kind,
      name: organisations.name,
      orgnr: organisations.orgnr,
      sector: organisations.sector,
      naceSection: organisations.naceSection,
      partnerCode: organisations.partnerCode,
      createdAt: organisations.createdAt,
      kommunenummer: organisations.kommunenummer,
      kommune: kommuner.name,
      agaZone: kommuner.agaZone,
      fylke: fylker.name,
    })
    .from(organisations)
    .leftJoin(kommuner, eq(kommuner.kommunenummer, organisations.kommunenummer))
    .leftJoin(fylker, eq(fylker.fylkesnummer, kommuner.fylkesnummer))
    .where(eq(organisations.id, id))
    .get()
  if (!organisation) return notFoundResult('Fant ikke organisasjonen.')
  const members = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      disabledAt: users.disabledAt,
      hasPassword: sql<number>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(eq(users.organisationId, id))
    .orderBy(asc(users.name), asc(users.email))
    .all()
  // A partner lists its member employers; an employer the partner organisations it is a member of.
  const [own, other] =
    organisation.kind === 'PARTNER'
      ? [partnerMemberships.partnerId, partnerMemberships.employerId]
      : [partnerMemberships.employerId, partnerMemberships.partnerId]
  const memberships = db
    .select({ id: organisations.id, name: organisations.name, orgnr: organisations.orgnr })
    .from(partnerMemberships)
    .innerJoin(organisations, eq(organisations.id, other))
    .where(eq(own, id))
    .orderBy(asc(organisations.name))
    .limit(ORGANISATION_PAGE_SIZE)
    .all()
  const membershipTotal =
    db
      .select({ n: sql<number>`count(*)` })
      .from(partnerMemberships)
      .where(eq(own, id))
      .get()?.n ?? 0
  const place =
    organisation.kommune && organisation.kommunenummer
      ? kommuneDisplayName(organisation.kommunenummer, organisation.kommune)
      : organisation.kommune
  return ok({ organisation: { ...organisation, kommune: place }, members, memberships, membershipTotal })
}
