import { and, asc, eq, inArray } from 'drizzle-orm'
import {
  agreementAdaptations,
  agreementApprovals,
  agreements,
  agreementSchemes,
  agreementVersions,
  candidates,
  candidateStepHistory,
  consents,
  contactRequests,
  followUpContacts,
  organisations,
  plannedFollowUps,
  profiles,
  users,
} from '../schema'
import type { SeedContext } from './demo.server'
import { addDays, type ChangeKind } from '~/domain/agreements'
import { buildIdNumber } from '~/domain/candidates/fnr'
import { birthDateForAge } from './candidates'
import type { AgreementStatus, IpsStep } from '~/domain/codes'
import { computeSubsidy } from '~/services/subsidies.server'
import { now, osloDate } from '~/utils/clock.server'

/**
 * Demo follow-up agreements and caseloads (issue 6): agreements in every
 * status for the demo jobbspesialist and the demo employer, follow-up logs
 * with some overdue, and extra jobbspesialister at NAV Grünerløkka whose
 * caseloads go from well under to well over the IPS norm of 20. Runs after
 * the candidate and contact-request steps; the demo FATT_JOBBEN contact is
 * left without an agreement so it can be drafted from the UI.
 */
export const EXTRA_JOBBSPESIALISTER = [
  { email: 'jobbspesialist3@demo.no', name: 'Jens Jobbspesialist', active: 6 },
  { email: 'jobbspesialist4@demo.no', name: 'Janne Jobbspesialist', active: 27 },
  { email: 'jobbspesialist5@demo.no', name: 'Jakob Jobbspesialist', active: 44 },
] as const

const FIRST = [
  'Amina',
  'Bjørn',
  'Cecilie',
  'Dawit',
  'Eva',
  'Fredrik',
  'Guro',
  'Hassan',
  'Ida',
  'Jon',
  'Kari',
  'Leila',
  'Magnus',
  'Nora',
  'Ola',
  'Petra',
  'Rune',
  'Sara',
  'Tor',
  'Une',
  'Vilde',
  'Yusuf',
]
const LAST = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Johnsen',
  'Pettersen',
  'Eriksen',
  'Berg',
  'Haugen',
  'Hagen',
  'Ali',
  'Mohamed',
  'Nguyen',
  'Kowalski',
]
const INNSATS = [
  'TRENGER_VEILEDNING',
  'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
  'JOBBE_DELVIS',
  'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
] as const
const ACTIVE_STEPS: IpsStep[] = ['HENVIST', 'FORSTE_KONTAKT', 'KARTLEGGING', 'JOBBSOK', 'JOBBSOK', 'I_JOBB', 'I_JOBB']

export function seedAgreements(ctx: SeedContext): void {
  const { db, random } = ctx
  const today = osloDate(now())
  const nowIso = now().toISOString()
  const navUnitId = ctx.navUnitIds[0]
  const usedFnr = new Set(
    db
      .select({ fnr: candidates.fnr })
      .from(candidates)
      .all()
      .map((c) => c.fnr),
  )
  let individual = 400

  const newCandidate = (jobbspesialistUserId: number, step: IpsStep, referralDaysAgo: number) => {
    const birthDate = birthDateForAge(random.int(22, 60), random, today)
    const birthYear = Number(birthDate.slice(0, 4))
    let fnr: string | null = null
    while (!fnr || usedFnr.has(fnr)) {
      individual = individual >= 499 ? 400 : individual + 1
      fnr = buildIdNumber(birthDate, birthYear >= 2000 ? individual + 500 : individual, { dnr: true })
    }
    usedFnr.add(fnr)
    const firstName = random.pick(FIRST)
    const lastName = random.pick(LAST)
    const referralDate = addDays(today, -referralDaysAgo)
    const row = db
      .insert(candidates)
      .values({
        jobbspesialistUserId,
        navUnitId,
        firstName,
        lastName,
        fnr,
        birthDate,
        email: `${firstName}.${lastName}.${fnr.slice(-4)}@example.no`
          .toLowerCase()
          .replace(/[æøå]/g, (c) => ({ æ: 'ae', ø: 'o', å: 'a' })[c]!),
        kommunenummer: '0301',
        innsatsgruppe: random.pick(INNSATS),
        referralDate,
        ipsStep: step,
        ipsStepChangedAt: `${addDays(today, -Math.floor(referralDaysAgo / 3))}T09:00:00.000Z`,
      })
      .returning({ id: candidates.id })
      .get()
    writeHistory(row.id, step, referralDaysAgo)
    return row.id
  }

  /** A plausible step history ending in `step`; I_JOBB stretches give «days in work». */
  const writeHistory = (candidateId: number, step: IpsStep, referralDaysAgo: number) => {
    const order: IpsStep[] = ['HENVIST', 'FORSTE_KONTAKT', 'KARTLEGGING', 'JOBBSOK', 'I_JOBB']
    const path = step === 'AVSLUTTET' || step === 'PASSIV' ? [...order, step] : order.slice(0, order.indexOf(step) + 1)
    path.forEach((s, i) => {
      const daysAgo = Math.max(0, Math.round(referralDaysAgo - (referralDaysAgo * i) / path.length))
      db.insert(candidateStepHistory)
        .values({ candidateId, step: s, at: `${addDays(today, -daysAgo)}T09:00:00.000Z` })
        .run()
    })
  }

  // Extra jobbspesialister with caseloads from well under to well over 20.
  for (const js of EXTRA_JOBBSPESIALISTER) {
    const user = db
      .insert(users)
      .values({
        email: js.email,
        name: js.name,
        role: 'jobbspesialist',
        organisationId: navUnitId,
        passwordHash: ctx.passwordHash,
        emailVerifiedAt: '2026-01-01T00:00:00.000Z',
      })
      .onConflictDoNothing()
      .returning({ id: users.id })
      .get()
    if (!user) continue
    ctx.usersByEmail.set(js.email, user.id)
    for (let i = 0; i < js.active; i++) newCandidate(user.id, random.pick(ACTIVE_STEPS), random.int(5, 240))
    for (let i = 0; i < 3; i++) newCandidate(user.id, random.pick(['AVSLUTTET', 'PASSIV'] as const), random.int(200, 500))
  }

  // Agreements in every status for the demo jobbspesialist and the demo employer.
  const jsId = ctx.usersByEmail.get('jobbspesialist@demo.no')
  const employerId = ctx.employerIds[0]
  if (!jsId || employerId == null) return
  const employer = db.select().from(organisations).where(eq(organisations.id, employerId)).get()!
  const contact = db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.organisationId, employerId), eq(users.role, 'arbeidsgiver')))
    .get()
  // Keep the demo hire(s) marked FATT_JOBBEN free for drafting in the UI.
  const hired = new Set(
    db
      .select({ candidateId: profiles.candidateId })
      .from(contactRequests)
      .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
      .where(eq(contactRequests.employerMarking, 'FATT_JOBBEN'))
      .all()
      .map((r) => r.candidateId),
  )
  const pool = db
    .select({ id: candidates.id })
    .from(candidates)
    .where(eq(candidates.jobbspesialistUserId, jsId))
    .orderBy(asc(candidates.id))
    .all()
    .map((c) => c.id)
    .filter((id) => !hired.has(id))

  type Plan = {
    status: AgreementStatus
    title: string
    styrk: string
    startIn: number
    months: number | null
    approvals: Array<'EMPLOYER' | 'PERSON' | 'JOBBSPESIALIST'>
    complete: boolean
    step: IpsStep
  }
  const plans: Plan[] = [
    { status: 'PABEGYNT', title: 'Kokk', styrk: '5120', startIn: 21, months: 6, approvals: [], complete: false, step: 'JOBBSOK' },
    {
      status: 'MANGLER_GODKJENNING',
      title: 'Butikkmedarbeider',
      styrk: '5223',
      startIn: 14,
      months: 12,
      approvals: ['EMPLOYER'],
      complete: true,
      step: 'JOBBSOK',
    },
    {
      status: 'KLAR_FOR_OPPSTART',
      title: 'Lagermedarbeider',
      styrk: '9333',
      startIn: 7,
      months: 12,
      approvals: ['EMPLOYER', 'PERSON', 'JOBBSPESIALIST'],
      complete: true,
      step: 'I_JOBB',
    },
    {
      status: 'GJENNOMFORES',
      title: 'Renholder',
      styrk: '9112',
      startIn: -20,
      months: 6,
      approvals: ['PERSON', 'EMPLOYER', 'JOBBSPESIALIST'],
      complete: true,
      step: 'I_JOBB',
    },
    {
      status: 'GJENNOMFORES',
      title: 'Kontormedarbeider',
      styrk: '4110',
      startIn: -95,
      months: null,
      approvals: ['EMPLOYER', 'PERSON', 'JOBBSPESIALIST'],
      complete: true,
      step: 'I_JOBB',
    },
    {
      status: 'GJENNOMFORES',
      title: 'Sjåfør',
      styrk: '8322',
      startIn: -160,
      months: 6,
      approvals: ['EMPLOYER', 'PERSON', 'JOBBSPESIALIST'],
      complete: true,
      step: 'I_JOBB',
    },
    {
      status: 'AVSLUTTET',
      title: 'Kantinemedarbeider',
      styrk: '9412',
      startIn: -220,
      months: 6,
      approvals: ['EMPLOYER', 'PERSON', 'JOBBSPESIALIST'],
      complete: true,
      step: 'AVSLUTTET',
    },
    { status: 'ANNULLERT', title: 'Gartner', styrk: '6113', startIn: 10, months: 6, approvals: [], complete: true, step: 'JOBBSOK' },
  ]
  plans.forEach((plan, i) => {
    const candidateId = pool[i] ?? newCandidate(jsId, plan.step, 120 + i * 10)
    db.update(candidates).set({ ipsStep: plan.step }).where(eq(candidates.id, candidateId)).run()
    if (plan.step === 'I_JOBB' || plan.step === 'AVSLUTTET') {
      db.insert(candidateStepHistory)
        .values({ candidateId, step: 'I_JOBB', at: `${addDays(today, Math.min(plan.startIn, 0))}T09:00:00.000Z`, byUserId: jsId })
        .run()
    }
    if (plan.step === 'AVSLUTTET') {
      db.insert(candidateStepHistory)
        .values({ candidateId, step: 'AVSLUTTET', at: `${addDays(today, plan.startIn + 182)}T09:00:00.000Z`, byUserId: jsId })
        .run()
    }
    db.insert(consents)
      .values({
        candidateId,
        kind: 'DELING_MED_ARBEIDSGIVER',
        organisationId: employerId,
        method: 'SKRIFTLIG',
        scope: 'Navn og oppfølgingsavtale',
        givenAt: `${addDays(today, plan.startIn - 30)}T10:00:00.000Z`,
        recordedByUserId: jsId,
      })
      .run()
    const startDate = addDays(today, plan.startIn)
    // The agreement was prepared before the start, but never after today: no approval is dated in the future.
    const preparedBy = startDate < today ? startDate : today
    const endDate = plan.months == null ? null : addDays(startDate, Math.round(plan.months * 30.4) - 1)
    const pay = random.int(28, 40) * 1000
    const row = db
      .insert(agreements)
      .values({
        candidateId,
        organisationId: employerId,
        jobbspesialistUserId: jsId,
        status: plan.status,
        version:
          1 +
          plan.approvals.length +
          (plan.status === 'GJENNOMFORES' || plan.status === 'AVSLUTTET' ? 1 : 0) +
          (plan.status === 'AVSLUTTET' ? 1 : 0),
        jobTitle: plan.title,
        styrkCode: plan.styrk,
        positionPercent: random.pick([60, 80, 100]),
        startDate,
        endDate,
        permanent: plan.months == null,
        monthlyPay: plan.complete ? pay : null,
        contactName: contact?.name ?? 'Kontaktperson',
        contactPhone: '22334455',
        contactEmail: contact?.email ?? '',
        goals: plan.complete ? 'Mestre arbeidsoppgavene selvstendig og øke stillingsprosenten gradvis.' : '',
        reviewDates: plan.complete ? [addDays(startDate, 90)] : [],
        cancellationReason: plan.status === 'ANNULLERT' ? 'Arbeidsgiveren trakk tilbudet før oppstart.' : null,
        cancelledAt: plan.status === 'ANNULLERT' ? nowIso : null,
        approvedAt: plan.approvals.length === 3 ? `${addDays(preparedBy, -10)}T10:00:00.000Z` : null,
        startedAt: plan.status === 'GJENNOMFORES' || plan.status === 'AVSLUTTET' ? `${startDate}T05:00:00.000Z` : null,
        endedAt: plan.status === 'AVSLUTTET' && endDate ? `${addDays(endDate, 1)}T05:00:00.000Z` : null,
        updatedAt: nowIso,
      })
      .returning()
      .get()
    db.insert(agreementAdaptations)
      .values([
        { agreementId: row.id, code: 'ARBEIDSTID__GRADVIS_OKNING', text: 'Starter med kortere dager og øker etter avtale.' },
        { agreementId: row.id, code: 'ARBEIDSHVERDAGEN__OPPLAERING', text: 'Fast fadder de første ukene.' },
      ])
      .run()
    if (plan.complete && plan.status !== 'ANNULLERT') {
      // A real calculation with the dated rates; skipped when the person's needs group gives no lønnstilskudd.
      const person = db
        .select({ innsatsgruppe: candidates.innsatsgruppe, birthDate: candidates.birthDate })
        .from(candidates)
        .where(eq(candidates.id, candidateId))
        .get()!
      const input = {
        scheme: 'MIDLERTIDIG_LONNSTILSKUDD',
        innsatsgruppe: person.innsatsgruppe,
        birthDate: person.birthDate,
        startDate,
        endDate: endDate ?? addDays(startDate, 364),
        monthlyPay: pay,
        kommunenummer: employer.kommunenummer ?? undefined,
        employerTaxZone: employer.kommunenummer ? undefined : 'I',
      }
      const outcome = computeSubsidy(input, { db })
      if (outcome.ok) {
        db.insert(agreementSchemes)
          .values({
            agreementId: row.id,
            scheme: 'MIDLERTIDIG_LONNSTILSKUDD',
            input,
            calculation: outcome.value,
            total: outcome.value.total,
            calculatedAt: `${addDays(preparedBy, -14)}T10:00:00.000Z`,
            byUserId: jsId,
          })
          .run()
      }
    }
    let v = 1
    const version = (kind: ChangeKind, at: string) =>
      db
        .insert(agreementVersions)
        .values({
          agreementId: row.id,
          version: v++,
          changeKind: kind,
          snapshot: { status: plan.status, jobTitle: plan.title },
          byUserId: jsId,
          at,
        })
        .run()
    version('OPPRETTET', `${addDays(preparedBy, -21)}T09:00:00.000Z`)
    plan.approvals.forEach((party, k) => {
      db.insert(agreementApprovals)
        .values({
          agreementId: row.id,
          party,
          method: party === 'PERSON' ? (k === 0 ? 'DIGITAL_LENKE' : 'MUNTLIG') : 'INNLOGGET',
          byUserId:
            party === 'EMPLOYER'
              ? (db.select({ id: users.id }).from(users).where(eq(users.organisationId, employerId)).get()?.id ?? null)
              : party === 'JOBBSPESIALIST' || k > 0
                ? jsId
                : null,
          agreementVersion: v,
          at: `${addDays(preparedBy, -12 + k)}T10:00:00.000Z`,
        })
        .run()
      version('GODKJENT', `${addDays(preparedBy, -12 + k)}T10:00:00.000Z`)
    })
    if (plan.status === 'GJENNOMFORES' || plan.status === 'AVSLUTTET') version('STATUS_ENDRET', `${startDate}T05:00:00.000Z`)
    if (plan.status === 'AVSLUTTET' && endDate) version('STATUS_ENDRET', `${addDays(endDate, 1)}T05:00:00.000Z`)
    if (plan.status === 'ANNULLERT') version('ANNULLERT', nowIso)

    // Follow-up logs: weekly in the first month, then as agreed.
    if (plan.status === 'GJENNOMFORES' || plan.status === 'AVSLUTTET') {
      const last = plan.status === 'AVSLUTTET' ? Math.min(plan.startIn + 180, -30) : -1
      const notes = [
        'Første dag gikk fint. Avtalt rutiner med fadder.',
        'Trives med oppgavene, ønsker flere timer.',
        'Samtale med leder om opplæringsplan.',
        'Jevn innsats, ingen endringer i tilretteleggingen.',
      ]
      let n = 0
      for (let d = plan.startIn; d <= last; d += d - plan.startIn < 28 ? 7 : 28) {
        db.insert(followUpContacts)
          .values({
            candidateId,
            agreementId: row.id,
            kind: random.pick(['MOTE', 'TELEFON', 'BESOK', 'DIGITAL'] as const),
            withWhom: random.pick(['DELTAKER', 'ARBEIDSGIVER', 'BEGGE'] as const),
            date: addDays(today, d),
            note: notes[n++ % notes.length],
            byUserId: jsId,
          })
          .run()
      }
      if (plan.status === 'GJENNOMFORES') {
        // The first running agreement has an overdue follow-up; the others a planned one ahead.
        const overdue = i === 3
        db.insert(plannedFollowUps)
          .values({ candidateId, agreementId: row.id, date: addDays(today, overdue ? -3 : 5 + i), byUserId: jsId })
          .run()
      }
    }
    if (plan.status === 'KLAR_FOR_OPPSTART') {
      db.insert(plannedFollowUps).values({ candidateId, agreementId: row.id, date: startDate, byUserId: jsId }).run()
    }
  })

  // Running agreements (with an overdue follow-up each) for the heaviest caseloads.
  for (const js of EXTRA_JOBBSPESIALISTER.slice(1)) {
    const id = ctx.usersByEmail.get(js.email)
    if (!id) continue
    const inWork = db
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(eq(candidates.jobbspesialistUserId, id), inArray(candidates.ipsStep, ['I_JOBB'])))
      .orderBy(asc(candidates.id))
      .limit(2)
      .all()
    for (const [k, c] of inWork.entries()) {
      const orgId = ctx.employerIds[(k + 2) % ctx.employerIds.length]
      db.insert(consents)
        .values({
          candidateId: c.id,
          kind: 'DELING_MED_ARBEIDSGIVER',
          organisationId: orgId,
          method: 'MUNTLIG',
          scope: 'Navn og oppfølgingsavtale',
          givenAt: `${addDays(today, -60)}T10:00:00.000Z`,
          recordedByUserId: id,
        })
        .run()
      const startDate = addDays(today, -40 - k * 10)
      const a = db
        .insert(agreements)
        .values({
          candidateId: c.id,
          organisationId: orgId,
          jobbspesialistUserId: id,
          status: 'GJENNOMFORES',
          version: 5,
          jobTitle: 'Lagermedarbeider',
          styrkCode: '9333',
          positionPercent: 80,
          startDate,
          permanent: true,
          monthlyPay: 31000,
          contactName: 'Kontaktperson',
          contactPhone: '22334455',
          goals: 'Fast ansettelse.',
          approvedAt: `${addDays(startDate, -7)}T10:00:00.000Z`,
          startedAt: `${startDate}T05:00:00.000Z`,
          updatedAt: nowIso,
        })
        .returning({ id: agreements.id })
        .get()
      db.insert(agreementVersions)
        .values({
          agreementId: a.id,
          version: 1,
          changeKind: 'OPPRETTET',
          snapshot: { status: 'PABEGYNT' },
          byUserId: id,
          at: `${addDays(startDate, -20)}T10:00:00.000Z`,
        })
        .run()
      db.insert(followUpContacts)
        .values({
          candidateId: c.id,
          agreementId: a.id,
          kind: 'BESOK',
          withWhom: 'BEGGE',
          date: startDate,
          note: 'Oppstart på arbeidsplassen.',
          byUserId: id,
        })
        .run()
      db.insert(plannedFollowUps)
        .values({ candidateId: c.id, agreementId: a.id, date: addDays(today, -2 - k), byUserId: id })
        .run()
    }
  }
}
