/**
 * National-scale data for the benchmark: employers and vacancies through the
 * demo generators (db/seed), people and published profiles through a fast
 * prepared-statement generator here (one transaction). Deterministic.
 */
import type { Db } from '@db/client.server'
import { eq } from 'drizzle-orm'
import { organisations, PARTNER_CODES, users } from '@db/schema'
import { generateEmployers, PARTNER_NAMES } from '@db/seed/generators'
import { createRandom, type Random } from '@db/seed/random'
import { generateVacancies, VACANCY_TEMPLATES } from '@db/seed/vacancies'
import type { SeedContext } from '@db/seed/demo.server'
import { demoWorkArea } from '@db/seed/candidates'
import { ADAPTATION_CODES, AVAILABILITY_CODES, EDUCATION_LEVEL_CODES, EXPERIENCE_LEVEL_CODES } from '~/domain/codes'

/** Rough share of the population per fylke (2024), for realistic spread. */
export const FYLKE_WEIGHTS: Array<[string, number]> = [
  ['03', 13], ['32', 13], ['46', 12], ['50', 9], ['11', 9], ['34', 7], ['42', 6], ['31', 6], ['33', 5], ['39', 5],
  ['15', 5], ['18', 4], ['40', 3], ['55', 3], ['56', 1],
]
const FYLKE_TOTAL = FYLKE_WEIGHTS.reduce((s, [, w]) => s + w, 0)
export function pickFylke(random: Random): string {
  let r = random.next() * FYLKE_TOTAL
  for (const [f, w] of FYLKE_WEIGHTS) {
    if ((r -= w) < 0) return f
  }
  return '03'
}

const TEMPLATES = Object.values(VACANCY_TEMPLATES)
/** Extra occupations people want, beyond the vacancy templates (same sub-major groups give near matches). */
const EXTRA_CODES = ['5131', '5132', '9412', '9111', '9129', '8332', '8331', '8344', '4110', '4222', '5153', '6113', '9214', '7115', '7231', '5414', '9621', '7512']
const SKILL_POOL = [...new Set(TEMPLATES.flatMap((t) => [...t.required, ...t.desired])), 'Samarbeid', 'Punktlighet', 'Datakunnskap', 'Engelsk muntlig', 'Service']
const HEADLINES = ['Stabil og motivert', 'Erfaren og pliktoppfyllende', 'Ung og lærevillig', 'Praktisk anlagt', 'Serviceinnstilt', 'Vil tilbake i jobb']
const LANGS = ['en', 'pl', 'uk', 'ar', 'so', 'ti', 'sv', 'lt']
const AGE_BANDS = ['16-24', '25-29', '30-39', '40-49', '50-59', '60-72']

export type BenchData = { employers: number; vacancies: number; profiles: number; ms: number }

export function generateNationalData(
  db: Db,
  options: { employers: number; vacancies: number; profiles: number; seed?: number },
): BenchData {
  const started = performance.now()
  const random = createRandom(options.seed ?? 4242)
  const ctx = { db, random, employerIds: [], partnerIds: new Map(), navUnitIds: [], usersByEmail: new Map(), passwordHash: '', scale: { employers: options.employers } } as unknown as SeedContext
  db.transaction((tx) => {
    for (const code of PARTNER_CODES) {
      const row = tx.insert(organisations).values({ kind: 'PARTNER', name: PARTNER_NAMES[code], partnerCode: code }).returning({ id: organisations.id }).get()
      ctx.partnerIds.set(code, row.id)
    }
  })
  generateEmployers(ctx, options.employers)
  const employerRows = db
    .select({ id: organisations.id, kommunenummer: organisations.kommunenummer, naceSection: organisations.naceSection, sector: organisations.sector })
    .from(organisations)
    .where(eq(organisations.kind, 'EMPLOYER'))
    .all()
  // Mostly published (the benchmark is about published vacancies).
  generateVacancies(db, { random, employers: employerRows, count: options.vacancies, statuses: ['PUBLISERT', 'PUBLISERT', 'PUBLISERT', 'PUBLISERT', 'UTKAST'] })

  const nav = db.insert(organisations).values({ kind: 'NAV_UNIT', name: 'NAV Benk', kommunenummer: '0301' }).returning().get()
  const jsIds: number[] = []
  db.transaction((tx) => {
    for (let i = 0; i < 200; i++) {
      jsIds.push(tx.insert(users).values({ email: `benk${i}@nav.no`, name: `Jobbspesialist ${i}`, role: 'jobbspesialist', organisationId: nav.id }).returning().get().id)
    }
  })
  const kommunerByFylke = new Map<string, string[]>()
  for (const row of db.$client.prepare('SELECT kommunenummer, fylkesnummer FROM kommuner').all() as Array<{ kommunenummer: string; fylkesnummer: string }>) {
    if (!kommunerByFylke.has(row.fylkesnummer)) kommunerByFylke.set(row.fylkesnummer, [])
    kommunerByFylke.get(row.fylkesnummer)!.push(row.kommunenummer)
  }
  const insertCandidate = db.$client.prepare(
    `INSERT INTO candidates (jobbspesialist_user_id, nav_unit_id, first_name, last_name, fnr, birth_date, kommunenummer, innsatsgruppe, referral_date, ips_step)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'JOBBSOK')`,
  )
  const insertProfile = db.$client.prepare(
    `INSERT INTO profiles (candidate_id, code, status, headline, summary, desired_styrk_codes, skills, experience_level, education_level,
       languages, driving_licences, work_capacity_min, work_capacity_max, availability, adaptation_needs, target_groups, scheme_hints,
       shown_age_band, shown_fylkesnummer, published_at, work_kommuner, work_fylker, work_whole_country, max_travel_km,
       work_area_confirmed_at, shown_work_area)
     VALUES (?, ?, 'PUBLISERT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  db.$client.transaction(() => {
    for (let i = 0; i < options.profiles; i++) {
      const fylke = pickFylke(random)
      const kommune = random.pick(kommunerByFylke.get(fylke) ?? ['0301'])
      const candidateId = insertCandidate.run(
        random.pick(jsIds),
        nav.id,
        'Benk',
        `Person ${i}`,
        String(10_000_000_000 + i),
        `19${random.int(55, 99)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
        kommune,
        random.pick(['GODE_MULIGHETER', 'TRENGER_VEILEDNING', 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE', 'JOBBE_DELVIS']),
        '2026-06-01',
      ).lastInsertRowid as number
      const template = random.pick(TEMPLATES)
      const codes = random.chance(0.4) ? [template.styrkCode, random.pick(EXTRA_CODES)] : [template.styrkCode]
      const skills = [...new Set([...random.sample(template.required, random.int(0, template.required.length)), ...random.sample(SKILL_POOL, random.int(1, 3))])]
      const min = random.pick([20, 30, 40, 50, 60, 80, 100])
      const max = Math.max(min, random.pick([50, 60, 80, 100, 100, 100]))
      // Where the person can work, as the demo data draws it (issue 11): the fylke, the kommune and its surroundings, or the country.
      const workArea = demoWorkArea(random, kommune, fylke)
      let code = ''
      let n = i + 1
      for (let k = 0; k < 6; k++) {
        code += CODE_CHARS[n % 32]
        n = Math.floor(n / 32) + (k + 1) * 7
      }
      insertProfile.run(
        candidateId,
        `B${code}${i}`,
        `${random.pick(HEADLINES)} ${template.title.toLowerCase()}`,
        random.chance(0.5) ? `Ønsker jobb som ${template.title.toLowerCase()}. ${random.pick(['Har erfaring fra praksisplass.', 'Liker å jobbe med folk.', 'Trives med faste rutiner.'])}` : '',
        JSON.stringify(codes),
        JSON.stringify(skills),
        random.pick(EXPERIENCE_LEVEL_CODES),
        random.pick(EDUCATION_LEVEL_CODES),
        JSON.stringify(random.chance(0.3) ? ['no', random.pick(LANGS)] : ['no']),
        JSON.stringify(random.chance(0.5) ? ['B'] : []),
        min,
        max,
        random.pick(AVAILABILITY_CODES),
        JSON.stringify(random.chance(0.6) ? random.sample(ADAPTATION_CODES, random.int(1, 2)) : []),
        '[]',
        JSON.stringify(random.chance(0.5) ? [random.pick(['MIDLERTIDIG_LONNSTILSKUDD_40', 'MIDLERTIDIG_LONNSTILSKUDD_60', 'VARIG_LONNSTILSKUDD', 'MENTOR'])] : []),
        random.pick(AGE_BANDS),
        random.chance(0.97) ? fylke : null,
        `2026-${String(random.int(1, 11)).padStart(2, '0')}-${String(random.int(10, 28))}T10:00:00.000Z`,
        JSON.stringify(workArea.kommuner),
        JSON.stringify(workArea.fylker),
        workArea.wholeCountry ? 1 : 0,
        workArea.maxTravelKm,
        '2026-11-01',
        // shown as it is (the re-identification guard's coarsening is not what this measures)
        JSON.stringify(workArea),
      )
    }
  })()
  const vacancies = db.$client.prepare(`SELECT count(*) FROM vacancies`).pluck().get() as number
  return { employers: employerRows.length, vacancies, profiles: options.profiles, ms: Math.round(performance.now() - started) }
}
