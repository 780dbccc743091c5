import { and, asc, count, desc, eq, notInArray, sql } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { candidates, candidateStepHistory, fylker, kommuner, organisations, profiles, users } from '@db/schema'
import { INACTIVE_IPS_STEPS, type IpsStep } from '~/domain/codes'
import { exceedsNormAfterAdding, validateIdNumber, type Cv, type RegisterCandidateInput } from '~/domain/candidates'
import { actorOf, audit } from '~/services/audit.server'
import { kommuneDisplayName, kommuneOptions, placeNames } from '~/services/kommuner.server'
import { checkCvText } from '~/domain/profiles'
import { addFieldError, fail, ok, type FieldErrors, type Result } from '~/utils/result'
import type { SessionUser } from '~/services/auth.server'
import { nowIso, todayIso } from '~/utils/clock.server'

/**
 * The jobbspesialist's caseload: PERSONAL DATA. Only the owning
 * jobbspesialist reads a candidate; admin reads are audit-logged; anyone else
 * gets a 404 (not even the existence of the id is revealed).
 */
export type CaseloadUser = Pick<SessionUser, 'id' | 'role' | 'organisationId'>

type CandidateRow = typeof candidates.$inferSelect

const NOT_FOUND = 'Fant ikke personen.'

/**
 * Permission guard for reading a person: the owning jobbspesialist, or admin
 * (audited as CANDIDATE_VIEWED in the given transaction unless `audit: false`).
 * Anyone else gets `not_found`: not even the existence of the id is revealed.
 */
export function requireReadableCandidate(
  user: CaseloadUser,
  candidateId: number,
  db: DbOrTx = getDb(),
  options: { audit?: boolean } = {},
): Result<CandidateRow> {
  if (!Number.isInteger(candidateId) || candidateId <= 0) return fail('not_found', NOT_FOUND)
  const row = db.select().from(candidates).where(eq(candidates.id, candidateId)).get()
  if (!row) return fail('not_found', NOT_FOUND)
  const owner = user.role === 'jobbspesialist' && row.jobbspesialistUserId === user.id
  const admin = user.role === 'admin'
  if (!owner && !admin) return fail('not_found', NOT_FOUND)
  if (admin && options.audit !== false) {
    audit(db, actorOf(user), { action: 'CANDIDATE_VIEWED', subjectType: 'candidate', subjectId: row.id, candidateId: row.id })
  }
  return ok(row)
}

/**
 * Permission guard for changing a person: only the owning jobbspesialist.
 * Admin (who may read) gets `forbidden`; anyone else `not_found`.
 */
export function requireOwnedCandidate(user: CaseloadUser, candidateId: number, db: DbOrTx = getDb()): Result<CandidateRow> {
  const readable = requireReadableCandidate(user, candidateId, db, { audit: false })
  if (!readable.ok) return readable
  return readable.value.jobbspesialistUserId === user.id
    ? readable
    : fail('forbidden', 'Bare jobbspesialisten som følger opp personen, kan endre dette.')
}

/** The full fødselsnummer, shown only when asked for; every reveal is audit-logged (owner or admin). */
export function revealIdNumber(user: CaseloadUser, candidateId: number): Result<string> {
  return getDb().transaction((tx) => {
    const readable = requireReadableCandidate(user, candidateId, tx, { audit: false })
    if (!readable.ok) return readable
    const row = readable.value
    audit(tx, actorOf(user), { action: 'FNR_REVEALED', subjectType: 'candidate', subjectId: row.id, candidateId: row.id })
    return ok(row.fnr)
  })
}

export type CaseloadRow = {
  id: number
  firstName: string
  lastName: string
  ipsStep: IpsStep
  referralDate: string
  /** Only the year is shown: enough to tell two people with the same name apart in one's own caseload. */
  birthYear: string
  profileStatus: string | null
}

/** Every word typed must begin a word of the name, ignoring case («kar nor» finds «Kari Nordmann»). */
function nameMatcher(q: string | undefined): (name: string) => boolean {
  const words = (q ?? '').toLocaleLowerCase('nb').split(/\s+/).filter(Boolean)
  if (words.length === 0) return () => true
  return (name) => {
    const parts = name.toLocaleLowerCase('nb').split(/[\s-]+/)
    return words.every((w) => parts.some((p) => p.startsWith(w)))
  }
}

/** The jobbspesialist's own caseload, optionally narrowed to one IPS step and/or a name search (first, last or full name). */
export function listCaseload(user: CaseloadUser, filter: { step?: IpsStep; q?: string } = {}) {
  const db = getDb()
  const where = and(eq(candidates.jobbspesialistUserId, user.id), filter.step ? eq(candidates.ipsStep, filter.step) : undefined)
  const rows = db
    .select({
      id: candidates.id,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      ipsStep: candidates.ipsStep,
      referralDate: candidates.referralDate,
      birthYear: sql<string>`substr(${candidates.birthDate}, 1, 4)`,
      profileStatus: profiles.status,
    })
    .from(candidates)
    .leftJoin(profiles, eq(profiles.candidateId, candidates.id))
    .where(where)
    .orderBy(asc(candidates.lastName), asc(candidates.firstName), asc(candidates.birthDate))
    .all() as CaseloadRow[]
  // A caseload is a few dozen people: matching in JS gets æ, ø and å right (SQLite's lower() does not).
  const matches = nameMatcher(filter.q)
  return { rows: rows.filter((r) => matches(`${r.firstName} ${r.lastName}`)), activeCount: countActive(db, user.id) }
}

export function countActive(db: DbOrTx, jobbspesialistUserId: number): number {
  const row = db
    .select({ n: count() })
    .from(candidates)
    .where(and(eq(candidates.jobbspesialistUserId, jobbspesialistUserId), notInArray(candidates.ipsStep, [...INACTIVE_IPS_STEPS])))
    .get()
  return row?.n ?? 0
}

export function registrationOptions(user: CaseloadUser) {
  const db = getDb()
  return {
    kommuner: kommuneOptions(),
    navUnits: db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.kind, 'NAV_UNIT'))
      .orderBy(asc(organisations.name))
      .all(),
    defaultNavUnitId: user.organisationId,
    activeCount: countActive(db, user.id),
  }
}

/** Registers a person in the user's caseload (step HENVIST, recorded in the step history). */
export function registerCandidate(
  user: CaseloadUser,
  input: RegisterCandidateInput,
): Result<{ id: number; overNorm: boolean; activeCount: number }> {
  if (user.role !== 'jobbspesialist') return fail('forbidden', 'Bare jobbspesialister kan registrere personer.')
  const idNumber = validateIdNumber(input.fnr)
  if (!idNumber.ok) return fail('validation', { fnr: [idNumber.message] })
  const db = getDb()
  return db.transaction((tx) => {
    const errors: FieldErrors = {}
    if (tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.fnr, idNumber.value)).get()) {
      addFieldError(
        errors,
        'fnr',
        'Denne personen er allerede registrert i en portefølje. Kontakt NAV-kontoret hvis personen skal flyttes til deg.',
      )
    }
    if (!tx.select({ nr: kommuner.kommunenummer }).from(kommuner).where(eq(kommuner.kommunenummer, input.kommunenummer)).get()) {
      addFieldError(errors, 'kommunenummer', 'Velg en kommune fra listen.')
    }
    const unit = tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.id, input.navUnitId), eq(organisations.kind, 'NAV_UNIT')))
      .get()
    if (!unit) addFieldError(errors, 'navUnitId', 'Velg et NAV-kontor fra listen.')
    if (input.referralDate > todayIso()) addFieldError(errors, 'referralDate', 'Henvisningsdatoen kan ikke være fram i tid.')
    if (input.referralDate < '2000-01-01') addFieldError(errors, 'referralDate', 'Henvisningsdatoen er for langt tilbake i tid.')
    if (Object.keys(errors).length) return fail('validation', errors)
    const before = countActive(tx, user.id)
    const at = nowIso()
    const row = tx
      .insert(candidates)
      .values({
        jobbspesialistUserId: user.id,
        navUnitId: input.navUnitId,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        fnr: idNumber.value,
        birthDate: idNumber.birthDate,
        phone: input.phone ? input.phone.trim() : null,
        email: input.email ? input.email.trim().toLowerCase() : null,
        kommunenummer: input.kommunenummer,
        innsatsgruppe: input.innsatsgruppe,
        referralDate: input.referralDate,
        ipsStep: 'HENVIST',
        ipsStepChangedAt: at,
      })
      .returning({ id: candidates.id })
      .get()
    tx.insert(candidateStepHistory).values({ candidateId: row.id, step: 'HENVIST', at, byUserId: user.id }).run()
    return ok({ id: row.id, overNorm: exceedsNormAfterAdding(before), activeCount: before + 1 })
  })
}

/** The person's record for the owner (or admin, audited): personal data, step history and profile status. */
export function getCandidateDetails(user: CaseloadUser, candidateId: number) {
  const db = getDb()
  return db.transaction((tx) => {
    const readable = requireReadableCandidate(user, candidateId, tx)
    if (!readable.ok) return readable
    const candidate = readable.value
    const kommune = tx
      .select({ name: kommuner.name, fylke: fylker.name })
      .from(kommuner)
      .innerJoin(fylker, eq(fylker.fylkesnummer, kommuner.fylkesnummer))
      .where(eq(kommuner.kommunenummer, candidate.kommunenummer))
      .get()
    const navUnit = candidate.navUnitId
      ? tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, candidate.navUnitId)).get()
      : undefined
    const history = tx
      .select({ step: candidateStepHistory.step, at: candidateStepHistory.at, by: users.name })
      .from(candidateStepHistory)
      .leftJoin(users, eq(users.id, candidateStepHistory.byUserId))
      .where(eq(candidateStepHistory.candidateId, candidate.id))
      .orderBy(desc(candidateStepHistory.at), desc(candidateStepHistory.id))
      .all()
    const profile = tx
      .select({ status: profiles.status, code: profiles.code })
      .from(profiles)
      .where(eq(profiles.candidateId, candidate.id))
      .get()
    return ok({
      candidate,
      kommuneName: kommune ? kommuneDisplayName(candidate.kommunenummer, kommune.name) : candidate.kommunenummer,
      fylkeName: kommune?.fylke ?? '',
      navUnitName: navUnit?.name ?? null,
      history,
      profile: profile ?? null,
      isOwner: candidate.jobbspesialistUserId === user.id,
      ownerActiveCount: countActive(tx, candidate.jobbspesialistUserId),
    })
  })
}

/** Moves the person to another IPS step and records it in the step history. Only the owner. */
export function changeIpsStep(user: CaseloadUser, candidateId: number, step: IpsStep): Result<undefined> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedCandidate(user, candidateId, tx)
    if (!owned.ok) return owned
    const candidate = owned.value
    if (candidate.ipsStep === step) return ok()
    const at = nowIso()
    tx.update(candidates).set({ ipsStep: step, ipsStepChangedAt: at, updatedAt: at }).where(eq(candidates.id, candidate.id)).run()
    tx.insert(candidateStepHistory).values({ candidateId: candidate.id, step, at, byUserId: user.id }).run()
    return ok()
  })
}

/**
 * Saves the CV the jobbspesialist keeps for the person. Only the owner. CV
 * parts can be shared with an employer, so the privacy filter runs first:
 * nothing is saved while it finds a fødselsnummer, health information or the like.
 */
export function updateCv(user: CaseloadUser, candidateId: number, cv: Cv): Result<undefined> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedCandidate(user, candidateId, tx)
    if (!owned.ok) return owned
    const candidate = owned.value
    const findings = checkCvText(cv, { names: [candidate.firstName, candidate.lastName], placeNames: placeNames() })
    if (findings.length)
      return fail(
        'validation',
        findings.reduce((errors, f) => addFieldError(errors, f.field, f.message), {} as FieldErrors),
      )
    tx.update(candidates).set({ cv, updatedAt: nowIso() }).where(eq(candidates.id, candidate.id)).run()
    return ok()
  })
}
