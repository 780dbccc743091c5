/**
 * Subsidy calculator use-cases: load the dated rates in force from the
 * database, resolve kommunenummer → arbeidsgiveravgift zone through the
 * reference data, and run the pure calculator (app/domain/subsidies).
 * Also: the admin's list of dated rates and adding a row with its source.
 */
import { and, asc, eq } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { loadDefaultSubsidyRates as seedDefaultSubsidyRates } from '@db/reference.server'
import {
  agreements,
  candidates,
  employerTaxRates,
  grunnbelopRates,
  inclusionSubsidyMaxRates,
  kommuner,
  organisations,
  vtaoRates,
  type AgaZone,
} from '@db/schema'
import {
  calculateSubsidy,
  compareSchemes,
  formatDateNb,
  RATE_KINDS,
  totalsByYear,
  type CalculationOutcome,
  type DateFormat,
  type EmployerTaxZone,
  type FieldError,
  type RateKind,
  type RateTables,
  type SubsidyComparison,
  type SubsidyResult,
  type YearTotal,
} from '~/domain/subsidies'
import { audit, type AuditActor } from '~/services/audit.server'
import { getVacancyFor } from '~/services/vacancies.server'
import { viewPublishedProfile } from '~/services/profiles/employer.server'
import type { SessionUser } from '~/services/auth.server'
import type { NewRateInput } from '~/domain/subsidies/rate-input'
import { addFieldError, fail, notFoundResult, ok, type FieldErrors, type Result } from '~/utils/result'

/* ---------------------------------------------------------------- rates */

/** The specification's rates are loaded at migration time (db/reference.server.ts); tests that empty the tables get them back here. */
export { seedDefaultSubsidyRates }

let seeded = new WeakSet<object>()

function ensureSeeded(db: DbOrTx): void {
  if (seeded.has(db)) return
  seedDefaultSubsidyRates(db)
  seeded.add(db)
}

/** For tests that empty the tables. */
export function resetSubsidyRateSeedCache(): void {
  seeded = new WeakSet<object>()
}

/** All dated rates, oldest first, in the domain's shape. */
export function loadRateTables(db: DbOrTx = getDb()): RateTables {
  ensureSeeded(db)
  const g = db.select().from(grunnbelopRates).orderBy(asc(grunnbelopRates.validFrom)).all()
  const inkl = db.select().from(inclusionSubsidyMaxRates).orderBy(asc(inclusionSubsidyMaxRates.validFrom)).all()
  const vtao = db.select().from(vtaoRates).orderBy(asc(vtaoRates.validFrom)).all()
  const aga = db.select().from(employerTaxRates).orderBy(asc(employerTaxRates.zone), asc(employerTaxRates.validFrom)).all()
  return {
    grunnbelop: g.map((r) => ({ validFrom: r.validFrom, amount: r.amount, source: r.source })),
    inclusionSubsidyMax: inkl.map((r) => ({ validFrom: r.validFrom, amount: r.amount, source: r.source })),
    vtaoMonthly: vtao.map((r) => ({ validFrom: r.validFrom, amount: r.amount, source: r.source })),
    employerTax: aga.map((r) => ({
      zone: r.zone,
      validFrom: r.validFrom,
      rate: r.rateHundredths / 100,
      source: r.source,
    })),
  }
}

export function zoneForKommune(kommunenummer: string, db: DbOrTx = getDb()): EmployerTaxZone | undefined {
  const row = db.select({ zone: kommuner.agaZone }).from(kommuner).where(eq(kommuner.kommunenummer, kommunenummer)).get()
  return row?.zone
}

/* ----------------------------------------------------------- calculate */

export type SubsidyCalculation = SubsidyResult & { totalsByYear: YearTotal[] }

/**
 * Validates and calculates a request (the API's body, or the page's form
 * turned into a request) with the rates in force. Never throws for bad
 * input; every problem is a field error in bokmål (`validation`), its date
 * messages written as `dateFormat` says the input writes dates.
 * Used by the page, the API and the follow-up agreement (issue 6).
 */
export function computeSubsidy(request: unknown, options: { db?: DbOrTx; dateFormat?: DateFormat } = {}): Result<SubsidyCalculation> {
  const db = options.db ?? getDb()
  const outcome: CalculationOutcome = calculateSubsidy(request, {
    rates: loadRateTables(db),
    zoneForKommune: (k) => zoneForKommune(k, db),
    dateFormat: options.dateFormat,
  })
  if (!outcome.ok) return fail('validation', toFieldErrors(outcome.errors))
  return ok({ ...outcome.result, totalsByYear: totalsByYear(outcome.result.periods) })
}

/* ------------------------------------------------------------ compare */

/** Field errors in the one result type's shape. */
function toFieldErrors(errors: readonly FieldError[]): FieldErrors {
  const out: FieldErrors = {}
  for (const e of errors) addFieldError(out, e.field, e.message)
  return out
}

/**
 * «Hvilke ordninger passer?»: every scheme for one planned hire, side by side
 * (the page and `POST /api/v1/subsidy-comparisons`). Validation failures are
 * field errors in bokmål.
 */
export function compareSubsidies(request: unknown, options: { db?: DbOrTx } = {}): Result<SubsidyComparison> {
  const db = options.db ?? getDb()
  const outcome = compareSchemes(request, { rates: loadRateTables(db), zoneForKommune: (k) => zoneForKommune(k, db) })
  return outcome.ok ? ok(outcome.value) : fail('validation', toFieldErrors(outcome.errors))
}

export type PrefillSource = { kind: 'stilling' | 'kandidat' | 'avtale'; id: number } | { kind: 'profil'; code: string }
export type ComparisonPrefill = { source: string; values: Record<string, string> }

/**
 * Answers prefilled from a vacancy (its pay, position and kommune), the
 * jobbspesialist's own candidate (innsatsgruppe and birth date) or an
 * agreement draft (both; an employer gets only the job's side – never the
 * person's innsatsgruppe or birth date), or a published profile an employer
 * looks at (only what the profile itself shows: work capacity, whether there
 * are adaptation needs, a mentor hint). Someone else's record is `not_found`.
 */
export function comparisonPrefill(user: SessionUser | null, source: PrefillSource, db: DbOrTx = getDb()): Result<ComparisonPrefill> {
  if (!user) return notFoundResult()
  const values: Record<string, string> = {}
  const put = (key: string, v: string | number | null | undefined) => {
    if (v !== null && v !== undefined && v !== '') values[key] = String(v)
  }
  if (source.kind === 'stilling') {
    const vacancy = getVacancyFor(user, source.id)
    if (!vacancy) return notFoundResult('Fant ikke stillingen.')
    if (vacancy.yearlySalary != null) {
      put('payMode', 'yearly')
      put('yearlyPay', vacancy.yearlySalary)
    }
    put('positionPercent', vacancy.positionPercent)
    put('kommunenummer', vacancy.kommunenummer)
    put('positionType', vacancy.contractType === 'FAST' ? 'FAST' : 'MIDLERTIDIG')
    if (vacancy.startDate) put('startDate', formatDateNb(vacancy.startDate))
    return ok({ source: `stillingen «${vacancy.title}»`, values })
  }
  if (source.kind === 'profil') {
    // Same projection and audit as opening the profile page: nothing beyond what the employer already sees.
    const mayViewProfiles = user.role === 'arbeidsgiver' || user.role === 'jobbspesialist' || user.role === 'admin'
    const viewed = mayViewProfiles ? viewPublishedProfile(user, source.code) : null
    if (!viewed?.ok) return notFoundResult('Fant ikke profilen.')
    const profile = viewed.value
    put('positionPercent', profile.workCapacity.max)
    if (profile.adaptationNeeds.length > 0) put('needsAdaptation', 'true')
    if (profile.schemeHints.some((hint) => hint.code === 'MENTOR')) put('needsMentor', 'true')
    return ok({ source: `profil ${profile.code}`, values })
  }
  if (source.kind === 'kandidat') {
    if (user.role !== 'jobbspesialist') return notFoundResult('Fant ikke kandidaten.')
    const candidate = db
      .select()
      .from(candidates)
      .where(and(eq(candidates.id, source.id), eq(candidates.jobbspesialistUserId, user.id)))
      .get()
    if (!candidate) return notFoundResult('Fant ikke kandidaten.')
    put('innsatsgruppe', candidate.innsatsgruppe)
    put('birthDate', formatDateNb(candidate.birthDate))
    return ok({ source: `${candidate.firstName} ${candidate.lastName}`, values })
  }
  const agreement = db.select().from(agreements).where(eq(agreements.id, source.id)).get()
  const owner = agreement && user.role === 'jobbspesialist' && agreement.jobbspesialistUserId === user.id
  const employer =
    agreement && user.role === 'arbeidsgiver' && agreement.organisationId === user.organisationId && agreement.status !== 'PABEGYNT'
  if (!agreement || (!owner && !employer)) return notFoundResult('Fant ikke avtalen.')
  if (owner) {
    const candidate = db.select().from(candidates).where(eq(candidates.id, agreement.candidateId)).get()
    put('innsatsgruppe', candidate?.innsatsgruppe)
    if (candidate?.birthDate) put('birthDate', formatDateNb(candidate.birthDate))
  }
  if (agreement.startDate) put('startDate', formatDateNb(agreement.startDate))
  if (agreement.monthlyPay != null) {
    put('payMode', 'monthly')
    put('monthlyPay', agreement.monthlyPay)
  }
  put('positionPercent', agreement.positionPercent)
  put('positionType', agreement.permanent ? 'FAST' : 'MIDLERTIDIG')
  put('kommunenummer', organisationKommune(agreement.organisationId, db))
  return ok({ source: `avtaleutkastet «${agreement.jobTitle || `avtale ${agreement.id}`}»`, values })
}

/* ------------------------------------------------------ page helpers */

/** The kommune of an organisation (the employer's own kommune is the calculator's default). */
export function organisationKommune(organisationId: number | null, db: DbOrTx = getDb()): string | null {
  if (organisationId == null) return null
  const row = db
    .select({ kommunenummer: organisations.kommunenummer })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get()
  return row?.kommunenummer ?? null
}

/* -------------------------------------------------------- admin: rates */

export { RATE_KINDS, type RateKind }

export type RateRow = {
  id: number
  kind: RateKind
  zone: AgaZone | null
  validFrom: string
  /** Kroner (G, inkluderingstilskudd) or percent (AGA). */
  value: number
  source: string
  addedAt: string
  addedBy: number | null
}

export function listRates(db: DbOrTx = getDb()): Record<RateKind, RateRow[]> {
  ensureSeeded(db)
  const g = db.select().from(grunnbelopRates).orderBy(asc(grunnbelopRates.validFrom)).all()
  const inkl = db.select().from(inclusionSubsidyMaxRates).orderBy(asc(inclusionSubsidyMaxRates.validFrom)).all()
  const vtao = db.select().from(vtaoRates).orderBy(asc(vtaoRates.validFrom)).all()
  const aga = db.select().from(employerTaxRates).orderBy(asc(employerTaxRates.zone), asc(employerTaxRates.validFrom)).all()
  const base = (r: { id: number; validFrom: string; source: string; addedAt: string; addedBy: number | null }) => ({
    id: r.id,
    validFrom: r.validFrom,
    source: r.source,
    addedAt: r.addedAt,
    addedBy: r.addedBy,
  })
  return {
    GRUNNBELOP: g.map((r) => ({ ...base(r), kind: 'GRUNNBELOP' as const, zone: null, value: r.amount })),
    INKLUDERINGSTILSKUDD_MAKS: inkl.map((r) => ({
      ...base(r),
      kind: 'INKLUDERINGSTILSKUDD_MAKS' as const,
      zone: null,
      value: r.amount,
    })),
    VTAO_MANEDSBELOP: vtao.map((r) => ({ ...base(r), kind: 'VTAO_MANEDSBELOP' as const, zone: null, value: r.amount })),
    ARBEIDSGIVERAVGIFT: aga.map((r) => ({
      ...base(r),
      kind: 'ARBEIDSGIVERAVGIFT' as const,
      zone: r.zone,
      value: r.rateHundredths / 100,
    })),
  }
}

/**
 * Adds a dated rate row (never changes an existing one) from the input
 * `NewRateSchema` checked; a date that already has a row of the kind is a
 * `conflict` on `validFrom`. Audited.
 */
export function addRate(actor: AuditActor, input: NewRateInput, db: DbOrTx = getDb()): Result<{ id: number }> {
  ensureSeeded(db)
  const zone = input.kind === 'ARBEIDSGIVERAVGIFT' ? input.zone : undefined
  if (input.kind === 'ARBEIDSGIVERAVGIFT' && !zone) return fail('validation', { zone: ['Velg sone.'] })
  return db.transaction((tx) => {
    let id: number | undefined
    const source = input.source.trim()
    if (input.kind === 'GRUNNBELOP') {
      id = tx
        .insert(grunnbelopRates)
        .values({ validFrom: input.validFrom, amount: input.value, source, addedBy: actor?.id ?? null })
        .onConflictDoNothing()
        .returning({ id: grunnbelopRates.id })
        .get()?.id
    } else if (input.kind === 'INKLUDERINGSTILSKUDD_MAKS') {
      id = tx
        .insert(inclusionSubsidyMaxRates)
        .values({ validFrom: input.validFrom, amount: input.value, source, addedBy: actor?.id ?? null })
        .onConflictDoNothing()
        .returning({ id: inclusionSubsidyMaxRates.id })
        .get()?.id
    } else if (input.kind === 'VTAO_MANEDSBELOP') {
      id = tx
        .insert(vtaoRates)
        .values({ validFrom: input.validFrom, amount: input.value, source, addedBy: actor?.id ?? null })
        .onConflictDoNothing()
        .returning({ id: vtaoRates.id })
        .get()?.id
    } else if (zone) {
      id = tx
        .insert(employerTaxRates)
        .values({
          zone,
          validFrom: input.validFrom,
          rateHundredths: Math.round(input.value * 100),
          source,
          addedBy: actor?.id ?? null,
        })
        .onConflictDoNothing()
        .returning({ id: employerTaxRates.id })
        .get()?.id
    }
    if (id === undefined) return fail('conflict', { validFrom: ['Det finnes allerede en sats som gjelder fra denne datoen.'] })
    audit(tx, actor, {
      action: 'RATE_ADDED',
      subjectType: input.kind,
      subjectId: id,
      details: { validFrom: input.validFrom, value: input.value, zone: input.zone ?? null },
    })
    return ok({ id })
  })
}
