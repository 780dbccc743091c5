import { ADAPTATION_GROUPS, DRIVING_LICENCES, LANGUAGES, type AdaptationGroup } from '~/domain/codes'
import { daysBetween } from '~/domain/dates'
import { foldPhrase } from '@search/text/fold'
import { fylkeName, fylkeRelation } from './geography'
import type { MatchContext, MatchProfile, MatchReason, MatchResult, MatchVacancy } from './types'

/**
 * Matching rules, the same whichever search engine runs.
 *
 * Hard filters (a pair that fails one is never a match): both published,
 * the vacancy still open (application deadline not passed), the profile's
 * fylke the same as the vacancy's or a commute neighbour (geography.ts; a
 * coarsened/unknown fylke is let through), and the position percentage inside
 * the person's work capacity range.
 *
 * Score (0–100) from weighted parts; every part adds a bokmål reason.
 */
export const WEIGHTS = {
  occupationUnit: 40,
  occupationMinor: 25,
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
  sameFylke: 10,
  neighbourFylke: 4,
} as const

const MAX_RAW =
  WEIGHTS.occupationUnit + WEIGHTS.skills + WEIGHTS.languages + WEIGHTS.licence + WEIGHTS.adaptationOffered + WEIGHTS.scheme +
  WEIGHTS.availabilityInTime + WEIGHTS.sameFylke

export type HardFilterResult = { ok: true } | { ok: false; reason: string }

export function passesHardFilters(vacancy: MatchVacancy, profile: MatchProfile, today: string): HardFilterResult {
  if (profile.status !== 'PUBLISERT') return { ok: false, reason: 'Profilen er ikke publisert' }
  if (vacancy.status !== 'PUBLISERT') return { ok: false, reason: 'Stillingen er ikke publisert' }
  if (vacancy.applicationDeadline && vacancy.applicationDeadline < today) return { ok: false, reason: 'Søknadsfristen er ute' }
  if (fylkeRelation(vacancy.fylkesnummer, profile.shownFylkesnummer) === 'FAR') {
    return { ok: false, reason: 'Utenfor pendleavstand' }
  }
  if (!capacityFits(profile, vacancy.positionPercent)) return { ok: false, reason: 'Stillingsprosenten passer ikke' }
  return { ok: true }
}

export function capacityFits(profile: Pick<MatchProfile, 'workCapacityMin' | 'workCapacityMax'>, positionPercent: number): boolean {
  return profile.workCapacityMin <= positionPercent && positionPercent <= profile.workCapacityMax
}

export type OccupationLevel = 'UNIT' | 'MINOR' | 'SUB_MAJOR' | null

/** Best relation between the vacancy's STYRK code and any desired code: same unit group (4 digits), minor (3) or sub-major (2). */
export function occupationMatch(vacancyCode: string, desired: string[]): { level: OccupationLevel; code: string | null } {
  let best: { level: OccupationLevel; code: string | null } = { level: null, code: null }
  const rank = { UNIT: 3, MINOR: 2, SUB_MAJOR: 1 } as const
  for (const code of desired) {
    const level: OccupationLevel =
      code === vacancyCode ? 'UNIT' : code.slice(0, 3) === vacancyCode.slice(0, 3) ? 'MINOR' : code.slice(0, 2) === vacancyCode.slice(0, 2) ? 'SUB_MAJOR' : null
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

const ADAPTATION_PHRASE: Record<AdaptationGroup, string> = {
  ARBEIDSTID: 'tilrettelegging av arbeidstid',
  FYSISK: 'fysisk tilrettelegging',
  ARBEIDSHVERDAGEN: 'tilrettelegging i arbeidshverdagen',
  UTFORDRINGER_MED_NORSK: 'støtte med norsk',
}

/** Profile scheme hints an employer tag covers. */
const SCHEME_FOR_TAG: Record<string, { hints: string[]; label: string }> = {
  TILTAK_ELLER_VIRKEMIDDEL__LONNSTILSKUDD: {
    hints: ['MIDLERTIDIG_LONNSTILSKUDD_40', 'MIDLERTIDIG_LONNSTILSKUDD_60', 'VARIG_LONNSTILSKUDD'],
    label: 'lønnstilskudd',
  },
  TILTAK_ELLER_VIRKEMIDDEL__MENTORTILSKUDD: { hints: ['MENTOR'], label: 'mentortilskudd' },
}

export function adaptationGroups(needs: string[]): AdaptationGroup[] {
  const groups = new Set<AdaptationGroup>()
  for (const need of needs) {
    const group = need.split('__')[0] as AdaptationGroup
    if (group in ADAPTATION_GROUPS) groups.add(group)
  }
  return [...groups]
}

function listNb(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`
}

/** Score and reasons for a pair that passed the hard filters. */
export function scoreMatch(vacancy: MatchVacancy, profile: MatchProfile, ctx: MatchContext): MatchResult {
  const reasons: MatchReason[] = []
  let raw = 0

  // Occupation
  const occ = occupationMatch(vacancy.styrkCode, profile.desiredStyrkCodes)
  if (occ.level && occ.code) {
    const title = ctx.styrkTitle(occ.code) ?? 'yrke'
    if (occ.level === 'UNIT') {
      raw += WEIGHTS.occupationUnit
      reasons.push({ kind: 'OCCUPATION', text: `Ønsker yrket ${title} (${occ.code})`, effect: 'positive' })
    } else if (occ.level === 'MINOR') {
      raw += WEIGHTS.occupationMinor
      reasons.push({ kind: 'OCCUPATION', text: `Ønsker et nært beslektet yrke: ${title} (${occ.code})`, effect: 'positive' })
    } else {
      raw += WEIGHTS.occupationSubMajor
      reasons.push({ kind: 'OCCUPATION', text: `Ønsker et yrke i samme yrkesfelt: ${title} (${occ.code})`, effect: 'positive' })
    }
  }

  // Skills (required count double)
  const held = new Set(profile.skills.map(foldPhrase))
  const required = [...new Set(vacancy.requiredSkills.map(foldPhrase))].filter(Boolean)
  const desired = [...new Set(vacancy.desiredSkills.map(foldPhrase))].filter((s) => s && !required.includes(s))
  const total = required.length + desired.length
  if (total > 0) {
    const reqHit = required.filter((s) => held.has(s)).length
    const desHit = desired.filter((s) => held.has(s)).length
    const weightTotal = required.length * 2 + desired.length
    raw += (WEIGHTS.skills * (reqHit * 2 + desHit)) / weightTotal
    const hits = reqHit + desHit
    reasons.push({
      kind: 'SKILLS',
      text: `${hits} av ${total} ferdigheter`,
      effect: hits === 0 ? 'negative' : hits === total ? 'positive' : 'neutral',
    })
  }

  // Languages
  if (vacancy.languages.length > 0) {
    const missing = vacancy.languages.filter((l) => !profile.languages.includes(l))
    const label = (l: string) => (LANGUAGES as Record<string, string>)[l] ?? l
    if (missing.length === 0) {
      raw += WEIGHTS.languages
      reasons.push({ kind: 'LANGUAGES', text: `Snakker ${listNb(vacancy.languages.map((l) => label(l).toLowerCase()))}`, effect: 'positive' })
    } else {
      raw += WEIGHTS.languageMissing
      reasons.push({ kind: 'LANGUAGES', text: `Mangler språk: ${listNb(missing.map((l) => label(l).toLowerCase()))}`, effect: 'negative' })
    }
  }

  // Driving licence
  if (vacancy.drivingLicence) {
    const label = (DRIVING_LICENCES as Record<string, string>)[vacancy.drivingLicence] ?? vacancy.drivingLicence
    if (hasLicence(profile.drivingLicences, vacancy.drivingLicence)) {
      raw += WEIGHTS.licence
      reasons.push({ kind: 'DRIVING_LICENCE', text: `Har førerkort ${label}`, effect: 'positive' })
    } else {
      raw += WEIGHTS.licenceMissing
      reasons.push({ kind: 'DRIVING_LICENCE', text: `Mangler førerkort ${label}`, effect: 'negative' })
    }
  }

  // Adaptation fit
  for (const group of adaptationGroups(profile.adaptationNeeds)) {
    const phrase = ADAPTATION_PHRASE[group]
    if (vacancy.inclusionTags.includes(ADAPTATION_GROUPS[group].vacancyTag)) {
      raw += WEIGHTS.adaptationOffered
      reasons.push({ kind: 'ADAPTATION', text: `Trenger ${phrase} — dere tilbyr det`, effect: 'positive' })
    } else {
      raw += WEIGHTS.adaptationUnmet
      reasons.push({ kind: 'ADAPTATION', text: `Trenger ${phrase} — ikke oppgitt i stillingen`, effect: 'negative' })
    }
  }

  // Schemes the employer is open to
  const schemeLabels: string[] = []
  for (const tag of vacancy.inclusionTags) {
    const scheme = SCHEME_FOR_TAG[tag]
    if (scheme && scheme.hints.some((h) => profile.schemeHints.includes(h))) schemeLabels.push(scheme.label)
  }
  if (schemeLabels.length > 0) {
    raw += WEIGHTS.scheme
    reasons.push({ kind: 'SCHEME', text: `Kan være aktuell for ${listNb(schemeLabels)} — dere er åpne for det`, effect: 'positive' })
  }

  // Availability against the start date
  const need = AVAILABILITY_DAYS[profile.availability]
  if (need !== undefined && need !== null) {
    const daysToStart = vacancy.startAsap || !vacancy.startDate ? 0 : daysBetween(ctx.today, vacancy.startDate)
    if (need <= Math.max(daysToStart, 0) || need === 0) {
      raw += WEIGHTS.availabilityInTime
      reasons.push({
        kind: 'AVAILABILITY',
        text: need === 0 ? 'Kan starte umiddelbart' : 'Kan starte før oppstart',
        effect: 'positive',
      })
    } else {
      raw += WEIGHTS.availabilityLate
      reasons.push({
        kind: 'AVAILABILITY',
        text: need <= 31 ? 'Kan starte innen 1 måned — senere enn oppstart' : 'Kan starte innen 3 måneder — senere enn oppstart',
        effect: 'neutral',
      })
    }
  } else {
    reasons.push({ kind: 'AVAILABILITY', text: 'Oppstart etter avtale', effect: 'neutral' })
  }

  // Location
  const relation = fylkeRelation(vacancy.fylkesnummer, profile.shownFylkesnummer)
  if (relation === 'SAME') {
    raw += WEIGHTS.sameFylke
    reasons.push({ kind: 'LOCATION', text: `I samme fylke (${fylkeName(vacancy.fylkesnummer)})`, effect: 'positive' })
  } else if (relation === 'NEIGHBOUR') {
    raw += WEIGHTS.neighbourFylke
    reasons.push({
      kind: 'LOCATION',
      text: `I nabofylke innen pendleavstand (${fylkeName(profile.shownFylkesnummer!)})`,
      effect: 'neutral',
    })
  } else {
    reasons.push({ kind: 'LOCATION', text: 'Fylke ikke oppgitt', effect: 'neutral' })
  }

  reasons.push({
    kind: 'WORK_CAPACITY',
    text: `Kan jobbe ${profile.workCapacityMin === profile.workCapacityMax ? profile.workCapacityMin : `${profile.workCapacityMin}–${profile.workCapacityMax}`} % — stillingen er ${vacancy.positionPercent} %`,
    effect: 'positive',
  })

  const score = Math.max(0, Math.min(100, Math.round((raw / MAX_RAW) * 100)))
  return { score, reasons }
}

/** Hard filters + score; null when the pair is not a match. */
export function match(vacancy: MatchVacancy, profile: MatchProfile, ctx: MatchContext): MatchResult | null {
  if (!passesHardFilters(vacancy, profile, ctx.today).ok) return null
  return scoreMatch(vacancy, profile, ctx)
}

/** Sort best first; ties by id for a stable order. */
export function rankMatches<T extends { score: number; id: number }>(items: T[]): T[] {
  return items.sort((a, b) => b.score - a.score || a.id - b.id)
}
