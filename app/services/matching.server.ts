import { and, eq, inArray } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { contactRequests, kommuner, organisations, profiles, vacancies } from '@db/schema'
import { FEW_MATCHES, match, rankMatches, wideningHints, type MatchContext, type MatchReason, type ReasonAudience } from '~/domain/matching'
import type { EmployerProfile } from '~/domain/profiles'
import type { Role } from '@db/schema'
import { audit, type AuditActor } from '~/services/audit.server'
import { requireReadableCandidate } from '~/services/candidates.server'
import { employerProfileById } from '~/services/profiles/employer.server'
import { requireVisibleVacancy, type VacancyView } from '~/services/vacancies.server'
import { todayIso } from '~/utils/clock.server'
import { ok, type Result } from '~/utils/result'
import { loadProfileDocuments, loadVacancyDocuments, profileToMatch, styrkTitles, vacancyToMatch } from '@search/documents'
import { getSearch } from '@search/index.server'
import { kommuneGeo, kommunePlaceNames } from '@db/geo.server'
import { relatedOccupations } from '@db/reference.server'
import { isEmptyWorkArea, normaliseWorkArea } from '~/domain/matching/work-area'
import type { ProfileDocument, VacancyDocument } from '@search/port'

/**
 * Matching use-cases on top of the search port (search/ holds only the port
 * and its adapters). Whatever the engine returns is re-read from SQLite and
 * re-scored by the domain rules before anyone sees it: a profile or vacancy
 * that is no longer published is dropped at once.
 */
export const MATCH_LIMIT = 20

export function matchContext(db: DbOrTx = getDb(), audience: ReasonAudience = 'employer'): MatchContext {
  const titles = styrkTitles(db)
  return {
    today: todayIso(),
    styrkTitle: (code) => titles.get(code),
    relatedOccupations: relatedOccupations(),
    geo: kommuneGeo(),
    places: kommunePlaceNames(),
    audience,
  }
}

/** Profiles the employer marked «Ikke aktuell» for this vacancy: they do not come back on its list. */
function markedNotRelevant(db: DbOrTx, vacancyId: number): Set<number> {
  return new Set(
    db
      .select({ profileId: contactRequests.profileId })
      .from(contactRequests)
      .where(and(eq(contactRequests.vacancyId, vacancyId), eq(contactRequests.employerMarking, 'IKKE_AKTUELL')))
      .all()
      .map((r) => r.profileId),
  )
}

export type ProfileMatch = { score: number; reasons: MatchReason[]; profileId: number }

/** Best published profiles for a vacancy (any status — an employer may look before publishing), fresh from SQLite. */
export async function matchProfilesForVacancy(
  vacancyId: number,
  limit = MATCH_LIMIT,
  audience: ReasonAudience = 'employer',
): Promise<ProfileMatch[] | null> {
  const db = getDb()
  const [vacancy] = loadVacancyDocuments(db, [vacancyId], { includeUnpublished: true })
  if (!vacancy) return null
  const ctx = matchContext(db, audience)
  const search = await getSearch()
  const excluded = markedNotRelevant(db, vacancyId)
  // ask for as many more as are excluded, so the list stays the exact top N of the rest
  const hits = await search.candidatesForVacancy(vacancy, limit * 2 + excluded.size, ctx)
  const fresh = new Map(
    loadProfileDocuments(
      db,
      hits.map((h) => h.id),
    ).map((p) => [p.id, p]),
  )
  const v = vacancyToMatch(vacancy)
  const out: Array<ProfileMatch & { id: number }> = []
  for (const hit of hits) {
    const doc = fresh.get(hit.id)
    if (!doc || excluded.has(doc.id)) continue // withdrawn since it was indexed, or marked «Ikke aktuell»
    const result = match(v, profileToMatch(doc), ctx)
    if (result) out.push({ id: doc.id, profileId: doc.id, ...result })
  }
  return rankMatches(out)
    .slice(0, limit)
    .map(({ id: _id, ...rest }) => rest)
}

export type VacancySummary = {
  id: number
  title: string
  organisationName: string
  styrkCode: string
  styrkTitle: string
  kommuneName: string
  positionPercent: number
  contractType: string
  startAsap: boolean
  startDate: string | null
  applicationDeadline: string | null
}
export type VacancyMatch = { score: number; reasons: MatchReason[]; vacancy: VacancySummary }

function summaries(db: DbOrTx, docs: VacancyDocument[]): Map<number, VacancySummary> {
  if (docs.length === 0) return new Map()
  const rows = db
    .select({ id: vacancies.id, organisationName: organisations.name, kommuneName: kommuner.name })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .innerJoin(kommuner, eq(kommuner.kommunenummer, vacancies.kommunenummer))
    .where(
      inArray(
        vacancies.id,
        docs.map((d) => d.id),
      ),
    )
    .all()
  const extra = new Map(rows.map((r) => [r.id, r]))
  return new Map(
    docs.map((d) => [
      d.id,
      {
        id: d.id,
        title: d.title,
        organisationName: extra.get(d.id)?.organisationName ?? '',
        styrkCode: d.styrkCode,
        styrkTitle: d.styrkTitle,
        kommuneName: extra.get(d.id)?.kommuneName ?? '',
        positionPercent: d.positionPercent,
        contractType: d.contractType,
        startAsap: d.startAsap,
        startDate: d.startDate,
        applicationDeadline: d.applicationDeadline,
      },
    ]),
  )
}

/** The candidate's profile as a matching document (draft or published — the jobbspesialist may look before publishing). */
export function profileDocumentForCandidate(db: DbOrTx, candidateId: number): ProfileDocument | null {
  const row = db
    .select({
      id: profiles.id,
      kommuner: profiles.workKommuner,
      fylker: profiles.workFylker,
      wholeCountry: profiles.workWholeCountry,
      maxTravelKm: profiles.maxTravelKm,
    })
    .from(profiles)
    .where(eq(profiles.candidateId, candidateId))
    .get()
  if (!row) return null
  const [doc] = loadProfileDocuments(db, [row.id], { includeUnpublished: true })
  if (!doc) return null
  // The person's own list (seen only by their jobbspesialist) uses the area as stated, not as coarsened for employers.
  // This document is a query, never indexed.
  const stated = normaliseWorkArea(
    { kommuner: row.kommuner, fylker: row.fylker, partFylker: [], wholeCountry: row.wholeCountry, maxTravelKm: row.maxTravelKm },
    kommuneGeo(),
  )
  return { ...doc, workArea: isEmptyWorkArea(stated) ? null : stated }
}

/** Best published vacancies for a profile, fresh from SQLite. */
export async function matchVacanciesForProfile(profile: ProfileDocument, limit = MATCH_LIMIT): Promise<VacancyMatch[]> {
  const db = getDb()
  // read by the person's jobbspesialist
  const ctx = matchContext(db, 'jobbspesialist')
  const search = await getSearch()
  const hits = await search.vacanciesForProfile(profile, limit * 2, ctx)
  const freshDocs = loadVacancyDocuments(
    db,
    hits.map((h) => h.id),
  )
  const fresh = new Map(freshDocs.map((d) => [d.id, d]))
  const info = summaries(db, freshDocs)
  const p = profileToMatch(profile)
  const out: Array<{ id: number; score: number; reasons: MatchReason[] }> = []
  for (const hit of hits) {
    const doc = fresh.get(hit.id)
    if (!doc) continue
    const result = match(vacancyToMatch(doc), p, ctx)
    if (result) out.push({ id: doc.id, ...result })
  }
  return rankMatches(out)
    .slice(0, limit)
    .map((m) => ({ score: m.score, reasons: m.reasons, vacancy: info.get(m.id)! }))
}

/** Audit entry for a listing of matched profiles (every profile shown is a profile view). */
export function auditMatchesShown(db: DbOrTx, actor: AuditActor, vacancyId: number, profileIds: number[], via: 'page' | 'api'): void {
  audit(db, actor, {
    action: 'MATCHED_PROFILES_VIEWED',
    subjectType: 'vacancy',
    subjectId: vacancyId,
    details: { profileIds, via, organisationId: actor?.organisationId ?? null },
  })
}

export function auditVacancyMatchesShown(
  db: DbOrTx,
  actor: AuditActor,
  candidateId: number,
  vacancyIds: number[],
  via: 'page' | 'api',
): void {
  audit(db, actor, {
    action: 'MATCHED_VACANCIES_VIEWED',
    subjectType: 'candidate',
    subjectId: candidateId,
    candidateId,
    details: { vacancyIds, via },
  })
}

export type MatchedProfileItem = { score: number; reasons: MatchReason[]; profile: EmployerProfile }

// ── Use-cases for routes (access control + audit) ───────────────────────────

export type MatchActor = { id: number; role: Role; organisationId: number | null }

/**
 * «Aktuelle kandidater» for a vacancy: the owning employer (any status) or a
 * jobbspesialist/admin (published vacancies); `not_found` for anyone else
 * (`requireVisibleVacancy`). The listing is audit-logged (every profile shown
 * counts as a view).
 */
export async function vacancyMatchesFor(
  actor: MatchActor,
  vacancyId: number,
  via: 'page' | 'api',
): Promise<Result<{ vacancy: VacancyView; items: MatchedProfileItem[]; hints: string[] }>> {
  const visible = requireVisibleVacancy(actor, vacancyId)
  if (!visible.ok) return visible
  const vacancy = visible.value
  const audience: ReasonAudience = actor.role === 'arbeidsgiver' ? 'employer' : 'jobbspesialist'
  const matches = (await matchProfilesForVacancy(vacancyId, MATCH_LIMIT, audience)) ?? []
  const [doc] = loadVacancyDocuments(getDb(), [vacancyId], { includeUnpublished: true })
  // with few hits, what about the vacancy narrows the list (never anything about who was left out)
  const hints = matches.length < FEW_MATCHES && doc ? wideningHints(vacancyToMatch(doc)) : []
  const db = getDb()
  return db.transaction((tx) => {
    const items: MatchedProfileItem[] = []
    for (const m of matches) {
      const profile = employerProfileById(tx, m.profileId)
      if (profile) items.push({ score: m.score, reasons: m.reasons, profile })
    }
    auditMatchesShown(
      tx,
      actor,
      vacancyId,
      matches.map((m) => m.profileId),
      via,
    )
    return ok({ vacancy, items, hints })
  })
}

/**
 * «Aktuelle stillinger» for a person in the caller's caseload (owner, or admin
 * — audited); `not_found` for anyone else (`requireReadableCandidate`). Uses
 * the profile even as a draft so the jobbspesialist can look before publishing.
 */
export async function candidateMatchesFor(user: MatchActor, candidateId: number, via: 'page' | 'api') {
  const db = getDb()
  const readable = requireReadableCandidate(user, candidateId, db)
  if (!readable.ok) return readable
  const candidate = readable.value
  const profile = profileDocumentForCandidate(db, candidate.id)
  const profileStatus = profile
    ? (db.select({ status: profiles.status }).from(profiles).where(eq(profiles.id, profile.id)).get()?.status ?? null)
    : null
  const items = profile ? await matchVacanciesForProfile(profile) : []
  db.transaction((tx) =>
    auditVacancyMatchesShown(
      tx,
      user,
      candidate.id,
      items.map((i) => i.vacancy.id),
      via,
    ),
  )
  return ok({
    candidate: { id: candidate.id, name: `${candidate.firstName} ${candidate.lastName}` },
    profileStatus,
    items,
  })
}
