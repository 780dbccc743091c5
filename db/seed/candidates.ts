import crypto from 'node:crypto'
import type { Db } from '../client.server'
import type { SeedContext } from './demo.server'
import { createRandom, type Random } from './random'
import {
  ADAPTATION_CODES,
  AVAILABILITY_CODES,
  EDUCATION_LEVEL_CODES,
  EXPERIENCE_LEVEL_CODES,
  type Innsatsgruppe,
  type IpsStep,
} from '~/domain/codes'
import { ageBandFor, ageOn, buildIdNumber, schemeHintsFor } from '~/domain/candidates'
import { applyReidentificationGuardBatch, generateProfileCode, type QuasiIdentifiers } from '~/domain/profiles'
import { getEnv } from '~/env.server'
import { now, osloDate } from '~/utils/clock.server'
import { kommuneGeo } from '../geo.server'
import { coarsenWorkArea, singleFylkeOf, type WorkArea } from '~/domain/matching/work-area'

/**
 * Demo caseloads: each demo jobbspesialist follows real-looking people
 * (synthetic but VALID fødselsnumre/d-numre, real kommuner), spread over the
 * IPS steps; most have a published anonymised profile that passed the
 * re-identification guard, with a recorded publishing consent.
 * Plus `generateBulkProfiles` for national-scale data (one transaction,
 * prepared statements).
 */

export const FIRST_NAMES = [
  'Emma',
  'Nora',
  'Ingrid',
  'Sara',
  'Ida',
  'Maja',
  'Thea',
  'Hanne',
  'Kari',
  'Silje',
  'Marte',
  'Anita',
  'Line',
  'Tone',
  'Hilde',
  'Jakob',
  'Emil',
  'Lukas',
  'Henrik',
  'Ole',
  'Lars',
  'Magnus',
  'Sindre',
  'Kristian',
  'Per',
  'Knut',
  'Geir',
  'Espen',
  'Tor',
  'Morten',
  'Amina',
  'Fatima',
  'Ahmed',
  'Mohammed',
  'Yonas',
  'Selam',
  'Olena',
  'Andrii',
  'Agnieszka',
  'Tomasz',
  'Hawa',
  'Abdi',
  'Maryam',
  'Ali',
]
export const LAST_NAMES = [
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
  'Johannessen',
  'Andreassen',
  'Jacobsen',
  'Dahl',
  'Jørgensen',
  'Halvorsen',
  'Henriksen',
  'Lund',
  'Sørensen',
  'Strand',
  'Moen',
  'Solberg',
  'Bakke',
  'Ali',
  'Hussein',
  'Mohamed',
  'Tesfaye',
  'Kowalski',
  'Nowak',
  'Shevchenko',
  'Ahmadi',
]

type Template = { styrk: string[]; headline: string; summary: string; skills: string[] }
const PROFILE_TEMPLATES: Template[] = [
  {
    styrk: ['5120', '9412'],
    headline: 'Kokk med erfaring fra storkjøkken',
    summary: 'Har jobbet flere år i storkjøkken og kantine. Trives med faste rutiner og å lage mat fra bunnen av.',
    skills: ['Matlaging', 'Hygienekurs', 'Storkjøkken'],
  },
  {
    styrk: ['9112', '5153'],
    headline: 'Pålitelig renholder som liker å jobbe selvstendig',
    summary: 'Stabil og nøyaktig. Har erfaring med renhold i kontorbygg og skoler, og er vant til å jobbe tidlig om morgenen.',
    skills: ['Renhold', 'Maskinelt renhold', 'Selvstendig'],
  },
  {
    styrk: ['4321', '9333'],
    headline: 'Lagermedarbeider med truckførerbevis',
    summary: 'Ryddig og strukturert. Har jobbet med plukk og pakk, varemottak og truckkjøring.',
    skills: ['Truckførerbevis', 'Varemottak', 'Plukk og pakk'],
  },
  {
    styrk: ['5223', '5230'],
    headline: 'Serviceinnstilt butikkmedarbeider',
    summary: 'Liker å møte kunder og holde orden i butikken. Har erfaring fra dagligvare og kasse.',
    skills: ['Kundeservice', 'Kasse', 'Varepåfylling'],
  },
  {
    styrk: ['5322', '5321'],
    headline: 'Omsorgsfull assistent innen helse og omsorg',
    summary: 'Har praksis fra sykehjem og hjemmetjeneste. Tålmodig, lyttende og god på samarbeid.',
    skills: ['Personlig assistanse', 'Samarbeid', 'Førstehjelp'],
  },
  {
    styrk: ['7411', '7126'],
    headline: 'Praktisk anlagt med interesse for elektro og rør',
    summary: 'Har påbegynt fagbrev og ønsker læreplass eller praksis. Liker å jobbe med hendene.',
    skills: ['Verktøy', 'HMS-kurs', 'Praktisk arbeid'],
  },
  {
    styrk: ['4110', '4222'],
    headline: 'Strukturert kontormedarbeider',
    summary: 'Erfaring med arkiv, sentralbord og enkel saksbehandling. God på data og ryddige rutiner.',
    skills: ['Office', 'Arkiv', 'Sentralbord'],
  },
  {
    styrk: ['8322', '9621'],
    headline: 'Sjåfør med klasse B og lokalkunnskap',
    summary: 'Har kjørt varelevering i flere år. Punktlig og vant til å planlegge egne ruter.',
    skills: ['Varelevering', 'Ruteplanlegging', 'Førerkort klasse B'],
  },
  {
    styrk: ['6113', '9214'],
    headline: 'Gartnerassistent som trives ute',
    summary: 'Liker fysisk arbeid utendørs. Har erfaring med stell av grøntanlegg og plenklipping.',
    skills: ['Grøntanlegg', 'Plenklipping', 'Snømåking'],
  },
]

const NAMESAKE = { firstName: 'Ali', lastName: 'Tesfaye' }
/** STEP_PLAN positions: KARTLEGGING (a profile) and AVSLUTTET (a draft is forced; AVSLUTTET is never published, so the guard's batch is unchanged). */
const NAMESAKE_INDEXES = [2, 9]
const NAMESAKE_SEED = 17
const STEP_PLAN: IpsStep[] = [
  'HENVIST',
  'FORSTE_KONTAKT',
  'KARTLEGGING',
  'JOBBSOK',
  'JOBBSOK',
  'JOBBSOK',
  'I_JOBB',
  'JOBBSOK',
  'KARTLEGGING',
  'AVSLUTTET',
  'PASSIV',
  'JOBBSOK',
  'I_JOBB',
]
const STEP_ORDER: IpsStep[] = ['HENVIST', 'FORSTE_KONTAKT', 'KARTLEGGING', 'JOBBSOK', 'I_JOBB']
const INNSATS: Innsatsgruppe[] = [
  'TRENGER_VEILEDNING',
  'TRENGER_VEILEDNING',
  'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
  'JOBBE_DELVIS',
  'GODE_MULIGHETER',
  'LITEN_MULIGHET_TIL_A_JOBBE',
]
const DEMO_EDUCATION = ['VIDEREGAENDE', 'VIDEREGAENDE_IKKE_FULLFORT']

const isoDay = (d: Date) => d.toISOString().slice(0, 10)

/**
 * A birth date on which the person is exactly `age` on `today` (two draws: month and day). Demo people are then the
 * same age, and so in the same age band for the re-identification guard, whatever date the demo is made on.
 */
export function birthDateForAge(age: number, random: Random, today: string): string {
  const birthday = `${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
  const year = Number(today.slice(0, 4)) - age - (birthday > today.slice(5) ? 1 : 0)
  return `${year}-${birthday}`
}

/** A birth date for an age, and a valid, unused fødselsnummer (or d-nummer) for it. */
export function syntheticPerson(
  random: Random,
  used: Set<string>,
  today: string,
  options: { minAge?: number; maxAge?: number; dnr?: boolean } = {},
) {
  for (;;) {
    const age = random.int(options.minAge ?? 20, options.maxAge ?? 63)
    const birthDate = birthDateForAge(age, random, today)
    const year = Number(birthDate.slice(0, 4))
    // As many draws on every date (the year decides the range, not the draw), so the rest of the demo stays alike.
    const drawn = random.int(0, 499)
    for (let step = 0; step < 500; step++) {
      const individual = ((drawn + step) % 500) + (year >= 2000 ? 500 : 0)
      const fnr = buildIdNumber(birthDate, individual, { dnr: options.dnr })
      if (fnr && !used.has(fnr)) {
        used.add(fnr)
        return { birthDate, fnr }
      }
    }
  }
}

type DemoProfile = {
  candidateId: number
  qi: QuasiIdentifiers
  status: 'PUBLISERT' | 'UTKAST'
  workArea: WorkArea
  workAreaConfirmed: boolean
  values: Record<string, unknown>
}

export function seedCandidates(ctx: SeedContext): void {
  const { db, random } = ctx
  const client = db.$client
  const today = osloDate(now())
  const nowMs = now().getTime()
  const daysAgoIso = (d: number) => new Date(nowMs - d * 86_400_000).toISOString()
  const k = getEnv().K_ANONYMITY
  const used = new Set((client.prepare('SELECT fnr FROM candidates').pluck().all() as string[]) ?? [])
  const kommunerByFylke = new Map<string, string[]>()
  for (const row of client.prepare('SELECT kommunenummer, fylkesnummer FROM kommuner').all() as Array<{
    kommunenummer: string
    fylkesnummer: string
  }>) {
    kommunerByFylke.set(row.fylkesnummer, [...(kommunerByFylke.get(row.fylkesnummer) ?? []), row.kommunenummer])
  }
  const fylkeOf = new Map<string, string>()
  for (const [f, list] of kommunerByFylke) for (const nr of list) fylkeOf.set(nr, f)
  const caseloads = [
    { email: 'jobbspesialist@demo.no', count: 14, fylker: ['03', '03', '03', '03', '32'] },
    { email: 'jobbspesialist2@demo.no', count: 26, fylker: ['03', '03', '03', '32'] },
  ]
  const insertHistory = client.prepare('INSERT INTO candidate_step_history (candidate_id, step, at, by_user_id) VALUES (?, ?, ?, ?)')
  const insertConsent = client.prepare(
    `INSERT INTO consents (candidate_id, kind, method, scope, given_at, recorded_by_user_id) VALUES (?, 'PUBLISERING', ?, 'Publisering av anonymisert profil i Vi inkluderer', ?, ?)`,
  )
  const profilesToWrite: DemoProfile[] = []
  const usedCodes = new Set(client.prepare('SELECT code FROM profiles').pluck().all() as string[])
  const code = () => {
    for (;;) {
      const c = generateProfileCode((n) => crypto.randomInt(n))
      if (!usedCodes.has(c)) {
        usedCodes.add(c)
        return c
      }
    }
  }
  for (const caseload of caseloads) {
    const userId = ctx.usersByEmail.get(caseload.email)
    if (!userId) continue
    const navUnitId = client.prepare('SELECT organisation_id FROM users WHERE id = ?').pluck().get(userId) as number | null
    for (let i = 0; i < caseload.count; i++) {
      const immigrant = random.chance(0.25)
      const person = syntheticPerson(random, used, today, { dnr: immigrant && random.chance(0.5) })
      const pickedFirstName = immigrant ? random.pick(FIRST_NAMES.slice(30)) : random.pick(FIRST_NAMES.slice(0, 30))
      const pickedLastName = immigrant ? random.pick(LAST_NAMES.slice(29)) : random.pick(LAST_NAMES.slice(0, 29))
      // Two people with the same name in the first demo caseload, on every date: the list must tell namesakes apart.
      const namesake = caseload === caseloads[0] && NAMESAKE_INDEXES.includes(i)
      const firstName = namesake ? NAMESAKE.firstName : pickedFirstName
      const lastName = namesake ? NAMESAKE.lastName : pickedLastName
      const fylke = random.pick(caseload.fylker)
      const kommunenummer = fylke === '03' ? '0301' : random.pick(kommunerByFylke.get(fylke) ?? ['0301'])
      const innsatsgruppe = INNSATS[(i + caseload.count) % INNSATS.length]
      const step = STEP_PLAN[i % STEP_PLAN.length]
      const referralDaysAgo = random.int(10, 400)
      const template = PROFILE_TEMPLATES[(i * 7 + caseload.count) % PROFILE_TEMPLATES.length]
      const phone = `${random.pick(['4', '9'])}${String(random.int(0, 9_999_999)).padStart(7, '0')}`
      const email = `${firstName}.${lastName}@eksempel.no`.toLowerCase().replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a')
      const cv = {
        summary: template.summary,
        experience: [{ employer: 'Tidligere arbeidsgiver AS', title: template.headline.split(' ')[0], from: '2019', to: '2022' }],
        education: [{ institution: 'Videregående skole', programme: 'Studiespesialisering', year: '2012' }],
        certificates: template.skills.slice(0, 1),
      }
      const candidateId = Number(
        client
          .prepare(
            `INSERT INTO candidates (jobbspesialist_user_id, nav_unit_id, first_name, last_name, fnr, birth_date, phone, email, kommunenummer,
              innsatsgruppe, referral_date, ips_step, ips_step_changed_at, cv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            userId,
            navUnitId,
            firstName,
            lastName,
            person.fnr,
            person.birthDate,
            phone,
            email,
            kommunenummer,
            innsatsgruppe,
            isoDay(new Date(nowMs - referralDaysAgo * 86_400_000)),
            step,
            daysAgoIso(Math.max(1, referralDaysAgo - 60)),
            JSON.stringify(cv),
          ).lastInsertRowid,
      )
      // Step history: the steps walked to get here.
      const walked = STEP_ORDER.includes(step) ? STEP_ORDER.slice(0, STEP_ORDER.indexOf(step) + 1) : [...STEP_ORDER.slice(0, 3), step]
      walked.forEach((s, j) => insertHistory.run(candidateId, s, daysAgoIso(Math.max(1, referralDaysAgo - j * 20)), userId))

      const hasProfile = ['KARTLEGGING', 'JOBBSOK', 'I_JOBB'].includes(step) || random.chance(0.3)
      // The second namesake (AVSLUTTET, never published) always has a draft without consent: the editor's draft state on
      // every date. Its forced profile draws from its own generator, so everyone else's demo data stays as it was.
      const forcedDraft = !hasProfile && namesake && i === NAMESAKE_INDEXES[1]
      if (!hasProfile && !forcedDraft) continue
      const draw = forcedDraft ? createRandom(NAMESAKE_SEED) : random
      const publish = step !== 'AVSLUTTET' && step !== 'PASSIV' && step !== 'HENVIST' && draw.chance(0.85)
      const age = ageOn(person.birthDate, today)
      const educationLevel = DEMO_EDUCATION[i % DEMO_EDUCATION.length]
      const targetGroups = immigrant ? ['PRIORITERT_MALGRUPPE__KOMMER_FRA_LAND_UTENFOR_EOS'] : []
      const capacityMin = draw.pick([20, 40, 50, 60, 80, 100])
      const adaptation = draw.chance(0.6) ? draw.sample(ADAPTATION_CODES, draw.int(1, 2)) : []
      // Demo caseloads are regional: most people can work anywhere in the caseload's fylker (enough alike for the guard).
      const workArea = draw.chance(0.85)
        ? { kommuner: [], fylker: [...new Set(caseload.fylker)].sort(), partFylker: [], wholeCountry: false, maxTravelKm: 0 }
        : demoWorkArea(draw, kommunenummer, fylkeOf.get(kommunenummer) ?? null)
      profilesToWrite.push({
        candidateId,
        status: publish ? 'PUBLISERT' : 'UTKAST',
        workArea,
        // a few derived areas the jobbspesialist has not confirmed yet, as after the upgrade (issue 11)
        workAreaConfirmed: draw.chance(0.9),
        qi: { ageBand: ageBandFor(age), workArea, educationLevel, targetGroups },
        values: {
          code: code(),
          headline: template.headline,
          summary: template.summary,
          desiredStyrkCodes: template.styrk,
          skills: template.skills,
          experienceLevel: draw.pick(EXPERIENCE_LEVEL_CODES),
          educationLevel,
          languages: immigrant ? ['no', draw.pick(['en', 'ar', 'so', 'ti', 'uk', 'pl'])].sort() : ['en', 'no'],
          drivingLicences: draw.chance(0.5) ? ['B'] : [],
          workCapacityMin: capacityMin,
          workCapacityMax: Math.max(capacityMin, draw.pick([60, 80, 100])),
          availability: draw.pick(AVAILABILITY_CODES),
          adaptationNeeds: [...adaptation].sort(),
          targetGroups,
          schemeHints: schemeHintsFor(innsatsgruppe, age),
          publishedAt: publish ? daysAgoIso(draw.int(1, 90)) : null,
          consentDaysAgo: draw.int(91, 120),
          userId,
        },
      })
    }
  }
  // The guard over the published demo profiles as a batch (the service applies it one by one as people publish).
  // Like the service, never publish a profile the guard cannot hide among k: on some dates
  // (ages move between bands) a demo person is unique at every level – they stay a draft.
  let publishedDemo = profilesToWrite.filter((p) => p.status === 'PUBLISERT')
  let batch = applyReidentificationGuardBatch(
    publishedDemo.map((p) => p.qi),
    k,
    coarsenArea,
  )
  while (batch.some((g) => !g.satisfied)) {
    for (const [i, g] of batch.entries()) if (!g.satisfied) publishedDemo[i].status = 'UTKAST'
    publishedDemo = publishedDemo.filter((p) => p.status === 'PUBLISERT')
    batch = applyReidentificationGuardBatch(
      publishedDemo.map((p) => p.qi),
      k,
      coarsenArea,
    )
  }
  const guards = new Map(batch.map((g, i) => [publishedDemo[i], g]))
  const insertProfile = client.prepare(
    `INSERT INTO profiles (candidate_id, code, status, headline, summary, desired_styrk_codes, skills, experience_level, education_level,
       languages, driving_licences, work_capacity_min, work_capacity_max, availability, adaptation_needs, target_groups, scheme_hints,
       shown_age_band, shown_fylkesnummer, coarsened, published_at,
       work_kommuner, work_fylker, work_whole_country, max_travel_km, work_area_confirmed_at, shown_work_area)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const p of profilesToWrite) {
    const v = p.values
    // A demo profile the guard cannot make shared by k others (a rare work area) stays a draft, as a jobbspesialist would leave it.
    const guard = guards.get(p)?.satisfied ? guards.get(p) : undefined
    if (!guard) p.status = 'UTKAST'
    if (guard)
      insertConsent.run(
        p.candidateId,
        random.pick(['MUNTLIG', 'SKRIFTLIG']),
        isoDay(new Date(nowMs - Number(v.consentDaysAgo) * 86_400_000)),
        v.userId,
      )
    insertProfile.run(
      p.candidateId,
      v.code,
      p.status,
      v.headline,
      v.summary,
      JSON.stringify(v.desiredStyrkCodes),
      JSON.stringify(v.skills),
      v.experienceLevel,
      v.educationLevel,
      JSON.stringify(v.languages),
      JSON.stringify(v.drivingLicences),
      v.workCapacityMin,
      v.workCapacityMax,
      v.availability,
      JSON.stringify(v.adaptationNeeds),
      JSON.stringify(v.targetGroups),
      JSON.stringify(v.schemeHints),
      guard?.ageBand ?? null,
      guard ? singleFylkeOf(guard.workArea, kommuneGeo()) : null,
      JSON.stringify(guard?.coarsened ?? []),
      p.status === 'PUBLISERT' ? v.publishedAt : null,
      JSON.stringify(p.workArea.kommuner),
      JSON.stringify(p.workArea.fylker),
      p.workArea.wholeCountry ? 1 : 0,
      p.workArea.maxTravelKm,
      p.workAreaConfirmed ? isoDay(new Date(nowMs)) : null,
      guard?.workArea ? JSON.stringify(guard.workArea) : null,
    )
  }
}

const coarsenArea = (area: WorkArea) => coarsenWorkArea(area, kommuneGeo())

/** Where a demo person can work: the whole fylke, the kommune and 30 km around it, or the whole country. */
export function demoWorkArea(random: Random, kommune: string, fylke: string | null): WorkArea {
  const roll = random.next()
  if (roll < 0.12) return { kommuner: [], fylker: [], partFylker: [], wholeCountry: true, maxTravelKm: 0 }
  if (roll < 0.55 && fylke) return { kommuner: [], fylker: [fylke], partFylker: [], wholeCountry: false, maxTravelKm: 0 }
  return { kommuner: [kommune], fylker: [], partFylker: [], wholeCountry: false, maxTravelKm: 30 }
}

/**
 * National-scale people with published profiles (e.g. 200 000) in ONE
 * transaction with prepared statements. The re-identification guard is
 * applied in bulk: each profile gets the finest generalisation level whose
 * group (by true values) has at least k members. Returns how many were made.
 */
export function generateBulkProfiles(
  db: Db,
  options: { count: number; random: Random; jobbspesialistUserIds: number[]; navUnitId?: number | null; k?: number },
): number {
  const { count, random } = options
  const client = db.$client
  const k = options.k ?? getEnv().K_ANONYMITY
  const today = osloDate(now())
  const nowMs = now().getTime()
  const kommuner = client.prepare('SELECT kommunenummer, fylkesnummer FROM kommuner').all() as Array<{
    kommunenummer: string
    fylkesnummer: string
  }>
  const used = new Set(client.prepare('SELECT fnr FROM candidates').pluck().all() as string[])
  const usedCodes = new Set(client.prepare('SELECT code FROM profiles').pluck().all() as string[])
  const people: Array<{
    fnr: string
    birthDate: string
    kommune: string
    fylke: string
    qi: QuasiIdentifiers
    innsats: Innsatsgruppe
    age: number
    template: Template
    code: string
  }> = []
  for (let i = 0; i < count; i++) {
    const person = syntheticPerson(random, used, today)
    const kommune = random.pick(kommuner)
    const age = ageOn(person.birthDate, today)
    const template = PROFILE_TEMPLATES[random.int(0, PROFILE_TEMPLATES.length - 1)]
    let code: string
    do code = generateProfileCode((n) => random.int(0, n - 1))
    while (usedCodes.has(code))
    usedCodes.add(code)
    people.push({
      ...person,
      kommune: kommune.kommunenummer,
      fylke: kommune.fylkesnummer,
      age,
      innsats: INNSATS[random.int(0, INNSATS.length - 1)],
      template,
      code,
      qi: {
        ageBand: ageBandFor(age),
        workArea: demoWorkArea(random, kommune.kommunenummer, kommune.fylkesnummer),
        educationLevel: random.pick(EDUCATION_LEVEL_CODES),
        targetGroups: random.chance(0.7)
          ? []
          : [random.pick(['PRIORITERT_MALGRUPPE__HULL_I_CV_EN', 'PRIORITERT_MALGRUPPE__KOMMER_FRA_LAND_UTENFOR_EOS'])],
      },
    })
  }
  const guards = applyReidentificationGuardBatch(
    people.map((p) => p.qi),
    k,
    coarsenArea,
  )
  const insertCandidate = client.prepare(
    `INSERT INTO candidates (jobbspesialist_user_id, nav_unit_id, first_name, last_name, fnr, birth_date, kommunenummer, innsatsgruppe, referral_date, ips_step)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'JOBBSOK')`,
  )
  const insertProfile = client.prepare(
    `INSERT INTO profiles (candidate_id, code, status, headline, summary, desired_styrk_codes, skills, education_level, languages,
       work_capacity_min, work_capacity_max, availability, target_groups, scheme_hints, shown_age_band, shown_fylkesnummer, coarsened, published_at,
       work_kommuner, work_fylker, work_whole_country, max_travel_km, work_area_confirmed_at, shown_work_area)
     VALUES (?, ?, 'PUBLISERT', ?, ?, ?, ?, ?, '["no"]', ?, 100, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertConsent = client.prepare(
    `INSERT INTO consents (candidate_id, kind, method, scope, given_at, recorded_by_user_id) VALUES (?, 'PUBLISERING', 'SKRIFTLIG', 'Publisering av anonymisert profil i Vi inkluderer', ?, ?)`,
  )
  client.transaction(() => {
    people.forEach((p, i) => {
      const shown = guards[i]
      const coarsened = shown.coarsened
      const userId = options.jobbspesialistUserIds[i % options.jobbspesialistUserIds.length]
      const day = isoDay(new Date(nowMs - random.int(1, 365) * 86_400_000))
      const candidateId = insertCandidate.run(
        userId,
        options.navUnitId ?? null,
        random.pick(FIRST_NAMES),
        random.pick(LAST_NAMES),
        p.fnr,
        p.birthDate,
        p.kommune,
        p.innsats,
        day,
      ).lastInsertRowid
      insertConsent.run(candidateId, day, userId)
      insertProfile.run(
        candidateId,
        p.code,
        p.template.headline,
        p.template.summary,
        JSON.stringify(p.template.styrk),
        JSON.stringify(p.template.skills),
        p.qi.educationLevel,
        random.pick([20, 40, 50, 60, 80, 100]),
        random.pick(AVAILABILITY_CODES),
        JSON.stringify(p.qi.targetGroups),
        JSON.stringify(schemeHintsFor(p.innsats, p.age)),
        shown.ageBand,
        singleFylkeOf(shown.workArea, kommuneGeo()),
        JSON.stringify(coarsened),
        `${day}T09:00:00.000Z`,
        JSON.stringify(p.qi.workArea?.kommuner ?? []),
        JSON.stringify(p.qi.workArea?.fylker ?? []),
        p.qi.workArea?.wholeCountry ? 1 : 0,
        p.qi.workArea?.maxTravelKm ?? 0,
        day,
        shown.workArea ? JSON.stringify(shown.workArea) : null,
      )
    })
  })()
  return count
}
