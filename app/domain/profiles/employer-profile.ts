import {
  ADAPTATION_GROUP_CODES,
  ADAPTATION_GROUPS,
  AGE_BANDS,
  AVAILABILITY,
  DRIVING_LICENCES,
  EDUCATION_LEVELS,
  EXPERIENCE_LEVELS,
  INCLUSION_TAGS,
  LANGUAGES,
  SCHEME_HINTS,
  adaptationLabel,
  isCode,
  type AdaptationGroup,
} from '~/domain/codes'
import { describeWorkArea, isEmptyWorkArea, type WorkArea } from '~/domain/matching/work-area'

/**
 * THE projection from a profile row to what an employer may see. It
 * whitelists fields: whatever else the row carries (candidate data, internal
 * ids) never reaches an employer's page or API response. Pure.
 */
export type EmployerProfile = {
  code: string
  headline: string
  summary: string
  occupations: Array<{ code: string; title: string }>
  skills: string[]
  experienceLevel: { code: string; label: string } | null
  educationLevel: { code: string; label: string } | null
  languages: Array<{ code: string; label: string }>
  drivingLicences: Array<{ code: string; label: string }>
  workCapacity: { min: number; max: number }
  availability: { code: string; label: string }
  adaptationNeeds: Array<{ group: string; label: string; needs: Array<{ code: string; label: string }> }>
  targetGroups: Array<{ code: string; label: string }>
  schemeHints: Array<{ code: string; label: string }>
  ageBand: { code: string; label: string }
  /**
   * Where the person can work, as the guard lets it be shown; null = not
   * stated (the profile is then never matched on place — it never means «anywhere»).
   */
  workArea: {
    description: string
    kommuner: Array<{ code: string; name: string }>
    fylker: Array<{ code: string; name: string }>
    /** Fylker the person can work in parts of (finer places not shown). */
    partFylker: Array<{ code: string; name: string }>
    wholeCountry: boolean
    maxTravelKm: number
  } | null
  publishedAt: string | null
}

/** The profile columns the projection reads (the row may carry more; they are ignored). */
export type ProfileSource = {
  code: string
  headline: string
  summary: string
  desiredStyrkCodes: string[]
  skills: string[]
  experienceLevel: string | null
  educationLevel: string | null
  languages: string[]
  drivingLicences: string[]
  workCapacityMin: number
  workCapacityMax: number
  availability: string
  adaptationNeeds: string[]
  targetGroups: string[]
  schemeHints: string[]
  shownAgeBand: string | null
  shownWorkArea: WorkArea | null
  publishedAt: string | null
}

export type ProjectionRefs = {
  styrkTitle: (code: string) => string | undefined
  fylkeName: (fylkesnummer: string) => string | undefined
  kommuneName: (kommunenummer: string) => string | undefined
}

export function projectWorkArea(
  area: WorkArea | null,
  refs: Pick<ProjectionRefs, 'fylkeName' | 'kommuneName'>,
): EmployerProfile['workArea'] {
  if (!area || isEmptyWorkArea(area)) return null
  const fylke = (code: string) => ({ code, name: refs.fylkeName(code) ?? code })
  return {
    description: describeWorkArea(area, refs),
    kommuner: area.kommuner.map((code) => ({ code, name: refs.kommuneName(code) ?? code })),
    fylker: area.fylker.map(fylke),
    partFylker: area.partFylker.map(fylke),
    wholeCountry: area.wholeCountry,
    maxTravelKm: area.maxTravelKm,
  }
}

const coded = (labels: Record<string, string>, code: string | null) => (code ? { code, label: labels[code] ?? code } : null)

/** Adaptation needs grouped by NAV's four groups; a bare group code means «some need in this group». */
export function groupAdaptationNeeds(codes: string[]): EmployerProfile['adaptationNeeds'] {
  const groups = new Map<AdaptationGroup, Array<{ code: string; label: string }>>()
  for (const code of codes) {
    const [group, detail] = code.split('__')
    if (!isCode(ADAPTATION_GROUP_CODES, group)) continue
    const list = groups.get(group) ?? []
    if (detail) list.push({ code, label: adaptationLabel(code) })
    groups.set(group, list)
  }
  return [...groups.entries()].map(([group, needs]) => ({
    group,
    label: ADAPTATION_GROUPS[group].label,
    needs,
  }))
}

export function toEmployerProfile(row: ProfileSource, refs: ProjectionRefs): EmployerProfile {
  const ageBand = row.shownAgeBand ?? 'ALLE'
  return {
    code: row.code,
    headline: row.headline,
    summary: row.summary,
    occupations: row.desiredStyrkCodes.map((code) => ({ code, title: refs.styrkTitle(code) ?? code })),
    skills: [...row.skills],
    experienceLevel: coded(EXPERIENCE_LEVELS, row.experienceLevel),
    educationLevel: coded(EDUCATION_LEVELS, row.educationLevel),
    languages: row.languages.map((code) => coded(LANGUAGES, code)!),
    drivingLicences: row.drivingLicences.map((code) => coded(DRIVING_LICENCES, code)!),
    workCapacity: { min: row.workCapacityMin, max: row.workCapacityMax },
    availability: coded(AVAILABILITY, row.availability)!,
    adaptationNeeds: groupAdaptationNeeds(row.adaptationNeeds),
    targetGroups: row.targetGroups.map((code) => coded(INCLUSION_TAGS, code)!),
    schemeHints: row.schemeHints.map((code) => coded(SCHEME_HINTS, code)!),
    ageBand: coded(AGE_BANDS, ageBand)!,
    workArea: projectWorkArea(row.shownWorkArea, refs),
    publishedAt: row.publishedAt,
  }
}
