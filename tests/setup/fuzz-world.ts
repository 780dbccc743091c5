import crypto from 'node:crypto'
import { and, eq, inArray } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { agreements, candidates, contactRequests, organisations, profiles, users, vacancies } from '@db/schema'
import { seedDemoData } from '@db/seed/demo.server'
import { createSession } from '~/services/auth.server'
import { personCookie, startPersonSession } from '~/services/person-auth.server'
import { AppClient, BASE } from './app-client'
import { routeManifest, type RouteEntry } from './remix-app'

/**
 * The demo data and one signed-in browser per role, for tests that walk every
 * route (fuzz and cross-site tests, issue 12). Ids in route paths are filled
 * with rows the role may see, so the actions get past their permission checks.
 */
export type Role = 'anonymous' | 'arbeidsgiver' | 'jobbspesialist' | 'admin' | 'partner' | 'person'

export type FuzzWorld = {
  clients: Record<Role, AppClient>
  /** The path of a route for its role, or null when the demo data has nothing to fill it with. */
  pathFor: (route: RouteEntry) => string | null
  roleFor: (route: RouteEntry) => Role
}

export async function fuzzWorld(): Promise<FuzzWorld> {
  const db = getDb()
  await seedDemoData(db)
  const userId = (email: string) => db.select({ id: users.id, org: users.organisationId }).from(users).where(eq(users.email, email)).get()!
  const employer = userId('arbeidsgiver@demo.no')
  const js = userId('jobbspesialist@demo.no')

  const caseload = db
    .select({ id: candidates.id })
    .from(candidates)
    .where(eq(candidates.jobbspesialistUserId, js.id))
    .all()
    .map((c) => c.id)
  const jsAgreement = db
    .select({ id: agreements.id, candidateId: agreements.candidateId })
    .from(agreements)
    .where(inArray(agreements.candidateId, caseload))
    .get()
  const jsRequest = db
    .select({ id: contactRequests.id, candidateId: profiles.candidateId })
    .from(contactRequests)
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .where(inArray(profiles.candidateId, caseload))
    .get()
  const published = db
    .select({ code: profiles.code, candidateId: profiles.candidateId })
    .from(profiles)
    .where(and(eq(profiles.status, 'PUBLISERT'), inArray(profiles.candidateId, caseload)))
    .get()
  // Min side is fuzzed as a person with both an agreement and a contact request, when the demo data has one.
  const withAgreement = new Set(
    db
      .select({ id: agreements.candidateId })
      .from(agreements)
      .all()
      .map((r) => r.id),
  )
  const withRequest = new Set(
    db
      .select({ id: profiles.candidateId })
      .from(contactRequests)
      .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
      .all()
      .map((r) => r.id),
  )
  const everyone = db
    .select({ id: candidates.id })
    .from(candidates)
    .all()
    .map((c) => c.id)
  const person =
    everyone.find((id) => withAgreement.has(id) && withRequest.has(id)) ?? jsAgreement?.candidateId ?? jsRequest?.candidateId ?? caseload[0]
  const ids: Record<string, number | string | undefined> = {
    employerVacancy: db.select({ id: vacancies.id }).from(vacancies).where(eq(vacancies.organisationId, employer.org!)).get()?.id,
    anyVacancy: db.select({ id: vacancies.id }).from(vacancies).get()?.id,
    employerRequest: db
      .select({ id: contactRequests.id })
      .from(contactRequests)
      .where(eq(contactRequests.organisationId, employer.org!))
      .get()?.id,
    employerAgreement: db.select({ id: agreements.id }).from(agreements).where(eq(agreements.organisationId, employer.org!)).get()?.id,
    jsCandidate: published?.candidateId ?? caseload[0],
    jsAgreement: jsAgreement?.id,
    jsRequest: jsRequest?.id,
    code: db.select({ code: profiles.code }).from(profiles).where(eq(profiles.status, 'PUBLISERT')).get()?.code,
    organisation: employer.org!,
    personAgreement: db.select({ id: agreements.id }).from(agreements).where(eq(agreements.candidateId, person)).get()?.id,
    personRequest: db
      .select({ id: contactRequests.id })
      .from(contactRequests)
      .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
      .where(eq(profiles.candidateId, person))
      .get()?.id,
    anyOrganisation: db.select({ id: organisations.id }).from(organisations).get()?.id,
  }

  const clients = {} as Record<Role, AppClient>
  for (const role of ['anonymous', 'arbeidsgiver', 'jobbspesialist', 'admin', 'partner', 'person'] as const) clients[role] = new AppClient()
  const staffCookie = async (email: string) => createSession(userId(email).id, new Request(BASE))
  clients.arbeidsgiver.setCookie(await staffCookie('arbeidsgiver@demo.no'))
  clients.jobbspesialist.setCookie(await staffCookie('jobbspesialist@demo.no'))
  clients.admin.setCookie(await staffCookie('admin@demo.no'))
  clients.partner.setCookie(await staffCookie('partner@demo.no'))
  clients.person.setCookie(await personCookie.serialize(startPersonSession(db, person, 'LENKE')))

  const roleFor = (route: RouteEntry): Role => {
    const path = `/${fullPath(route)}`
    if (path.startsWith('/arbeidsgiver') || path.startsWith('/api/')) return 'arbeidsgiver'
    if (path.startsWith('/jobbspesialist')) return 'jobbspesialist'
    if (path.startsWith('/admin')) return 'admin'
    if (path.startsWith('/partner')) return 'partner'
    if (path.startsWith('/min-side') && !/^\/min-side\/(logg-inn|idporten)/.test(path)) return 'person'
    return 'anonymous'
  }

  const valueFor = (routeId: string, param: string): string | number | undefined => {
    if (param === '*') return 'finnes-ikke'
    if (param === 'token') return crypto.randomBytes(16).toString('base64url')
    if (param === 'code') return ids.code
    const id = routeId.replace(/^routes\//, '')
    if (id.startsWith('arbeidsgiver.stillinger')) return ids.employerVacancy
    if (id.startsWith('arbeidsgiver.kontakter')) return ids.employerRequest
    if (id.startsWith('arbeidsgiver.avtaler')) return ids.employerAgreement
    if (id.startsWith('jobbspesialist.portefolje')) return ids.jsCandidate
    if (id.startsWith('jobbspesialist.avtaler')) return ids.jsAgreement
    if (id.startsWith('jobbspesialist.foresporsler')) return ids.jsRequest
    if (id.startsWith('jobbspesialist.stillinger')) return ids.anyVacancy
    if (id.startsWith('admin.organisasjoner')) return ids.anyOrganisation
    if (id.startsWith('admin.personer')) return ids.jsCandidate
    if (id.startsWith('min-side.avtaler')) return ids.personAgreement
    if (id.startsWith('min-side.foresporsler')) return ids.personRequest
    if (id.startsWith('api.v1.agreements')) return ids.employerAgreement
    if (id.startsWith('api.v1.candidates')) return ids.jsCandidate
    if (id.startsWith('api.v1.vacancies')) return ids.employerVacancy
    return ids.anyVacancy
  }

  const byId = new Map(routeManifest().map((r) => [r.id, r]))
  /** Flat routes nest (min-side.avtaler.$id under min-side): the URL is the parents' paths joined. */
  const fullPath = (route: RouteEntry): string => {
    const parts: string[] = []
    for (let r: RouteEntry | undefined = route; r; r = r.parentId ? byId.get(r.parentId) : undefined) if (r.path) parts.unshift(r.path)
    return parts.join('/')
  }
  const pathFor = (route: RouteEntry): string | null => {
    let missing = false
    const path = `/${fullPath(route)}`.replace(/:(\w+)\??|\*/g, (whole, name?: string) => {
      const value = valueFor(route.id, name ?? '*')
      if (value === undefined) missing = true
      return encodeURIComponent(String(value ?? ''))
    })
    return missing ? null : path.replace(/\/$/, '') || '/'
  }

  return { clients, pathFor, roleFor }
}

/** Tables' contents, for «nothing changed»: view audits and the person session's last-seen time are bookkeeping of reads. */
export function databaseState(): Map<string, string> {
  const raw = getDb().$client
  const tables = raw
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string }>
  const state = new Map<string, string>()
  for (const { name } of tables) {
    let rows = raw.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>
    if (name === 'audit_log') rows = rows.filter((r) => !/_VIEWED$/.test(String(r.action)))
    if (name === 'person_sessions') rows = rows.map(({ last_seen_at: _seen, ...rest }) => rest)
    state.set(name, crypto.createHash('sha256').update(JSON.stringify(rows)).digest('hex'))
  }
  return state
}

export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([name, hash]) => before.get(name) !== hash).map(([name]) => name)
}

/** Rows written since the connection opened (cheap: tells whether anything at all was written). */
export function totalChanges(): number {
  return (getDb().$client.prepare('SELECT total_changes() AS n').get() as { n: number }).n
}
