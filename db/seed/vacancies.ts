/**
 * Demo vacancies: every demo employer gets a few, in every status, with
 * realistic titles on real STYRK-08 codes and NAV's inclusion tags.
 * `generateVacancies` is the bulk generator (national scale: 50 000 rows in
 * one transaction with one prepared statement).
 */
import { inArray } from 'drizzle-orm'
import type { Db } from '../client.server'
import { organisations } from '../schema'
import type { Random } from './random'
import type { SeedContext } from './demo.server'
import { todayIso } from '~/utils/clock.server'
import type { ContractType, DrivingLicence, InclusionTag, LanguageCode, VacancyStatus } from '~/domain/codes'

type Template = {
  title: string
  styrkCode: string
  description: string
  required: string[]
  desired: string[]
  licence?: DrivingLicence
  salary: [number, number]
}

/** Titles an employer would write, on the STYRK-08 code (db/reference/styrk08.csv) they belong to. */
export const VACANCY_TEMPLATES: Record<string, Template> = {
  kokk: {
    title: 'Kokk',
    styrkCode: '5120',
    description: 'Vi søker kokk til lunsj og middag på et travelt kjøkken med et godt arbeidsmiljø.',
    required: ['Matlaging', 'Hygienekurs'],
    desired: ['Fagbrev som kokk', 'Erfaring fra à la carte'],
    salary: [440_000, 520_000],
  },
  servitor: {
    title: 'Servitør',
    styrkCode: '5131',
    description: 'Vi trenger en blid servitør til kvelds- og helgevakter.',
    required: ['Kundeservice'],
    desired: ['Erfaring fra servering', 'Kassasystem'],
    salary: [400_000, 460_000],
  },
  kjokkenassistent: {
    title: 'Kjøkkenassistent',
    styrkCode: '9412',
    description: 'Oppvask, forberedelse av råvarer og rydding på kjøkkenet. Opplæring gis.',
    required: [],
    desired: ['Hygienekurs'],
    salary: [380_000, 420_000],
  },
  renholder: {
    title: 'Renholder',
    styrkCode: '9112',
    description: 'Renhold av kontorer og fellesarealer på dagtid. Vi har faste ruter og gode rutiner.',
    required: ['Nøyaktighet'],
    desired: ['Fagbrev i renholdsoperatørfaget'],
    salary: [390_000, 430_000],
  },
  lager: {
    title: 'Lagermedarbeider',
    styrkCode: '4321',
    description: 'Plukk og pakk, varemottak og vareopptelling på et moderne lager.',
    required: ['Truckførerbevis'],
    desired: ['Erfaring med lagersystem'],
    salary: [420_000, 470_000],
  },
  butikk: {
    title: 'Butikkmedarbeider',
    styrkCode: '5223',
    description: 'Kasse, varepåfylling og kundeservice i butikk. Varierte vakter.',
    required: ['Kundeservice'],
    desired: ['Erfaring fra varehandel'],
    salary: [390_000, 440_000],
  },
  helsefagarbeider: {
    title: 'Helsefagarbeider',
    styrkCode: '5321',
    description: 'Helsefagarbeider til sykehjem med turnus. Vi legger vekt på faglig utvikling og trygg oppfølging.',
    required: ['Autorisasjon som helsefagarbeider'],
    desired: ['Erfaring fra eldreomsorg'],
    salary: [460_000, 520_000],
  },
  hjemmehjelp: {
    title: 'Hjemmehjelper',
    styrkCode: '5322',
    description: 'Praktisk bistand i hjemmet til brukere av hjemmetjenesten.',
    required: [],
    desired: ['Erfaring fra omsorgsyrker'],
    licence: 'B',
    salary: [400_000, 450_000],
  },
  barnehage: {
    title: 'Barnehageassistent',
    styrkCode: '5311',
    description: 'Assistent i barnehage med fem avdelinger. Du blir en del av et stabilt team.',
    required: ['Gode norskkunnskaper'],
    desired: ['Barne- og ungdomsarbeiderfag'],
    salary: [410_000, 460_000],
  },
  sjafor: {
    title: 'Sjåfør varebil',
    styrkCode: '8322',
    description: 'Levering av varer til bedriftskunder i regionen. Faste ruter.',
    required: ['Førerkort klasse B'],
    desired: ['Lokalkunnskap'],
    licence: 'B',
    salary: [430_000, 480_000],
  },
  laster: {
    title: 'Laste- og lossearbeider',
    styrkCode: '9333',
    description: 'Lasting og lossing av biler og containere.',
    required: [],
    desired: ['Truckførerbevis'],
    salary: [400_000, 440_000],
  },
  elektriker: {
    title: 'Elektriker',
    styrkCode: '7411',
    description: 'Elektriker til installasjon i bolig og næringsbygg.',
    required: ['Fagbrev som elektriker'],
    desired: ['Erfaring med automasjon'],
    licence: 'B',
    salary: [520_000, 600_000],
  },
  sveiser: {
    title: 'Sveiser',
    styrkCode: '7212',
    description: 'Sveising av stålkonstruksjoner i verksted.',
    required: ['Sveisesertifikat'],
    desired: ['Erfaring med MIG/MAG'],
    salary: [500_000, 580_000],
  },
  renovasjon: {
    title: 'Renovasjonsarbeider',
    styrkCode: '9611',
    description: 'Innsamling av avfall på faste ruter.',
    required: [],
    desired: ['Førerkort klasse C'],
    licence: 'C',
    salary: [430_000, 470_000],
  },
  bilvask: {
    title: 'Bilvasker',
    styrkCode: '9122',
    description: 'Vask og klargjøring av biler.',
    required: [],
    desired: [],
    salary: [370_000, 410_000],
  },
}

/** Which vacancies fit an employer's industry (NACE section). */
const BY_NACE: Record<string, string[]> = {
  I: ['kokk', 'servitor', 'kjokkenassistent', 'renholder'],
  N: ['renholder', 'bilvask'],
  H: ['lager', 'sjafor', 'laster'],
  G: ['butikk', 'lager', 'sjafor'],
  F: ['elektriker', 'laster'],
  C: ['sveiser', 'lager', 'kjokkenassistent'],
  Q: ['helsefagarbeider', 'hjemmehjelp', 'renholder'],
  P: ['barnehage', 'renholder'],
  E: ['renovasjon', 'sjafor'],
  O: ['renholder', 'sjafor', 'kjokkenassistent'],
  A: ['lager', 'laster'],
  // Offices (IT, finance, property, consultancy) hire inclusively for support functions.
  J: ['renholder', 'kjokkenassistent', 'sjafor'],
  K: ['renholder', 'kjokkenassistent', 'sjafor'],
  L: ['renholder', 'sjafor', 'laster'],
  M: ['renholder', 'kjokkenassistent', 'sjafor'],
  R: ['servitor', 'renholder', 'butikk'],
  S: ['servitor', 'renholder', 'butikk'],
}
const ALL_TEMPLATES = Object.keys(VACANCY_TEMPLATES)

const ADAPTATION_TAGS: InclusionTag[] = [
  'INKLUDERING__ARBEIDSTID',
  'INKLUDERING__FYSISK',
  'INKLUDERING__ARBEIDSMILJO',
  'INKLUDERING__GRUNNLEGGENDE',
]
const SCHEME_TAGS: InclusionTag[] = [
  'TILTAK_ELLER_VIRKEMIDDEL__LONNSTILSKUDD',
  'TILTAK_ELLER_VIRKEMIDDEL__MENTORTILSKUDD',
  'TILTAK_ELLER_VIRKEMIDDEL__LAERLINGPLASS',
]
const GROUP_TAGS: InclusionTag[] = [
  'PRIORITERT_MALGRUPPE__UNGE_UNDER_30',
  'PRIORITERT_MALGRUPPE__SENIORER_OVER_50',
  'PRIORITERT_MALGRUPPE__KOMMER_FRA_LAND_UTENFOR_EOS',
  'PRIORITERT_MALGRUPPE__HULL_I_CV_EN',
  'PRIORITERT_MALGRUPPE__LITE_ELLER_INGEN_UTDANNING',
  'PRIORITERT_MALGRUPPE__LITE_ELLER_INGEN_ARBEIDSERFARING',
]
const EXTRA_LANGUAGES: LanguageCode[] = ['en', 'pl', 'uk', 'ar', 'so']

export type VacancyEmployer = { id: number; kommunenummer: string | null; naceSection: string | null; sector: string | null }

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** A timestamp on `date` at `hour` (UTC) and a random minute, so created < published < filled/closed on the same day too. */
const at = (date: string, random: Random, hour: number) =>
  `${date}T${String(hour).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`

/**
 * Inserts vacancies for the given employers in ONE transaction with one
 * prepared statement. `statuses` (cycled per employer) forces a status mix;
 * otherwise statuses are drawn (mostly published). Returns the number inserted.
 */
export function generateVacancies(
  db: Db,
  options: {
    random: Random
    employers: readonly VacancyEmployer[]
    /** Total number of vacancies, spread round-robin over the employers. */
    count: number
    today?: string
    statuses?: readonly VacancyStatus[]
    createdByUserId?: (organisationId: number) => number | null
  },
): number {
  const { random, employers, count } = options
  if (employers.length === 0 || count <= 0) return 0
  const today = options.today ?? todayIso()
  const insert = db.$client.prepare(
    `INSERT INTO vacancies (organisation_id, created_by_user_id, status, title, styrk_code, description, kommunenummer,
       position_percent, contract_type, start_date, start_asap, application_deadline, yearly_salary, required_skills,
       desired_skills, languages, driving_licence, inclusion_tags, published_at, filled_at, closed_at, version, created_at, updated_at)
     VALUES (@organisationId, @createdByUserId, @status, @title, @styrkCode, @description, @kommunenummer,
       @positionPercent, @contractType, @startDate, @startAsap, @applicationDeadline, @yearlySalary, @requiredSkills,
       @desiredSkills, @languages, @drivingLicence, @inclusionTags, @publishedAt, @filledAt, @closedAt, @version, @createdAt, @updatedAt)`,
  )
  const perEmployer = new Map<number, number>()
  const run = db.$client.transaction(() => {
    for (let i = 0; i < count; i++) {
      const employer = employers[i % employers.length]
      const nth = perEmployer.get(employer.id) ?? 0
      perEmployer.set(employer.id, nth + 1)
      const key = random.pick(BY_NACE[employer.naceSection ?? ''] ?? ALL_TEMPLATES)
      const t = VACANCY_TEMPLATES[key]
      const status: VacancyStatus = options.statuses
        ? options.statuses[nth % options.statuses.length]
        : (() => {
            const r = random.next()
            return r < 0.6 ? 'PUBLISERT' : r < 0.75 ? 'UTKAST' : r < 0.9 ? 'BESATT' : 'STENGT'
          })()
      const contractType: ContractType =
        key === 'kjokkenassistent' && random.chance(0.3)
          ? 'SOMMERJOBB'
          : random.pick(['FAST', 'FAST', 'FAST', 'MIDLERTIDIG', 'SESONG'] as const)
      const createdDaysAgo = status === 'UTKAST' ? random.int(0, 14) : random.int(20, 120)
      const created = addDays(today, -createdDaysAgo)
      const published = status === 'UTKAST' ? null : addDays(created, random.int(0, 5))
      const deadline =
        status === 'PUBLISERT' || status === 'UTKAST'
          ? random.chance(0.85)
            ? addDays(today, random.int(7, 60))
            : null
          : addDays(published!, random.int(14, 30))
      const ended =
        status === 'BESATT' || status === 'STENGT' ? addDays(published!, random.int(10, Math.max(10, createdDaysAgo - 5))) : null
      const tags: InclusionTag[] = [
        ...random.sample(ADAPTATION_TAGS, random.int(1, 3)),
        ...random.sample(SCHEME_TAGS, random.int(0, 2)),
        ...random.sample(GROUP_TAGS, random.int(0, 2)),
        ...(employer.sector === 'STATLIG' && random.chance(0.8) ? (['STATLIG_INKLUDERINGSDUGNAD'] as const) : []),
      ]
      const startAsap = random.chance(0.5)
      const [lo, hi] = t.salary
      insert.run({
        organisationId: employer.id,
        createdByUserId: options.createdByUserId?.(employer.id) ?? null,
        status,
        title: random.chance(0.3) ? `${t.title}, ${random.pick(['deltid', 'heltid', 'vikariat', 'helg'])}` : t.title,
        styrkCode: t.styrkCode,
        description: t.description,
        kommunenummer: employer.kommunenummer ?? '0301',
        positionPercent: random.pick([100, 100, 100, 80, 60, 50, 40, 20]),
        contractType,
        startDate: startAsap ? null : addDays(deadline ?? today, random.int(7, 30)),
        startAsap: startAsap ? 1 : 0,
        applicationDeadline: deadline,
        yearlySalary: random.chance(0.7) ? Math.round(random.int(lo, hi) / 1000) * 1000 : null,
        requiredSkills: JSON.stringify(t.required),
        desiredSkills: JSON.stringify(t.desired),
        languages: JSON.stringify(random.chance(0.8) ? ['no', ...random.sample(EXTRA_LANGUAGES, random.int(0, 1))] : []),
        drivingLicence: t.licence ?? null,
        inclusionTags: JSON.stringify(tags),
        publishedAt: published ? at(published, random, 10) : null,
        filledAt: status === 'BESATT' ? at(ended!, random, 13) : null,
        closedAt: status === 'STENGT' ? at(ended!, random, 13) : null,
        version: status === 'UTKAST' ? 1 : 2,
        createdAt: at(created, random, 8),
        updatedAt: at(ended ?? published ?? created, random, ended ? 14 : published ? 11 : 9),
      })
    }
  })
  run()
  return count
}

const EVERY_STATUS: VacancyStatus[] = ['PUBLISERT', 'UTKAST', 'PUBLISERT', 'BESATT', 'STENGT']

/** Seed step: 3–5 vacancies per demo employer; the first employers get one in every status. */
export function seedVacancies(ctx: SeedContext): void {
  const rows = ctx.db
    .select({
      id: organisations.id,
      kommunenummer: organisations.kommunenummer,
      naceSection: organisations.naceSection,
      sector: organisations.sector,
    })
    .from(organisations)
    .where(inArray(organisations.id, ctx.employerIds))
    .all()
  const byId = new Map(rows.map((r) => [r.id, r]))
  const employerUser = new Map<number, number>()
  for (const [email, userId] of ctx.usersByEmail) {
    if (email === 'arbeidsgiver@demo.no') employerUser.set(ctx.employerIds[0], userId)
    if (email === 'arbeidsgiver2@demo.no') employerUser.set(ctx.employerIds[1], userId)
  }
  ctx.employerIds.forEach((id, index) => {
    const employer = byId.get(id)
    if (!employer) return
    const everyStatus = index < 2
    generateVacancies(ctx.db, {
      random: ctx.random,
      employers: [employer],
      count: everyStatus ? EVERY_STATUS.length : ctx.random.int(3, 5),
      statuses: everyStatus ? EVERY_STATUS : undefined,
      createdByUserId: (orgId) => employerUser.get(orgId) ?? null,
    })
  })
}
