import {
  ADAPTATION_GROUP_CODES,
  ADAPTATION_GROUPS,
  codeLabel,
  DRIVING_LICENCES,
  isCode,
  LANGUAGES,
  type AdaptationGroup,
} from '~/domain/codes'
import { daysBetween } from '~/domain/dates'
import { tokenize } from '@search/text/fold'
import { stem } from '@search/text/stem'
import { SYNONYM_GROUPS } from '@search/text/synonym-groups'
import { areaPoints, areaRelation, AREA_POINTS, type AreaRelation, type AreaRelationKind } from './work-area'
import type { MatchContext, MatchProfile, MatchReason, MatchResult, MatchVacancy, RelatedOccupations } from './types'

/**
 * Matching rules, the same whichever search engine runs.
 *
 * Hard filters (a pair that fails one is never a match): both published,
 * the vacancy still open (application deadline not passed), the person wants
 * an occupation related to the vacancy's (same STYRK-08 sub-major group, or
 * a curated related occupation such as sjefskokk for kokk — a gardener is
 * never listed for a dishwashing job), the workplace
 * inside the area the person can work in (work-area.ts: chosen kommuner and
 * fylker, within the travel distance, or the whole country; a missing area
 * matches nothing), and the position percentage inside the person's work
 * capacity range.
 *
 * Score (0–100) from weighted parts; every part adds a bokmål reason. The
 * score is computed by ONE function (`evaluate`) whether or not reasons are
 * wanted, so the fast path the engines use to rank and the explained result
 * shown to people can never disagree.
 */
export const WEIGHTS = {
  occupationUnit: 40,
  occupationMinor: 25,
  /** A curated related occupation across STYRK groups (db/reference/beslektede_yrker.csv): between minor and sub-major group. */
  occupationRelated: 18,
  occupationSubMajor: 10,
  skills: 20,
  languages: 6,
  languageMissing: -6,
  licence: 6,
  licenceMissing: -10,
  adaptationOffered: 5,
  adaptationUnmet: -8,
  scheme: 5,
  availabilityInTime: 8,
  availabilityLate: 2,
  /** The best location points (a chosen kommune); see AREA_POINTS. */
  location: AREA_POINTS.KOMMUNE,
} as const

/**
 * Below this score a pair is not listed: a weak fit (a related occupation
 * and little else) would only pad the list. An occupation in the same
 * sub-major group, a start in time and the place add up to about 20; every
 * closer fit is above it (ADR 0009).
 */
export const MIN_MATCH_SCORE = 20

const MAX_RAW =
  WEIGHTS.occupationUnit +
  WEIGHTS.skills +
  WEIGHTS.languages +
  WEIGHTS.licence +
  WEIGHTS.adaptationOffered +
  WEIGHTS.scheme +
  WEIGHTS.availabilityInTime +
  WEIGHTS.location

export type HardFilterResult = { ok: true } | { ok: false; reason: string }

export function passesHardFilters(
  vacancy: MatchVacancy,
  profile: MatchProfile,
  ctx: Pick<MatchContext, 'today' | 'geo' | 'relatedOccupations'>,
): HardFilterResult {
  const today = ctx.today
  if (profile.status !== 'PUBLISERT') return { ok: false, reason: 'Profilen er ikke publisert' }
  if (vacancy.status !== 'PUBLISERT') return { ok: false, reason: 'Stillingen er ikke publisert' }
  if (vacancy.applicationDeadline && vacancy.applicationDeadline < today) return { ok: false, reason: 'Søknadsfristen er ute' }
  if (!occupationMatch(vacancy.styrkCode, profile.desiredStyrkCodes, ctx.relatedOccupations).level)
    return { ok: false, reason: 'Ønsker ikke et yrke i samme yrkesfelt' }
  if (!areaRelation(profile.workArea, vacancy.kommunenummer, ctx.geo)) return { ok: false, reason: 'Utenfor området personen kan jobbe i' }
  if (!capacityFits(profile, vacancy.positionPercent)) return { ok: false, reason: 'Stillingsprosenten passer ikke' }
  return { ok: true }
}

export function capacityFits(profile: Pick<MatchProfile, 'workCapacityMin' | 'workCapacityMax'>, positionPercent: number): boolean {
  return profile.workCapacityMin <= positionPercent && positionPercent <= profile.workCapacityMax
}

export type OccupationLevel = 'UNIT' | 'MINOR' | 'RELATED' | 'SUB_MAJOR' | null
/** Occupation levels best first; each is a tier the engines draw candidates from. */
export const OCCUPATION_LEVELS = ['UNIT', 'MINOR', 'RELATED', 'SUB_MAJOR'] as const satisfies ReadonlyArray<Exclude<OccupationLevel, null>>

const OCCUPATION_POINTS: Record<Exclude<OccupationLevel, null>, number> = {
  UNIT: WEIGHTS.occupationUnit,
  MINOR: WEIGHTS.occupationMinor,
  RELATED: WEIGHTS.occupationRelated,
  SUB_MAJOR: WEIGHTS.occupationSubMajor,
}

export const NO_RELATED_OCCUPATIONS: RelatedOccupations = () => []

/**
 * Related occupations from curated pairs, both directions. Codes that share a
 * minor group are left out: that relation already scores higher.
 */
export function relatedOccupationsFrom(pairs: ReadonlyArray<readonly [string, string]>): RelatedOccupations {
  const map = new Map<string, string[]>()
  const add = (from: string, to: string) => {
    const list = map.get(from) ?? []
    if (!list.includes(to)) map.set(from, [...list, to].sort())
  }
  for (const [a, b] of pairs) {
    if (a.slice(0, 3) === b.slice(0, 3)) continue
    add(a, b)
    add(b, a)
  }
  return (code) => map.get(code) ?? []
}

/**
 * Best relation between the vacancy's STYRK code and any desired code: same
 * unit group (4 digits), minor group (3), a curated related occupation, or
 * the same sub-major group (2).
 */
export function occupationMatch(
  vacancyCode: string,
  desired: string[],
  related: RelatedOccupations = NO_RELATED_OCCUPATIONS,
): { level: OccupationLevel; code: string | null } {
  let best: { level: OccupationLevel; code: string | null } = { level: null, code: null }
  const rank = { UNIT: 4, MINOR: 3, RELATED: 2, SUB_MAJOR: 1 } as const
  const relatedToVacancy = related(vacancyCode)
  for (const code of desired) {
    const level: OccupationLevel =
      code === vacancyCode
        ? 'UNIT'
        : code.slice(0, 3) === vacancyCode.slice(0, 3)
          ? 'MINOR'
          : relatedToVacancy.includes(code)
            ? 'RELATED'
            : code.slice(0, 2) === vacancyCode.slice(0, 2)
              ? 'SUB_MAJOR'
              : null
    if (level && (!best.level || rank[level] > rank[best.level])) best = { level, code }
  }
  return best
}

const LICENCE_IMPLIES: Record<string, string[]> = {
  BE: ['B'],
  C1: ['B'],
  C: ['B', 'C1'],
  CE: ['B', 'BE', 'C1', 'C'],
  D: ['B'],
}

export function hasLicence(held: string[], required: string): boolean {
  return held.some((l) => l === required || (LICENCE_IMPLIES[l] ?? []).includes(required))
}

/** Days the person needs before starting, by availability code; null = «etter avtale». */
const AVAILABILITY_DAYS: Record<string, number | null> = {
  UMIDDELBART: 0,
  INNEN_1_MND: 31,
  INNEN_3_MND: 92,
  ETTER_AVTALE: null,
}

/**
 * What matching weighs: NAV's adaptation groups, except that a person whose
 * only everyday-work need is a mentor has the need MENTOR, which a vacancy
 * meets by offering everyday-work adaptation or by being open to
 * mentortilskudd (a mentor paid by NAV).
 */
export const MATCH_NEEDS = [...ADAPTATION_GROUP_CODES, 'MENTOR'] as const
export type MatchNeed = (typeof MATCH_NEEDS)[number]

const ADAPTATION_PHRASE: Record<MatchNeed, string> = {
  ARBEIDSTID: 'tilrettelegging av arbeidstid',
  FYSISK: 'fysisk tilrettelegging',
  ARBEIDSHVERDAGEN: 'tilrettelegging i arbeidshverdagen',
  UTFORDRINGER_MED_NORSK: 'støtte med norsk',
  MENTOR: 'en mentor',
}

const NEED_MET_BY: Record<MatchNeed, string[]> = {
  ARBEIDSTID: [ADAPTATION_GROUPS.ARBEIDSTID.vacancyTag],
  FYSISK: [ADAPTATION_GROUPS.FYSISK.vacancyTag],
  ARBEIDSHVERDAGEN: [ADAPTATION_GROUPS.ARBEIDSHVERDAGEN.vacancyTag],
  UTFORDRINGER_MED_NORSK: [ADAPTATION_GROUPS.UTFORDRINGER_MED_NORSK.vacancyTag],
  MENTOR: [ADAPTATION_GROUPS.ARBEIDSHVERDAGEN.vacancyTag, 'TILTAK_ELLER_VIRKEMIDDEL__MENTORTILSKUDD'],
}

/** Profile scheme hints an employer tag covers. */
const SCHEME_FOR_TAG: Record<string, { hints: string[]; label: string }> = {
  TILTAK_ELLER_VIRKEMIDDEL__LONNSTILSKUDD: {
    hints: ['MIDLERTIDIG_LONNSTILSKUDD_40', 'MIDLERTIDIG_LONNSTILSKUDD_60', 'VARIG_LONNSTILSKUDD'],
    label: 'lønnstilskudd',
  },
  TILTAK_ELLER_VIRKEMIDDEL__MENTORTILSKUDD: { hints: ['MENTOR'], label: 'mentortilskudd' },
}
const SCHEME_HINT_CODES = new Set(Object.values(SCHEME_FOR_TAG).flatMap((s) => s.hints))
/** Scheme hints any vacancy can reward. */
export const REWARDABLE_SCHEME_HINTS = [...SCHEME_HINT_CODES]

export function adaptationGroups(needs: string[]): AdaptationGroup[] {
  const groups = new Set<AdaptationGroup>()
  for (const need of needs) {
    const group = need.split('__')[0]
    if (isCode(ADAPTATION_GROUP_CODES, group)) groups.add(group)
  }
  return [...groups]
}

/** The needs matching weighs for a profile's adaptation codes (see MATCH_NEEDS). */
export function matchNeeds(needs: string[]): MatchNeed[] {
  const everyday = needs.filter((n) => n === 'ARBEIDSHVERDAGEN' || n.startsWith('ARBEIDSHVERDAGEN__'))
  const mentorOnly = everyday.length > 0 && everyday.every((n) => n === 'ARBEIDSHVERDAGEN__MENTOR')
  return adaptationGroups(needs).map((group) => (group === 'ARBEIDSHVERDAGEN' && mentorOnly ? 'MENTOR' : group))
}

function listNb(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`
}

// ── Prepared inputs: the per-pair work is only set look-ups ─────────────────

export type PreparedVacancy = {
  vacancy: MatchVacancy
  open: boolean
  /** Skill keys per required / desired skill (a skill is held when a profile skill shares a key). */
  required: string[][]
  desired: string[][]
  tags: Set<string>
  /** Days from today to the start (0 for «snarest»/no date, never negative). */
  daysToStart: number
}

export type PreparedProfile = {
  profile: MatchProfile
  skillKeys: Set<string>
  groups: MatchNeed[]
}

/** Stemmed words → the stem of the group's first one-word term, so synonyms share one key («kelner», «servitør» → «servitør»). */
const SYNONYM_KEY = new Map<string, string>()
for (const group of SYNONYM_GROUPS) {
  const stems = group.terms.map((term) => tokenize(term).map(stem).join(' ')).filter(Boolean)
  const key = stems.find((s) => !s.includes(' ')) ?? stems[0]
  // a word in two groups keeps its first group's key (stable)
  for (const s of stems) if (!SYNONYM_KEY.has(s)) SYNONYM_KEY.set(s, key)
}

/** Folded, stemmed words; a whole synonym phrase or each synonym word replaced by its group's key. */
function normaliseSkill(stems: string[]): string {
  const whole = SYNONYM_KEY.get(stems.join(' '))
  return whole ?? stems.map((s) => SYNONYM_KEY.get(s) ?? s).join(' ')
}

/**
 * The key a skill asked for is compared by: the same folding, stemming and
 * occupation synonyms as text search («Truckfører», «truckførere» →
 * «truckfør»; «Kelner» → «servitør»).
 */
export function skillKeys(skill: string): string[] {
  const key = normaliseSkill(tokenize(skill).map(stem))
  return key ? [key] : []
}

/** Shortest beginning of a held one-word skill that still counts as the skill («truck» in «truckførerbevis»). */
const HELD_PREFIX_MIN = 5

/**
 * The keys a held skill answers to: its own key and, for a one-word skill,
 * every beginning of it (and of its synonym key) of 5+ letters — so
 * «Truckførerbevis» answers a vacancy asking for «truckfører» or «truck», as
 * a text search for them finds it, and «Gaffeltruckfører» answers «truck».
 */
export function heldSkillKeys(skill: string): string[] {
  const stems = tokenize(skill).map(stem)
  const key = normaliseSkill(stems)
  if (!key) return []
  if (stems.length > 1 || key.includes(' ')) return [key]
  const keys = new Set([key])
  for (const word of new Set([stems[0], key])) {
    for (let n = HELD_PREFIX_MIN; n < word.length; n++) keys.add(normaliseSkill([word.slice(0, n)]))
  }
  return [...keys]
}

function uniqueSkills(skills: string[], except: Set<string> = new Set()): string[][] {
  const seen = new Set(except)
  const out: string[][] = []
  for (const skill of skills) {
    const keys = skillKeys(skill)
    const id = keys.join('|')
    if (!id || seen.has(id)) continue
    seen.add(id)
    out.push(keys)
  }
  return out
}

export function prepareVacancy(vacancy: MatchVacancy, ctx: Pick<MatchContext, 'today'>): PreparedVacancy {
  const required = uniqueSkills(vacancy.requiredSkills)
  return {
    vacancy,
    open: vacancy.status === 'PUBLISERT' && !(vacancy.applicationDeadline && vacancy.applicationDeadline < ctx.today),
    required,
    desired: uniqueSkills(vacancy.desiredSkills, new Set(required.map((k) => k.join('|')))),
    tags: new Set(vacancy.inclusionTags),
    daysToStart: vacancy.startAsap || !vacancy.startDate ? 0 : Math.max(daysBetween(ctx.today, vacancy.startDate), 0),
  }
}

export function prepareProfile(profile: MatchProfile): PreparedProfile {
  return { profile, skillKeys: new Set(profile.skills.flatMap(heldSkillKeys)), groups: matchNeeds(profile.adaptationNeeds) }
}

/** Whether the vacancy meets a need (by its INKLUDERING__* tag, or mentortilskudd for a mentor). */
function groupOffered(need: MatchNeed, tags: Set<string>): boolean {
  return NEED_MET_BY[need].some((tag) => tags.has(tag))
}

// ── The parts of a score, one function each (the engines build their bounds from these) ──

export function occupationPoints(level: Exclude<OccupationLevel, null>): number {
  return OCCUPATION_POINTS[level]
}

/** Skill points from how many required and desired skills are held (required count double). */
export function skillPoints(pv: PreparedVacancy, requiredHeld: number, desiredHeld: number): number {
  const weight = pv.required.length * 2 + pv.desired.length
  return weight === 0 ? 0 : (WEIGHTS.skills * (requiredHeld * 2 + desiredHeld)) / weight
}

export function holdsSkill(keys: string[], held: Set<string>): boolean {
  return keys.some((k) => held.has(k))
}

/** Points for the vacancy's languages: all spoken, some missing, or none asked for. */
export function languagePoints(pv: PreparedVacancy, allSpoken: boolean): number {
  if (pv.vacancy.languages.length === 0) return 0
  return allSpoken ? WEIGHTS.languages : WEIGHTS.languageMissing
}

export function licencePoints(pv: PreparedVacancy, held: string[]): number {
  if (!pv.vacancy.drivingLicence) return 0
  return hasLicence(held, pv.vacancy.drivingLicence) ? WEIGHTS.licence : WEIGHTS.licenceMissing
}

export function adaptationPoints(pv: PreparedVacancy, groups: MatchNeed[]): number {
  let raw = 0
  for (const group of groups) raw += groupOffered(group, pv.tags) ? WEIGHTS.adaptationOffered : WEIGHTS.adaptationUnmet
  return raw
}

/** Scheme hints that earn the scheme points for this vacancy (the employer is open to the scheme). */
export function rewardedSchemeHints(pv: PreparedVacancy): string[] {
  return pv.vacancy.inclusionTags.flatMap((tag) => SCHEME_FOR_TAG[tag]?.hints ?? [])
}

export function schemePoints(pv: PreparedVacancy, hints: string[]): number {
  const rewarded = rewardedSchemeHints(pv)
  return hints.some((h) => rewarded.includes(h)) ? WEIGHTS.scheme : 0
}

export function availabilityPoints(pv: PreparedVacancy, availability: string): number {
  const need = AVAILABILITY_DAYS[availability]
  if (need === undefined || need === null) return 0
  return need === 0 || need <= pv.daysToStart ? WEIGHTS.availabilityInTime : WEIGHTS.availabilityLate
}

export function locationPoints(relation: AreaRelation, maxTravelKm: number): number {
  return areaPoints(relation, maxTravelKm)
}

/** The most location points any member of a location tier can get. */
export function locationTierPoints(kind: AreaRelationKind): number {
  return AREA_POINTS[kind]
}

/**
 * Score, and reasons when `reasons` is given. Returns null when a hard
 * filter fails. The one place the score is computed.
 */
function evaluate(pv: PreparedVacancy, pp: PreparedProfile, ctx: MatchContext, reasons: MatchReason[] | null): number | null {
  const vacancy = pv.vacancy
  const profile = pp.profile
  if (!pv.open || profile.status !== 'PUBLISERT') return null
  if (!capacityFits(profile, vacancy.positionPercent)) return null
  const relation = areaRelation(profile.workArea, vacancy.kommunenummer, ctx.geo)
  if (!relation) return null
  const occ = occupationMatch(vacancy.styrkCode, profile.desiredStyrkCodes, ctx.relatedOccupations)
  if (!occ.level || !occ.code) return null

  let raw = occupationPoints(occ.level)
  if (reasons) {
    reasons.push({ kind: 'OCCUPATION', text: occupationReason(occ.level, occ.code, vacancy, ctx), effect: 'positive', points: raw })
  }

  // Skills
  const total = pv.required.length + pv.desired.length
  if (total > 0) {
    let reqHit = 0
    let desHit = 0
    for (const keys of pv.required) if (holdsSkill(keys, pp.skillKeys)) reqHit++
    for (const keys of pv.desired) if (holdsSkill(keys, pp.skillKeys)) desHit++
    const points = skillPoints(pv, reqHit, desHit)
    raw += points
    if (reasons) reasons.push(...skillReasons(pv, pp, reqHit + desHit, points))
  }

  // Languages
  if (vacancy.languages.length > 0) {
    const missing = vacancy.languages.filter((l) => !profile.languages.includes(l))
    const points = languagePoints(pv, missing.length === 0)
    raw += points
    if (reasons) {
      const label = (l: string) => codeLabel(LANGUAGES, l).toLowerCase()
      reasons.push(
        missing.length === 0
          ? { kind: 'LANGUAGES', text: `Snakker ${listNb(vacancy.languages.map(label))}`, effect: 'positive', points }
          : { kind: 'LANGUAGES', text: `Mangler språk: ${listNb(missing.map(label))}`, effect: 'negative', points },
      )
    }
  }

  // Driving licence
  if (vacancy.drivingLicence) {
    const points = licencePoints(pv, profile.drivingLicences)
    raw += points
    if (reasons) {
      const label = codeLabel(DRIVING_LICENCES, vacancy.drivingLicence)
      reasons.push(
        hasLicence(profile.drivingLicences, vacancy.drivingLicence)
          ? { kind: 'DRIVING_LICENCE', text: `Har førerkort ${label}`, effect: 'positive', points }
          : { kind: 'DRIVING_LICENCE', text: `Mangler førerkort ${label}`, effect: 'negative', points },
      )
    }
  }

  // Adaptation fit
  raw += adaptationPoints(pv, pp.groups)
  if (reasons) {
    const employer = (ctx.audience ?? 'employer') === 'employer'
    for (const group of pp.groups) {
      const phrase = ADAPTATION_PHRASE[group]
      reasons.push(
        groupOffered(group, pv.tags)
          ? {
              kind: 'ADAPTATION',
              text: `Trenger ${phrase} — ${employer ? 'dere tilbyr det' : 'arbeidsgiveren tilbyr det'}`,
              effect: 'positive',
              points: WEIGHTS.adaptationOffered,
            }
          : {
              kind: 'ADAPTATION',
              text: `Trenger ${phrase} — ikke oppgitt i stillingen`,
              effect: 'negative',
              points: WEIGHTS.adaptationUnmet,
            },
      )
    }
  }

  // Schemes the employer is open to
  const scheme = schemePoints(pv, profile.schemeHints)
  raw += scheme
  if (reasons && scheme > 0) {
    const labels = vacancy.inclusionTags.flatMap((tag) => {
      const s = SCHEME_FOR_TAG[tag]
      return s && s.hints.some((h) => profile.schemeHints.includes(h)) ? [s.label] : []
    })
    const open = (ctx.audience ?? 'employer') === 'employer' ? 'dere er åpne for det' : 'arbeidsgiveren er åpen for det'
    reasons.push({ kind: 'SCHEME', text: `Kan være aktuell for ${listNb(labels)} — ${open}`, effect: 'positive', points: scheme })
  }

  // Availability against the start date
  const availability = availabilityPoints(pv, profile.availability)
  raw += availability
  if (reasons) {
    const need = AVAILABILITY_DAYS[profile.availability]
    if (need !== undefined && need !== null) {
      reasons.push(
        need === 0 || need <= pv.daysToStart
          ? {
              kind: 'AVAILABILITY',
              text: need === 0 ? 'Kan starte umiddelbart' : 'Kan starte før oppstart',
              effect: 'positive',
              points: availability,
            }
          : {
              kind: 'AVAILABILITY',
              text: need <= 31 ? 'Kan starte innen 1 måned — senere enn oppstart' : 'Kan starte innen 3 måneder — senere enn oppstart',
              effect: 'neutral',
              points: availability,
            },
      )
    } else {
      reasons.push({ kind: 'AVAILABILITY', text: 'Oppstart etter avtale', effect: 'neutral', points: availability })
    }
  }

  // Location
  const location = locationPoints(relation, profile.workArea?.maxTravelKm ?? 0)
  raw += location
  if (reasons) {
    reasons.push({ ...locationReason(relation, vacancy, ctx), points: location })
    reasons.push({
      kind: 'WORK_CAPACITY',
      text: `Kan jobbe ${profile.workCapacityMin === profile.workCapacityMax ? profile.workCapacityMin : `${profile.workCapacityMin}–${profile.workCapacityMax}`} % — stillingen er ${vacancy.positionPercent} %`,
      effect: 'positive',
      points: 0,
    })
  }

  const score = toScore(raw)
  return score < MIN_MATCH_SCORE ? null : score
}

function occupationReason(level: Exclude<OccupationLevel, null>, code: string, vacancy: MatchVacancy, ctx: MatchContext): string {
  const title = ctx.styrkTitle(code) ?? 'yrke'
  switch (level) {
    case 'UNIT':
      return `Ønsker yrket ${title} (${code})`
    case 'MINOR':
      return `Ønsker et nært beslektet yrke: ${title} (${code})`
    case 'RELATED': {
      // Across STYRK groups the link is not obvious from the codes, so name both occupations.
      const wanted = ctx.styrkTitle(vacancy.styrkCode) ?? vacancy.styrkCode
      return (ctx.audience ?? 'employer') === 'employer'
        ? `Ønsker et beslektet yrke: ${title} (${code}), nær ${wanted} som dere søker`
        : `Ønsker et beslektet yrke: ${title} (${code}), nær stillingens yrke ${wanted}`
    }
    case 'SUB_MAJOR':
      return `Ønsker et yrke i samme yrkesfelt: ${title} (${code})`
  }
}

/** Skills held and missing, by the vacancy's own wording (required ones named first). */
function skillReasons(pv: PreparedVacancy, pp: PreparedProfile, hits: number, points: number): MatchReason[] {
  const total = pv.required.length + pv.desired.length
  const named = (lists: string[][], source: string[]) => {
    // prepareVacancy dropped duplicates; name each kept skill by its first wording in the vacancy
    const byKey = new Map(source.map((skill) => [skillKeys(skill).join('|'), skill]))
    return lists.map((keys) => ({ name: byKey.get(keys.join('|')) ?? keys[0], held: holdsSkill(keys, pp.skillKeys) }))
  }
  const required = named(pv.required, pv.vacancy.requiredSkills)
  const desired = named(pv.desired, pv.vacancy.desiredSkills)
  const held = [...required, ...desired].filter((s) => s.held).map((s) => s.name)
  const missingRequired = required.filter((s) => !s.held).map((s) => s.name)
  const missingDesired = desired.filter((s) => !s.held).map((s) => s.name)
  const out: MatchReason[] = [
    {
      kind: 'SKILLS',
      text: hits === 0 ? `Har ingen av de ${total} ferdighetene stillingen ber om` : `Har ${hits} av ${total} ferdigheter: ${listNb(held)}`,
      effect: hits === 0 ? 'negative' : hits === total ? 'positive' : 'neutral',
      points,
    },
  ]
  const missing = [
    ...(missingRequired.length ? [`${listNb(missingRequired)} (krav)`] : []),
    ...(missingDesired.length ? [`${listNb(missingDesired)} (ønsket)`] : []),
  ]
  if (missing.length) out.push({ kind: 'SKILLS', text: `Mangler ${missing.join('; ')}`, effect: 'negative', points: 0 })
  return out
}

function locationReason(relation: AreaRelation, vacancy: MatchVacancy, ctx: MatchContext): Omit<MatchReason, 'points'> {
  const kommune = ctx.places.kommuneName(vacancy.kommunenummer) ?? vacancy.kommunenummer
  const fylke = ctx.places.fylkeName(vacancy.fylkesnummer) ?? vacancy.fylkesnummer
  switch (relation.kind) {
    case 'KOMMUNE':
      return { kind: 'LOCATION', text: `Kan jobbe i ${kommune}`, effect: 'positive' }
    case 'FYLKE':
      return { kind: 'LOCATION', text: `Kan jobbe i hele ${fylke}`, effect: 'positive' }
    case 'TRAVEL': {
      const from = relation.from ? (ctx.places.kommuneName(relation.from) ?? relation.from) : ''
      return { kind: 'LOCATION', text: `Innen reiseavstand: om lag ${Math.round(relation.km)} km fra ${from}`, effect: 'neutral' }
    }
    case 'PART_FYLKE':
      return { kind: 'LOCATION', text: `Kan jobbe i deler av ${fylke}`, effect: 'neutral' }
    case 'COUNTRY':
      return { kind: 'LOCATION', text: 'Kan jobbe i hele landet', effect: 'neutral' }
  }
}

/** Raw points → 0–100. Monotonic, so an upper bound on raw points bounds the score. */
export function toScore(raw: number): number {
  return Math.max(0, Math.min(100, Math.round((raw / MAX_RAW) * 100)))
}

/** The score alone (no reasons): what the engines rank by. null = not a match. */
export function matchScore(pv: PreparedVacancy, pp: PreparedProfile, ctx: MatchContext): number | null {
  return evaluate(pv, pp, ctx, null)
}

/** Score and reasons for prepared inputs; null = not a match. */
export function explainMatch(pv: PreparedVacancy, pp: PreparedProfile, ctx: MatchContext): MatchResult | null {
  const reasons: MatchReason[] = []
  const score = evaluate(pv, pp, ctx, reasons)
  return score === null ? null : { score, reasons }
}

/** Score and reasons for a pair that passed the hard filters (null if it did not). */
export function scoreMatch(vacancy: MatchVacancy, profile: MatchProfile, ctx: MatchContext): MatchResult | null {
  return explainMatch(prepareVacancy(vacancy, ctx), prepareProfile(profile), ctx)
}

/** Hard filters + score; null when the pair is not a match. */
export function match(vacancy: MatchVacancy, profile: MatchProfile, ctx: MatchContext): MatchResult | null {
  return scoreMatch(vacancy, profile, ctx)
}

// ── Upper bounds: what the engines may skip ─────────────────────────────────

/** A slice of the candidates the engines fetch at once: every member has this occupation level and location relation. */
export type MatchTier = { occupation: Exclude<OccupationLevel, null>; location: AreaRelationKind }

/**
 * The highest score any profile in `tier` can get for this vacancy. Every
 * part takes its best value the vacancy allows; tested against `matchScore`
 * on random data (tests/unit/matching-top-n.test.ts).
 */
export function profileTierBound(pv: PreparedVacancy, tier: MatchTier): number {
  const v = pv.vacancy
  let raw = OCCUPATION_POINTS[tier.occupation] + locationTierPoints(tier.location) + WEIGHTS.availabilityInTime
  if (pv.required.length + pv.desired.length > 0) raw += WEIGHTS.skills
  if (v.languages.length > 0) raw += WEIGHTS.languages
  if (v.drivingLicence) raw += WEIGHTS.licence
  // a profile has at most one of ARBEIDSHVERDAGEN and MENTOR, so count the better of the two once
  for (const group of ADAPTATION_GROUP_CODES) {
    if (groupOffered(group, pv.tags) || (group === 'ARBEIDSHVERDAGEN' && groupOffered('MENTOR', pv.tags))) raw += WEIGHTS.adaptationOffered
  }
  if (v.inclusionTags.some((t) => SCHEME_FOR_TAG[t])) raw += WEIGHTS.scheme
  return toScore(raw)
}

/** The highest score any vacancy in `tier` can get for this profile (see profileTierBound). */
export function vacancyTierBound(pp: PreparedProfile, tier: MatchTier): number {
  const p = pp.profile
  let raw = OCCUPATION_POINTS[tier.occupation] + locationTierPoints(tier.location)
  if (pp.skillKeys.size > 0) raw += WEIGHTS.skills
  if (p.languages.length > 0) raw += WEIGHTS.languages
  if (p.drivingLicences.length > 0) raw += WEIGHTS.licence
  raw += pp.groups.length * WEIGHTS.adaptationOffered
  if (p.schemeHints.some((h) => SCHEME_HINT_CODES.has(h))) raw += WEIGHTS.scheme
  const need = AVAILABILITY_DAYS[p.availability]
  if (need !== undefined && need !== null) raw += WEIGHTS.availabilityInTime
  return toScore(raw)
}

/** The stated order: score, best first; ties by id (a stable key). */
export function compareRanked(a: { score: number; id: number }, b: { score: number; id: number }): number {
  return b.score - a.score || a.id - b.id
}

/** Sort best first; ties by id for a stable order. */
export function rankMatches<T extends { score: number; id: number }>(items: T[]): T[] {
  return items.sort(compareRanked)
}

/** When fewer than this many are listed, the page says why and what could widen the list. */
export const FEW_MATCHES = 5

/**
 * What about the vacancy narrows its list, in plain bokmål, for the hint
 * shown when few people match. Only the vacancy's own settings: nothing about
 * the people who were left out.
 */
export function wideningHints(vacancy: MatchVacancy): string[] {
  const hints: string[] = []
  if (vacancy.positionPercent >= 80)
    hints.push(`Mange kan jobbe deltid: vurder om stillingen kan deles eller ha lavere stillingsprosent enn ${vacancy.positionPercent} %.`)
  if (vacancy.requiredSkills.length > 2) hints.push('Flytt noen av de påkrevde ferdighetene til «ønsket», eller tilby opplæring.')
  if (vacancy.drivingLicence) hints.push('Førerkort trekker ned for dem som ikke har det. Er det nødvendig fra første dag?')
  if (vacancy.languages.some((l) => l !== 'no')) hints.push('Språkkrav utover norsk gjør listen kortere.')
  if (!vacancy.inclusionTags.some((t) => t.startsWith('INKLUDERING__'))) {
    hints.push(
      'Oppgi hvilken tilrettelegging dere kan tilby (arbeidstid, fysisk, arbeidshverdagen, norskstøtte). Det teller for dem som trenger det.',
    )
  }
  hints.push('Nye profiler publiseres hver uke. Listen oppdateres av seg selv.')
  return hints
}
